import { actions } from '../../db/schema';
import type { ServiceContext } from '../context';
import { deleteElement } from './delete-element';

export function deleteAction(ctx: ServiceContext, planId: number, id: number, version?: number) {
  return deleteElement(ctx, actions, 'action', planId, id, version);
}
