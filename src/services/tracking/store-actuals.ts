import { sql } from 'drizzle-orm';
import { batchesOf, fromExcluded, rowsPerInsert } from '../../db/batch-insert';
import type { Tx } from '../../db/client';
import { planDocumentOfRows } from '../../db/repositories/plan-document';
import { type ActualRow, type KpiRow, loadPlanRows, type PlanRow } from '../../db/repositories/plan-rows';
import { kpiActuals } from '../../db/schema';
import { normalizeCode } from '../../domain/codes';
import { evaluateFormula, parseFormula } from '../../domain/formula';
import type { ActualDoc } from '../../domain/plan-document';
import { scorePlanDocument } from '../../domain/plan-scoring';
import type { KpiScore, Light } from '../../domain/scoring';
import type { ServiceContext } from '../context';
import { AppError, type FieldIssue } from '../errors';
import { refuseBeyond } from '../plans/plan-size';
import { type AuditEntry, writeAudits } from '../shared/audit';
import { locksOf, periodOfPlan, refuseLocked } from './tracking-access';

/** One actual as entered in the grid, sent by the API or read from a row of an uploaded file. */
export interface ActualEntry {
  kpi: string;
  period?: string | null;
  value?: number | null;
  stage?: string | null;
  inputs?: Record<string, number> | null;
  note?: string | null;
  evidence?: string | null;
  explanation?: string | null;
  correctiveAction?: string | null;
  /** The version of the stored actual this entry changes. */
  version?: number;
}

export interface StoredActual {
  id: number;
  kpi: string;
  period: string;
  value: number | null;
  stage: string | null;
  achievement: number | null;
  light: Light;
  version: number;
}

export interface StoreOptions {
  /** API entries must name the version they change (409 otherwise); an uploaded file replaces. */
  requireVersion: boolean;
  /** Where each entry's field is, for messages: `actuals.3.value` or `rows.5.value`. */
  pathOf: (index: number, field: string) => string;
  /** Audit action, e.g. `actuals.enter` or `actuals.upload`. */
  action: string;
}

interface Prepared {
  index: number;
  kpi: KpiRow;
  period: string;
  existing: ActualRow | undefined;
  row: Omit<typeof kpiActuals.$inferInsert, 'planId' | 'kpiId' | 'period'>;
}

const keep = <T>(given: T | undefined, stored: T) => (given === undefined ? stored : given);

/**
 * Checks and stores a batch of actuals for one plan, all or nothing: every problem of every
 * entry is reported with its path; a locked period is a 409; a red result without an explanation
 * and a corrective action (改善措施) is refused, judged by the same `scorePlan` as every view.
 */
export async function storeActuals(
  tx: Tx,
  ctx: ServiceContext,
  plan: PlanRow,
  entries: ActualEntry[],
  options: StoreOptions,
): Promise<StoredActual[]> {
  const rows = await loadPlanRows(tx, plan);
  const kpiByCode = new Map(rows.kpis.map((k) => [k.code, k]));
  const stored = new Map(rows.actuals.map((a) => [`${a.kpiId}@${a.period}`, a]));
  const issues: FieldIssue[] = [];
  const prepared: Prepared[] = [];
  const seen = new Set<string>();

  entries.forEach((entry, index) => {
    const at = (field: string) => options.pathOf(index, field);
    const issue = (field: string, message: string) => issues.push({ path: at(field), message });
    const code = normalizeCode(String(entry.kpi ?? ''));
    const kpi = kpiByCode.get(code);
    if (!kpi) issue('kpi', `unknown KPI code "${entry.kpi}": the plan has no such KPI`);
    const p = periodOfPlan(entry.period, plan.year, at('period'));
    if ('issue' in p) issues.push(p.issue);
    if (!kpi || 'issue' in p) return;
    const key = `${kpi.id}@${p.period}`;
    if (seen.has(key)) issue('period', `${code} ${p.period} is given twice`);
    seen.add(key);
    const existing = stored.get(key);
    // An entry that only adds a note or an explanation (the inbox's red results) keeps the value.
    const keepsValue =
      existing && entry.value == null && !entry.stage && !Object.keys(entry.inputs ?? {}).length;
    const value = keepsValue
      ? { value: existing.value, stage: existing.stage, inputs: existing.inputs }
      : valueToStore(kpi, entry, issue);
    if (value === undefined) return;
    prepared.push({
      index,
      kpi,
      period: p.period,
      existing,
      row: {
        value: value.value,
        stage: value.stage,
        inputs: value.inputs,
        note: keep(entry.note, existing?.note ?? null),
        evidence: keep(entry.evidence, existing?.evidence ?? null),
        explanation: keep(entry.explanation, existing?.explanation ?? null),
        correctiveAction: keep(entry.correctiveAction, existing?.correctiveAction ?? null),
        reportedBy: ctx.actor,
      },
    });
  });
  if (issues.length > 0) throw refusal(issues);
  refuseLocked(await locksOf(tx, plan.id), new Set(prepared.map((p) => p.period)));
  checkVersions(prepared, entries, options.requireVersion);
  refuseBeyond('actuals', rows.actuals.length + prepared.filter((p) => !p.existing).length);

  const scores = scoreWith(rows, prepared);
  for (const p of prepared) {
    const score = scores.get(`${p.kpi.code}@${p.period}`);
    if (score?.light !== 'red') continue;
    const percent = `${Math.round((score.achievement ?? 0) * 1000) / 10} %`;
    const why = `${p.kpi.code} is red for ${p.period} (achievement ${percent})`;
    if (!p.row.explanation?.trim()) {
      issues.push({
        path: options.pathOf(p.index, 'explanation'),
        message: `${why}: explain why the target was missed (未達原因)`,
      });
    }
    if (!p.row.correctiveAction?.trim()) {
      issues.push({
        path: options.pathOf(p.index, 'correctiveAction'),
        message: `${why}: say what will be done about it (改善措施)`,
      });
    }
  }
  if (issues.length > 0) throw refusal(issues);

  const written = await upsertActuals(tx, plan, prepared);
  const out: StoredActual[] = [];
  const audits: AuditEntry[] = [];
  for (const p of prepared) {
    const after = written.get(`${p.kpi.id}@${p.period}`) as ActualRow;
    audits.push({
      action: options.action,
      entity: 'actual',
      entityId: after.id,
      orgId: plan.orgId,
      planId: plan.id,
      before: p.existing ?? null,
      after: { ...after, kpi: p.kpi.code },
    });
    const score = scores.get(`${p.kpi.code}@${p.period}`);
    out.push({
      id: after.id,
      kpi: p.kpi.code,
      period: p.period,
      value: after.value,
      stage: after.stage,
      achievement: score?.achievement ?? null,
      light: score?.light ?? 'none',
      version: after.version,
    });
  }
  await writeAudits(tx, ctx.actor, audits);
  return out;
}

/**
 * Inserts the new actuals and changes the stored ones in a few batched statements (an upload of
 * 5,000 rows would otherwise be 15,000 round trips). The caller holds the plan row's lock, so the
 * versions checked are still the stored ones. By KPI id and period.
 */
async function upsertActuals(tx: Tx, plan: PlanRow, prepared: Prepared[]): Promise<Map<string, ActualRow>> {
  const written = new Map<string, ActualRow>();
  for (const batch of batchesOf(prepared, rowsPerInsert(kpiActuals))) {
    const rows = await tx
      .insert(kpiActuals)
      .values(batch.map((p) => ({ ...p.row, planId: plan.id, kpiId: p.kpi.id, period: p.period })))
      .onConflictDoUpdate({
        target: [kpiActuals.kpiId, kpiActuals.period],
        set: {
          ...fromExcluded(kpiActuals, UPDATED_COLUMNS),
          version: sql`${kpiActuals.version} + 1`,
          updatedAt: sql`now()`,
        },
      })
      .returning();
    for (const row of rows) written.set(`${row.kpiId}@${row.period}`, row);
  }
  return written;
}

/** What an entry sets (`Prepared.row`); planId, kpiId and period identify the row. */
const UPDATED_COLUMNS = [
  'value',
  'stage',
  'inputs',
  'note',
  'evidence',
  'explanation',
  'correctiveAction',
  'reportedBy',
] as const satisfies readonly (keyof Prepared['row'])[];

function refusal(issues: FieldIssue[]): AppError {
  return new AppError(
    'validation',
    `${issues.length} problem(s) in the actuals; nothing was stored. First: ${issues[0]?.path}: ${issues[0]?.message}`,
    issues,
  );
}

/** The value to store: as reported, the stage reached, or the KPI's formula of the inputs. */
function valueToStore(
  kpi: KpiRow,
  entry: ActualEntry,
  issue: (field: string, message: string) => void,
): { value: number | null; stage: string | null; inputs: Record<string, number> | null } | undefined {
  const inputs = entry.inputs && Object.keys(entry.inputs).length > 0 ? entry.inputs : null;
  if (entry.value != null) {
    if (!Number.isFinite(entry.value)) return void issue('value', 'value must be a finite number');
    return { value: entry.value, stage: null, inputs };
  }
  if (entry.stage != null && entry.stage.trim() !== '') {
    const stage = entry.stage.normalize('NFC').trim();
    if (!(kpi.stages ?? []).some((s) => s.name === stage)) {
      const names = (kpi.stages ?? []).map((s) => s.name).join('、') || 'none';
      return void issue('stage', `stage "${stage}" is not one of the stages of ${kpi.code} (${names})`);
    }
    return { value: null, stage, inputs: null };
  }
  if (inputs) {
    if (!kpi.formula) return void issue('inputs', `${kpi.code} has no formula; enter its value instead`);
    const parsed = parseFormula(kpi.formula);
    if (!parsed.ok) {
      return void issue('inputs', `the formula of ${kpi.code} cannot be read: ${parsed.error.message.en}`);
    }
    const r = evaluateFormula(parsed.formula, inputs);
    if (!r.ok) return void issue('inputs', `${kpi.code}: ${r.error.message.en}`);
    return { value: r.value, stage: null, inputs };
  }
  return void issue('value', `${kpi.code} needs a value, a stage or the formula's inputs`);
}

function checkVersions(prepared: Prepared[], entries: ActualEntry[], requireVersion: boolean): void {
  for (const p of prepared) {
    const given = entries[p.index]?.version;
    const what = `the actual of ${p.kpi.code} for ${p.period}`;
    if (p.existing && given === undefined && requireVersion) {
      throw new AppError(
        'conflict',
        `${what} is already reported (version ${p.existing.version}); send that version to change it`,
        [],
        { currentVersion: p.existing.version },
      );
    }
    if (given !== undefined && given !== (p.existing?.version ?? 0)) {
      throw new AppError(
        'conflict',
        `${what} was changed by someone else since you loaded it (now ${p.existing ? `version ${p.existing.version}` : 'removed'}); reload and enter it again`,
        [],
        { currentVersion: p.existing?.version ?? null },
      );
    }
  }
}

/** Scores the plan as it will be, once per period entered, so every light comes from `scorePlan`. */
function scoreWith(rows: Awaited<ReturnType<typeof loadPlanRows>>, prepared: Prepared[]) {
  const doc = planDocumentOfRows(rows);
  const replaced = new Set(prepared.map((p) => `${p.kpi.code}@${p.period}`));
  const incoming: ActualDoc[] = prepared.map((p) => ({
    kpi: p.kpi.code,
    period: p.period,
    value: p.row.value ?? null,
    stage: p.row.stage ?? null,
  }));
  doc.actuals = [...(doc.actuals ?? []).filter((a) => !replaced.has(`${a.kpi}@${a.period}`)), ...incoming];
  const out = new Map<string, KpiScore>();
  for (const period of new Set(prepared.map((p) => p.period))) {
    for (const k of scorePlanDocument(doc, period).kpis) out.set(`${k.code}@${period}`, k);
  }
  return out;
}
