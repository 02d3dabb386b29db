import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client';
import { settings } from '../../db/schema';

/** Instance settings, with their defaults; unknown keys are refused. */
export const InstanceSettingsSchema = z.object({
  /** Anonymous visitors may read approved plans. Off unless an administrator turns it on. */
  publicRead: z.boolean().default(false),
});
export type InstanceSettings = z.output<typeof InstanceSettingsSchema>;

export async function readSettings(db: DbOrTx): Promise<InstanceSettings & { version: number }> {
  const rows = await db.select().from(settings);
  const values = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  const version = rows.reduce((sum, r) => sum + r.version, 0);
  return { ...InstanceSettingsSchema.parse(values), version };
}

export async function publicReadEnabled(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select().from(settings).where(eq(settings.key, 'publicRead'));
  return row?.value === true;
}
