import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ServiceContext } from '../../services/context';
import { CreateActionInput, createAction } from '../../services/elements/create-action';
import { CreateKpiInput, createKpi } from '../../services/elements/create-kpi';
import { CreateKsfInput, createKsf } from '../../services/elements/create-ksf';
import { CreateLinkInput, createLink } from '../../services/elements/create-link';
import { CreateObjectiveInput, createObjective } from '../../services/elements/create-objective';
import { CreateThemeInput, createTheme } from '../../services/elements/create-theme';
import { deleteAction } from '../../services/elements/delete-action';
import { deleteKpi } from '../../services/elements/delete-kpi';
import { deleteKsf } from '../../services/elements/delete-ksf';
import { deleteLink } from '../../services/elements/delete-link';
import { deleteObjective } from '../../services/elements/delete-objective';
import { deleteTheme } from '../../services/elements/delete-theme';
import { UpdateActionInput, updateAction } from '../../services/elements/update-action';
import { UpdateKpiInput, updateKpi } from '../../services/elements/update-kpi';
import { UpdateKsfInput, updateKsf } from '../../services/elements/update-ksf';
import { UpdateObjectiveInput, updateObjective } from '../../services/elements/update-objective';
import { UpdateThemeInput, updateTheme } from '../../services/elements/update-theme';
import {
  presentAction,
  presentKpi,
  presentKsf,
  presentLink,
  presentObjective,
  presentTheme,
} from '../presenters/plan';
import { serviceContextOf } from '../request-context';
import { PlanElementParams, PlanParams, VersionQuery } from '../schemas';

/** One kind of plan element and the use cases that write it. */
interface ElementResource<C extends z.ZodType, U extends z.ZodType, R> {
  path: string;
  label: string;
  create: { input: C; run: (ctx: ServiceContext, planId: number, body: z.input<C>) => Promise<R> };
  update: {
    input: U;
    run: (ctx: ServiceContext, planId: number, id: number, body: z.input<U>) => Promise<R>;
  };
  remove: (ctx: ServiceContext, planId: number, id: number, version?: number) => Promise<void>;
  present: (row: R) => unknown;
}

const resource = <C extends z.ZodType, U extends z.ZodType, R>(r: ElementResource<C, U, R>) => r;

const RESOURCES = [
  resource({
    path: 'themes',
    label: 'strategic theme (策略主題)',
    create: { input: CreateThemeInput, run: createTheme },
    update: { input: UpdateThemeInput, run: updateTheme },
    remove: deleteTheme,
    present: (t) => presentTheme(t),
  }),
  resource({
    path: 'objectives',
    label: 'strategic objective (策略目標)',
    create: { input: CreateObjectiveInput, run: createObjective },
    update: { input: UpdateObjectiveInput, run: updateObjective },
    remove: deleteObjective,
    present: presentObjective,
  }),
  resource({
    path: 'ksfs',
    label: 'key success factor (關鍵成功因素)',
    create: { input: CreateKsfInput, run: createKsf },
    update: { input: UpdateKsfInput, run: updateKsf },
    remove: deleteKsf,
    present: presentKsf,
  }),
  resource({
    path: 'kpis',
    label: 'KPI (關鍵績效指標)',
    create: { input: CreateKpiInput, run: createKpi },
    update: { input: UpdateKpiInput, run: updateKpi },
    remove: deleteKpi,
    present: presentKpi,
  }),
  resource({
    path: 'actions',
    label: 'action plan (行動方案)',
    create: { input: CreateActionInput, run: createAction },
    update: { input: UpdateActionInput, run: updateAction },
    remove: deleteAction,
    present: presentAction,
  }),
];

export async function planElementRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  for (const r of RESOURCES as ElementResource<z.ZodType, z.ZodType, unknown>[]) {
    const tags = [r.path];
    app.post(
      `/api/plans/:planId/${r.path}`,
      { schema: { tags, summary: `Add a ${r.label}`, params: PlanParams, body: r.create.input } },
      async (request, reply) => {
        const row = await r.create.run(serviceContextOf(request), request.params.planId, request.body);
        return reply.status(201).send(r.present(row));
      },
    );
    app.patch(
      `/api/plans/:planId/${r.path}/:id`,
      { schema: { tags, summary: `Change a ${r.label}`, params: PlanElementParams, body: r.update.input } },
      async (request) =>
        r.present(
          await r.update.run(
            serviceContextOf(request),
            request.params.planId,
            request.params.id,
            request.body,
          ),
        ),
    );
    app.delete(
      `/api/plans/:planId/${r.path}/:id`,
      {
        schema: {
          tags,
          summary: `Delete a ${r.label}`,
          params: PlanElementParams,
          querystring: VersionQuery,
        },
      },
      async (request, reply) => {
        await r.remove(
          serviceContextOf(request),
          request.params.planId,
          request.params.id,
          request.query.version,
        );
        return reply.status(204).send();
      },
    );
  }

  const tags = ['links'];
  app.post(
    '/api/plans/:planId/links',
    { schema: { tags, summary: 'Add a cause → effect link', params: PlanParams, body: CreateLinkInput } },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentLink(await createLink(serviceContextOf(request), request.params.planId, request.body))),
  );
  app.delete(
    '/api/plans/:planId/links/:id',
    { schema: { tags, summary: 'Remove a cause → effect link', params: PlanElementParams } },
    async (request, reply) => {
      await deleteLink(serviceContextOf(request), request.params.planId, request.params.id);
      return reply.status(204).send();
    },
  );
}
