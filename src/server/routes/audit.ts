import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ListAuditInput, listAuditEntries } from '../../services/audit/list-audit-entries';
import { presentAuditEntry } from '../presenters/audit';
import { serviceContextOf } from '../request-context';

export async function auditRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first (read-only)',
        querystring: ListAuditInput,
      },
    },
    async (request) => ({
      entries: (await listAuditEntries(serviceContextOf(request), request.query)).map(presentAuditEntry),
    }),
  );
}
