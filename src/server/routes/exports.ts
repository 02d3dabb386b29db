import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EXPORT_FORMATS } from '../../export/index';
import { pdfRenderer } from '../../export/pdf-renderer';
import { exportCityPack } from '../../services/exports/city-pack';
import { type ExportedFile, exportStoredPlan } from '../../services/exports/export-plan';
import { contentDisposition } from '../content-disposition';
import { serviceContextOf } from '../request-context';

const tags = ['exports'];

const ExportParams = z.object({
  planId: z.coerce.number().int().positive(),
  format: z.enum(EXPORT_FORMATS, { error: `the format must be one of ${EXPORT_FORMATS.join(', ')}` }),
});
const CityPackQuery = z.object({
  year: z.coerce
    .number({ error: 'year must be a ROC year such as 110' })
    .int()
    .min(1)
    .max(999)
    .describe('ROC year, e.g. 110'),
});

function send(reply: FastifyReply, file: ExportedFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(file.bytes));
}

export async function exportRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  // One browser serves every PDF while the server runs; closing the server closes it.
  const release = pdfRenderer.keepOpen();
  app.addHook('onClose', release);

  app.get(
    '/api/plans/:planId/export.:format',
    { schema: { tags, params: ExportParams, summary: 'The plan as pptx, xlsx, svg, png, pdf or json' } },
    async (request, reply) =>
      send(
        reply,
        await exportStoredPlan(serviceContextOf(request), request.params.planId, request.params.format),
      ),
  );

  app.get(
    '/api/city/export.zip',
    {
      schema: {
        tags,
        querystring: CityPackQuery,
        summary: "A year's approved plans you may read, as one zip",
      },
    },
    async (request, reply) =>
      send(reply, await exportCityPack(serviceContextOf(request), request.query.year)),
  );
}
