import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { diffPlanYears } from '../../services/plans/diff-plans';
import { getCascade } from '../../services/plans/get-cascade';
import { presentCascade, presentPlanDiff } from '../presenters/cascade';
import { serviceContextOf } from '../request-context';
import { PlanParams } from '../schemas';

const tags = ['plans'];

/** How plans relate to each other: down the organisation tree (cascade) and across years (diff). */
export async function cascadeRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cascade',
    {
      schema: {
        tags,
        querystring: z.object({
          orgId: z.coerce
            .number()
            .int()
            .positive()
            .describe('the organisation whose themes are followed down'),
          year: z.coerce
            .number()
            .int()
            .min(1)
            .max(999)
            .optional()
            .describe('ROC year; the latest year with a readable plan by default'),
        }),
        summary:
          "Each theme of an organisation's plan: the themes and objectives of every organisation taking it up (any depth), the organisations it names, and the themes no one takes up",
      },
    },
    async (request) =>
      presentCascade(await getCascade(serviceContextOf(request), request.query.orgId, request.query.year)),
  );

  app.get(
    '/api/plans/:planId/diff',
    {
      schema: {
        tags,
        params: PlanParams,
        querystring: z.object({
          against: z.coerce
            .number()
            .int()
            .positive()
            .describe('the plan of another year of the same organisation'),
        }),
        summary:
          "Two years of one organisation's plan side by side: added, removed, renamed, recoded and changed elements (earlier year left)",
      },
    },
    async (request) =>
      presentPlanDiff(
        await diffPlanYears(serviceContextOf(request), request.params.planId, request.query.against),
      ),
  );
}
