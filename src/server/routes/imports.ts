import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../services/errors';
import { lintStoredPlan } from '../../services/imports/lint-plans';
import { previewImport } from '../../services/imports/preview-import';
import { presentFinding, presentImportPreview } from '../presenters/findings';
import { serviceContextOf } from '../request-context';
import { PlanParams } from '../schemas';

const tags = ['imports'];

/** Above the importer's own limit, so an oversized text gets the importer's explanation. */
const UPLOAD_LIMIT = 10 * 1024 * 1024;
const DOCUMENT_TYPES = ['application/octet-stream', 'text/plain'];

const PreviewQuery = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .describe('name of the uploaded file; named in messages, and its extension picks the reader'),
  org: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('organisation, for a document that does not name it'),
  year: z.coerce
    .number()
    .int()
    .min(1)
    .max(999)
    .optional()
    .describe('ROC year, for a document that does not state it'),
});

export async function importRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  // The body stays bytes: the importer recognises encodings (UTF-8, UTF-16, Big5) and refuses
  // binaries itself, which decoding here as UTF-8 would defeat. Scoped to this plugin.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(
    DOCUMENT_TYPES,
    { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/api/imports/preview',
    {
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags,
        querystring: PreviewQuery,
        consumes: DOCUMENT_TYPES,
        // Documents the raw upload in OpenAPI; the bytes are checked below and by the importer.
        body: z.any().meta({ type: 'string', format: 'binary', description: 'the document file itself' }),
        summary: 'Read an uploaded strategy-map document: plans, findings and what importing would change',
        description:
          'Send the file as the raw request body. Nothing is stored; confirm with POST /api/plans/import and the returned plans.',
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body)) {
        throw new AppError(
          'validation',
          'send the document itself as the request body, with Content-Type application/octet-stream or text/plain',
        );
      }
      const { fileName, org, year } = request.query;
      const preview = await previewImport(serviceContextOf(request), new Uint8Array(request.body), fileName, {
        org,
        year,
      });
      return presentImportPreview(preview);
    },
  );

  app.get(
    '/api/plans/:planId/findings',
    { schema: { tags: ['plans'], params: PlanParams, summary: 'What the linter finds in a stored plan' } },
    async (request) => {
      const findings = await lintStoredPlan(serviceContextOf(request), { planId: request.params.planId });
      return { findings: findings.map(presentFinding) };
    },
  );
}
