import { z } from 'zod';
import { settings } from '../../db/schema';
import type { ServiceContext } from '../context';
import { writeAudit } from '../shared/audit';
import { authorize } from '../shared/authorize';
import { parseInput } from '../shared/parse-input';
import { type InstanceSettings, readSettings } from '../shared/settings-store';
import { inTransaction } from '../shared/transaction';

export const UpdateSettingsInput = z.object({ publicRead: z.boolean().optional() }).strict();

/** An administrator changes instance settings, e.g. whether anonymous visitors may read approved plans. */
export async function updateSettings(
  ctx: ServiceContext,
  raw: z.input<typeof UpdateSettingsInput>,
): Promise<InstanceSettings> {
  const input = parseInput(UpdateSettingsInput, raw);
  return inTransaction(ctx, async (tx) => {
    await authorize(tx, ctx, 'user.manage', null);
    const { version: _before, ...before } = await readSettings(tx);
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue;
      await tx
        .insert(settings)
        .values({ key, value })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
    }
    const { version: _after, ...after } = await readSettings(tx);
    await writeAudit(tx, ctx.actor, { action: 'update', entity: 'settings', before, after });
    return after;
  });
}
