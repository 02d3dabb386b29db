import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AddPlanCommentInput, addPlanComment } from '../../services/workflow/add-plan-comment';
import { ChangePlanStatusInput, changePlanStatus } from '../../services/workflow/change-plan-status';
import { listPlanComments } from '../../services/workflow/list-plan-comments';
import { resolvePlanComment } from '../../services/workflow/resolve-plan-comment';
import { presentPlan } from '../presenters/plan';
import { presentComment } from '../presenters/user';
import { serviceContextOf } from '../request-context';
import { PlanParams } from '../schemas';

const tags = ['workflow'];
const CommentParams = PlanParams.extend({ id: z.coerce.number().int().positive() });

export async function workflowRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/plans/:planId/workflow',
    {
      schema: {
        tags,
        summary: 'submit | withdraw | approve | return | reopen | archive (return and reopen need a reason)',
        params: PlanParams,
        body: ChangePlanStatusInput,
      },
    },
    async (request) =>
      presentPlan(await changePlanStatus(serviceContextOf(request), request.params.planId, request.body)),
  );

  app.get('/api/plans/:planId/comments', { schema: { tags, params: PlanParams } }, async (request) => ({
    comments: (await listPlanComments(serviceContextOf(request), request.params.planId)).map(presentComment),
  }));

  app.post(
    '/api/plans/:planId/comments',
    {
      schema: {
        tags,
        summary: 'Review comment on the plan or one element',
        params: PlanParams,
        body: AddPlanCommentInput,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentComment(
            await addPlanComment(serviceContextOf(request), request.params.planId, request.body),
          ),
        ),
  );

  app.post(
    '/api/plans/:planId/comments/:id/resolve',
    { schema: { tags, params: CommentParams } },
    async (request) =>
      presentComment(
        await resolvePlanComment(serviceContextOf(request), request.params.planId, request.params.id),
      ),
  );
}
