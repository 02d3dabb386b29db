import { ksfs } from '../../db/schema';
import type { ServiceContext } from '../context';
import { deleteElement } from './delete-element';

export function deleteKsf(ctx: ServiceContext, planId: number, id: number, version?: number) {
  return deleteElement(ctx, ksfs, 'ksf', planId, id, version);
}
