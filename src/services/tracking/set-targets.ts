import { inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { batchesOf, fromExcluded, rowsPerInsert } from '../../db/batch-insert';
import type { Tx } from '../../db/client';
import { loadPlanRows, type PlanRow, type TargetRow } from '../../db/repositories/plan-rows';
import { kpiTargets } from '../../db/schema';
import { normalizeCode } from '../../domain/codes';
import type { ServiceContext } from '../context';
import { AppError, type FieldIssue } from '../errors';
import { refuseBeyond } from '../plans/plan-size';
import { type AuditEntry, writeAudits } from '../shared/audit';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/transaction';
import { TargetEntrySchema } from './result-inputs';
import { locksOf, periodOfPlan, refuseLocked, requirePlanForTargets } from './tracking-access';

export const SetTargetsInput = z.object({
  targets: z.array(TargetEntrySchema).min(1, 'send at least one target').max(20_000),
});

export interface TargetsOutcome {
  /** Targets stored or changed, with their new versions. */
  stored: (TargetRow & { kpi: string })[];
  /** Cells sent empty whose stored target was removed. */
  removed: { kpi: string; period: string }[];
}

/**
 * Sets the targets of a year in one call: a grid of KPIs × periods, all or nothing. A cell sent
 * with no value, band or stage removes that target. Changing a stored target needs the version
 * that was loaded. Who may do it and when: see `requirePlanForTargets`.
 */
export async function setTargets(
  ctx: ServiceContext,
  planId: number,
  raw: z.input<typeof SetTargetsInput>,
): Promise<TargetsOutcome> {
  const input = parseInput(SetTargetsInput, raw);
  return inTransaction(ctx, async (tx) => {
    const plan = await requirePlanForTargets(tx, ctx, planId);
    const rows = await loadPlanRows(tx, plan);
    const kpiByCode = new Map(rows.kpis.map((k) => [k.code, k]));
    const stored = new Map(rows.targets.map((t) => [`${t.kpiId}@${t.period}`, t]));
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    const cells: Cell[] = [];
    input.targets.forEach((t, i) => {
      const issue = (field: string, message: string) =>
        issues.push({ path: `targets.${i}.${field}`, message });
      const code = normalizeCode(t.kpi);
      const kpi = kpiByCode.get(code);
      if (!kpi) issue('kpi', `unknown KPI code "${t.kpi}": the plan has no such KPI`);
      const p = periodOfPlan(t.period, plan.year, `targets.${i}.period`);
      if ('issue' in p) issues.push(p.issue);
      if (!kpi || 'issue' in p) return;
      const key = `${kpi.id}@${p.period}`;
      if (seen.has(key)) issue('period', `${code} ${p.period} is given twice`);
      seen.add(key);
      if ((t.min == null) !== (t.max == null)) issue('max', 'a target band needs both min and max');
      if (t.min != null && t.max != null && t.min > t.max) issue('max', 'a target band needs min ≤ max');
      if (t.stage != null && !(kpi.stages ?? []).some((s) => s.name === t.stage?.normalize('NFC').trim())) {
        issue('stage', `stage "${t.stage}" is not one of the stages of ${code}`);
      }
      cells.push({ i, kpiId: kpi.id, code, period: p.period, existing: stored.get(key) });
    });
    if (issues.length > 0) {
      throw new AppError(
        'validation',
        `${issues.length} problem(s) in the targets; nothing was stored. First: ${issues[0]?.path}: ${issues[0]?.message}`,
        issues,
      );
    }
    refuseLocked(await locksOf(tx, plan.id), new Set(cells.map((c) => c.period)));

    const removals: Cell[] = [];
    const writes: { c: Cell; values: TargetValues }[] = [];
    for (const c of cells) {
      const t = input.targets[c.i] as z.output<typeof TargetEntrySchema>;
      const current = c.existing?.version;
      if (c.existing && t.version === undefined) {
        throw new AppError(
          'conflict',
          `the target of ${c.code} for ${c.period} is already set (version ${current}); send that version to change it`,
          [],
          { currentVersion: current },
        );
      }
      if (t.version !== undefined && t.version !== (current ?? 0)) {
        throw new AppError(
          'conflict',
          `the target of ${c.code} for ${c.period} was changed by someone else since you loaded it; reload and set it again`,
          [],
          { currentVersion: current ?? null },
        );
      }
      const values = {
        value: t.value ?? null,
        min: t.min ?? null,
        max: t.max ?? null,
        stage: t.stage?.normalize('NFC').trim() || null,
      };
      if (Object.values(values).some((v) => v !== null)) writes.push({ c, values });
      else if (c.existing) removals.push(c);
    }
    const added = writes.filter((w) => !w.c.existing).length;
    refuseBeyond('targets', rows.targets.length - removals.length + added);
    return writeTargets(tx, ctx, plan, removals, writes);
  });
}

type Cell = { i: number; kpiId: number; code: string; period: string; existing?: TargetRow };
type TargetValues = Pick<typeof kpiTargets.$inferInsert, 'value' | 'min' | 'max' | 'stage'>;

/**
 * Removes and upserts the cells in a few batched statements (a grid of 5,000 KPIs by quarter
 * would otherwise be 60,000 round trips); the plan row is locked, so the versions checked above
 * are still the stored ones.
 */
async function writeTargets(
  tx: Tx,
  ctx: ServiceContext,
  plan: PlanRow,
  removals: Cell[],
  writes: { c: Cell; values: TargetValues }[],
): Promise<TargetsOutcome> {
  for (const batch of batchesOf(removals, 10_000)) {
    await tx.delete(kpiTargets).where(
      inArray(
        kpiTargets.id,
        batch.map((c) => (c.existing as TargetRow).id),
      ),
    );
  }
  const written = new Map<string, TargetRow>();
  for (const batch of batchesOf(writes, rowsPerInsert(kpiTargets))) {
    const rows = await tx
      .insert(kpiTargets)
      .values(
        batch.map(({ c, values }) => ({ ...values, planId: plan.id, kpiId: c.kpiId, period: c.period })),
      )
      .onConflictDoUpdate({
        target: [kpiTargets.kpiId, kpiTargets.period],
        set: {
          ...fromExcluded(kpiTargets, ['value', 'min', 'max', 'stage']),
          version: sql`${kpiTargets.version} + 1`,
          updatedAt: sql`now()`,
        },
      })
      .returning();
    for (const row of rows) written.set(`${row.kpiId}@${row.period}`, row);
  }
  const outcome: TargetsOutcome = { stored: [], removed: [] };
  const audit = { entity: 'target', orgId: plan.orgId, planId: plan.id };
  const entries: AuditEntry[] = [];
  for (const c of removals) {
    entries.push({
      ...audit,
      action: 'targets.remove',
      entityId: c.existing?.id,
      before: { ...c.existing, kpi: c.code },
    });
    outcome.removed.push({ kpi: c.code, period: c.period });
  }
  for (const { c } of writes) {
    const after = written.get(`${c.kpiId}@${c.period}`) as TargetRow;
    entries.push({
      ...audit,
      action: 'targets.set',
      entityId: after.id,
      before: c.existing ? { ...c.existing, kpi: c.code } : null,
      after: { ...after, kpi: c.code },
    });
    outcome.stored.push({ ...after, kpi: c.code });
  }
  await writeAudits(tx, ctx.actor, entries);
  return outcome;
}
