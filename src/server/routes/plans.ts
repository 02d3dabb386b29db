import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parsePlanFile } from '../../domain/plan-document';
import { AppError, formatPath } from '../../services/errors';
import { copyPlanToNextYear } from '../../services/plans/copy-plan-to-next-year';
import { CreatePlanInput, createPlan } from '../../services/plans/create-plan';
import { deletePlan } from '../../services/plans/delete-plan';
import { getPlan, getPlanDocumentJson } from '../../services/plans/get-plan';
import { importPlanDocuments } from '../../services/plans/import-plan-documents';
import { ListPlansInput, listPlans } from '../../services/plans/list-plans';
import { UpdatePlanInput, updatePlan } from '../../services/plans/update-plan';
import { presentPlan, presentPlanDetail, presentPlanSummary } from '../presenters/plan';
import { serviceContextOf } from '../request-context';
import { PlanParams, VersionQuery } from '../schemas';

const tags = ['plans'];

const ImportQuery = z.object({
  replace: z
    .stringbool()
    .optional()
    .describe('overwrite plans that exist for the same organisation and year'),
  dryRun: z.stringbool().optional().describe('check and report, store nothing'),
});

export async function planRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/plans', { schema: { tags, querystring: ListPlansInput } }, async (request) => {
    const plans = await listPlans(serviceContextOf(request), request.query);
    return { plans: plans.map(presentPlanSummary) };
  });

  app.post('/api/plans', { schema: { tags, body: CreatePlanInput } }, async (request, reply) => {
    const plan = await createPlan(serviceContextOf(request), request.body);
    return reply.status(201).send(presentPlan(plan));
  });

  app.get(
    '/api/plans/:planId',
    { schema: { tags, params: PlanParams, summary: 'A plan with every element, ids and versions' } },
    async (request) => presentPlanDetail(await getPlan(serviceContextOf(request), request.params.planId)),
  );

  app.get(
    '/api/plans/:planId/document',
    { schema: { tags, params: PlanParams, summary: 'The plan as a stratmap.plan/1 document' } },
    async (request, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .send(await getPlanDocumentJson(serviceContextOf(request), request.params.planId)),
  );

  app.patch(
    '/api/plans/:planId',
    { schema: { tags, params: PlanParams, body: UpdatePlanInput } },
    async (request) =>
      presentPlan(await updatePlan(serviceContextOf(request), request.params.planId, request.body)),
  );

  app.delete(
    '/api/plans/:planId',
    { schema: { tags, params: PlanParams, querystring: VersionQuery } },
    async (request, reply) => {
      await deletePlan(serviceContextOf(request), request.params.planId, request.query.version);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/plans/:planId/copy-to-next-year',
    {
      schema: {
        tags,
        params: PlanParams,
        summary: 'A new draft for the next year with everything but results',
      },
    },
    async (request, reply) => {
      const plan = await copyPlanToNextYear(serviceContextOf(request), request.params.planId);
      return reply.status(201).send(presentPlan(plan));
    },
  );

  app.post(
    '/api/plans/import',
    {
      schema: {
        tags,
        querystring: ImportQuery,
        summary: 'Store plan documents (one, or { plans: [...] }), all or nothing',
      },
    },
    async (request) => {
      const parsed = parsePlanFile(request.body);
      if (!parsed.ok) {
        const issues = parsed.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
        throw new AppError(
          'validation',
          `not a valid plan document: ${issues[0]?.path}: ${issues[0]?.message}`,
          issues,
        );
      }
      const outcomes = await importPlanDocuments(serviceContextOf(request), parsed.plans, {
        replace: request.query.replace ?? false,
        dryRun: request.query.dryRun ?? false,
      });
      return { dryRun: request.query.dryRun ?? false, plans: outcomes };
    },
  );
}
