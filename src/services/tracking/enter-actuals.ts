import { z } from 'zod';
import type { ServiceContext } from '../context';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/transaction';
import { ActualEntrySchema } from './result-inputs';
import { type StoredActual, storeActuals } from './store-actuals';
import { requirePlanForActuals } from './tracking-access';

export const EnterActualsInput = z.object({
  period: z.string().optional().describe('the period of entries that do not name their own, e.g. 110Q1'),
  actuals: z.array(ActualEntrySchema).min(1, 'send at least one actual').max(5000),
});

/**
 * Enters a period's actuals for a plan (the data-entry grid), all or nothing. Changing a stored
 * actual needs the version that was loaded, so two reporters never overwrite each other unseen.
 */
export async function enterActuals(
  ctx: ServiceContext,
  planId: number,
  raw: z.input<typeof EnterActualsInput>,
): Promise<StoredActual[]> {
  const input = parseInput(EnterActualsInput, raw);
  return inTransaction(ctx, async (tx) => {
    const plan = await requirePlanForActuals(tx, ctx, planId);
    const entries = input.actuals.map((a) => ({ ...a, period: a.period ?? input.period }));
    return storeActuals(tx, ctx, plan, entries, {
      requireVersion: true,
      pathOf: (i, field) => `actuals.${i}.${field}`,
      action: 'actuals.enter',
    });
  });
}
