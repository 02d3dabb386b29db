import { kpis } from '../../db/schema';
import type { ServiceContext } from '../context';
import { deleteElement } from './delete-element';

/** Deletes a KPI with its action plans. */
export function deleteKpi(ctx: ServiceContext, planId: number, id: number, version?: number) {
  return deleteElement(ctx, kpis, 'kpi', planId, id, version);
}
