import type { ServiceContext } from '../context';
import { authorize } from '../shared/authorize';
import { type InstanceSettings, readSettings } from '../shared/settings-store';

export async function getSettings(ctx: ServiceContext): Promise<InstanceSettings> {
  await authorize(ctx.db, ctx, 'user.manage', null);
  const { version: _ignored, ...values } = await readSettings(ctx.db);
  return values;
}
