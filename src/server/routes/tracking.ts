import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../services/errors';
import { actualsTemplate, TEMPLATE_FORMATS } from '../../services/tracking/actuals-template';
import { deleteActual } from '../../services/tracking/delete-actual';
import { EnterActualsInput, enterActuals } from '../../services/tracking/enter-actuals';
import { getPlanResults } from '../../services/tracking/get-results';
import { lockPeriod, PeriodInput, unlockPeriod } from '../../services/tracking/period-locks';
import { SetTargetsInput, setTargets } from '../../services/tracking/set-targets';
import { uploadActuals } from '../../services/tracking/upload-actuals';
import { contentDisposition } from '../content-disposition';
import { presentLock, presentResults, presentTarget } from '../presenters/tracking';
import { serviceContextOf } from '../request-context';
import { PlanElementParams, PlanParams, VersionQuery } from '../schemas';

const tags = ['tracking'];
const UPLOAD_LIMIT = 10 * 1024 * 1024;
const SHEET_TYPES = [
  'application/octet-stream',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

const UploadQuery = z.object({
  fileName: z.string().trim().min(1).max(255).describe('the file name; .csv or .xlsx picks the reader'),
  period: z
    .string()
    .trim()
    .min(1)
    .max(10)
    .optional()
    .describe('period of rows that do not name one, e.g. 110Q1'),
});

const TemplateQuery = z.object({
  period: z.string().trim().min(1).max(10).describe('the period to report, e.g. 110Q1'),
  format: z
    .enum(TEMPLATE_FORMATS, { error: 'the format must be csv or xlsx' })
    .default('xlsx')
    .describe('csv or xlsx'),
});

export async function trackingRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  // Sheets stay bytes: the reader recognises CSV encodings (UTF-8, UTF-16, Big5) and XLSX itself.
  app.addContentTypeParser(
    SHEET_TYPES,
    { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/api/plans/:planId/results',
    {
      schema: {
        tags,
        params: PlanParams,
        summary: 'KPI definitions, targets and actuals with ids and versions, and locked periods',
      },
    },
    async (request) => {
      const { rows, locks } = await getPlanResults(serviceContextOf(request), request.params.planId);
      return presentResults(rows, locks);
    },
  );

  app.put(
    '/api/plans/:planId/targets',
    {
      schema: {
        tags,
        params: PlanParams,
        body: SetTargetsInput,
        summary: 'Set targets (a grid of KPIs × periods), all or nothing; an empty cell removes a target',
      },
    },
    async (request) => {
      const outcome = await setTargets(serviceContextOf(request), request.params.planId, request.body);
      return {
        stored: outcome.stored.map((t) => presentTarget(t, t.kpi)),
        removed: outcome.removed,
      };
    },
  );

  app.put(
    '/api/plans/:planId/actuals',
    {
      schema: {
        tags,
        params: PlanParams,
        body: EnterActualsInput,
        summary:
          'Enter actuals (value, stage or formula inputs), all or nothing; red needs explanation and correctiveAction',
      },
    },
    async (request) => ({
      stored: await enterActuals(serviceContextOf(request), request.params.planId, request.body),
    }),
  );

  app.delete(
    '/api/plans/:planId/actuals/:id',
    {
      schema: {
        tags,
        params: PlanElementParams,
        querystring: VersionQuery,
        summary: 'Remove an actual entered by mistake',
      },
    },
    async (request, reply) => {
      await deleteActual(
        serviceContextOf(request),
        request.params.planId,
        request.params.id,
        request.query.version,
      );
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/plans/:planId/actuals/upload',
    {
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags,
        params: PlanParams,
        querystring: UploadQuery,
        consumes: SHEET_TYPES,
        body: z
          .any()
          .meta({ type: 'string', format: 'binary', description: 'the .csv or .xlsx file itself' }),
        summary:
          'Upload actuals from CSV or XLSX; nothing is stored when any row is wrong (errors by row and column)',
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body)) {
        throw new AppError(
          'validation',
          'send the file itself as the request body (Content-Type text/csv, application/octet-stream or the XLSX type)',
        );
      }
      const { fileName, period } = request.query;
      return uploadActuals(
        serviceContextOf(request),
        request.params.planId,
        new Uint8Array(request.body),
        fileName,
        {
          period,
        },
      );
    },
  );

  app.get(
    '/api/plans/:planId/actuals/template',
    {
      schema: {
        tags,
        params: PlanParams,
        querystring: TemplateQuery,
        summary:
          "A sheet to fill in and upload: the plan's KPI codes, names and targets for the period, the value, input and explanation columns",
      },
    },
    async (request, reply) => {
      const file = await actualsTemplate(
        serviceContextOf(request),
        request.params.planId,
        request.query.period,
        request.query.format,
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(file.bytes));
    },
  );

  app.post(
    '/api/plans/:planId/locks',
    { schema: { tags, params: PlanParams, body: PeriodInput, summary: 'Lock a period for entry (admin)' } },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentLock(await lockPeriod(serviceContextOf(request), request.params.planId, request.body))),
  );

  app.delete(
    '/api/plans/:planId/locks/:period',
    {
      schema: {
        tags,
        params: PlanParams.extend({ period: z.string().min(1).max(10) }),
        summary: 'Unlock a period (admin)',
      },
    },
    async (request, reply) => {
      await unlockPeriod(serviceContextOf(request), request.params.planId, request.params.period);
      return reply.status(204).send();
    },
  );
}
