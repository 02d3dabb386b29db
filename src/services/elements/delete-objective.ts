import { objectives } from '../../db/schema';
import type { ServiceContext } from '../context';
import { deleteElement } from './delete-element';

/** Deletes an objective with its KSFs, KPIs, action plans and links. */
export function deleteObjective(ctx: ServiceContext, planId: number, id: number, version?: number) {
  return deleteElement(ctx, objectives, 'objective', planId, id, version);
}
