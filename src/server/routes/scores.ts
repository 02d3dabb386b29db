import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getCityScores } from '../../services/tracking/city-scores';
import { getInbox } from '../../services/tracking/inbox';
import { getKpiHistory } from '../../services/tracking/kpi-history';
import { getPlanKpiHistory } from '../../services/tracking/plan-kpi-history';
import { getPlanScores } from '../../services/tracking/plan-scores';
import {
  presentCityScores,
  presentInbox,
  presentKpiHistory,
  presentPlanKpiHistory,
  presentPlanScores,
} from '../presenters/tracking';
import { serviceContextOf } from '../request-context';
import { PlanParams } from '../schemas';

const tags = ['scores'];
const period = z
  .string()
  .trim()
  .min(1)
  .max(10)
  .optional()
  .describe('110, 110H1, 110Q1 or 110M01; the year by default');

export async function scoreRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/plans/:planId/scores',
    {
      schema: {
        tags,
        params: PlanParams,
        querystring: z.object({ period }),
        summary: 'The plan scored for a period: KPIs, objectives, themes, perspectives, plan; lights',
      },
    },
    async (request) =>
      presentPlanScores(
        await getPlanScores(serviceContextOf(request), request.params.planId, request.query.period),
      ),
  );

  app.get(
    '/api/plans/:planId/kpis/:kpiId/history',
    {
      schema: {
        tags,
        params: PlanParams.extend({ kpiId: z.coerce.number().int().positive() }),
        summary: "A KPI's targets, actuals and scores across periods and the organisation's other years",
      },
    },
    async (request) =>
      presentKpiHistory(
        await getKpiHistory(serviceContextOf(request), request.params.planId, request.params.kpiId),
      ),
  );

  app.get(
    '/api/plans/:planId/kpi-history',
    {
      schema: {
        tags,
        params: PlanParams,
        summary:
          "Every KPI of the plan with its targets, actuals and scores in the organisation's earlier plans (same code)",
      },
    },
    async (request) =>
      presentPlanKpiHistory(await getPlanKpiHistory(serviceContextOf(request), request.params.planId)),
  );

  app.get(
    '/api/city/scores',
    {
      schema: {
        tags,
        querystring: z.object({ year: z.coerce.number().int().min(1).max(999), period }),
        summary: "Every readable organisation's score and its score per city theme (heatmap), and the city's",
      },
    },
    async (request) =>
      presentCityScores(
        await getCityScores(serviceContextOf(request), request.query.year, request.query.period),
      ),
  );

  app.get(
    '/api/inbox',
    {
      schema: {
        tags,
        querystring: z.object({
          at: z.iso
            .date()
            .optional()
            .describe('the day to compute what is due for (YYYY-MM-DD); today by default'),
        }),
        summary: 'Updates due: missing actuals of the period just ended, red results lacking an explanation',
      },
    },
    async (request) => {
      // Noon in Taipei, so the day asked for is the day used in every server time zone.
      const at = request.query.at ? new Date(`${request.query.at}T12:00:00+08:00`) : new Date();
      return presentInbox(at, await getInbox(serviceContextOf(request), at));
    },
  );
}
