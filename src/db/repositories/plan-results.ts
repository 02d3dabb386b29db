import type { Frequency } from '../../domain/periods';
import type { ActualDoc, KpiDoc, PlanDocument, PlanScoring, TargetDoc } from '../../domain/plan-document';
import type { Aggregate, Polarity } from '../../domain/scoring';
import { actualValue, FormulaCache } from '../../domain/scoring/values';
import { insertInBatches } from '../batch-insert';
import type { Tx } from '../client';
import { kpiActuals, type kpis, kpiTargets } from '../schema';
import type { ActualRow, KpiRow, PlanRows, TargetRow } from './plan-rows';

/**
 * Plan documents ⇄ the scoring columns of KPIs and the targets and actuals tables. A document
 * states only what differs from the defaults, so documents without scoring stay as they were.
 */

export function kpiScoringColumns(k: KpiDoc): Partial<typeof kpis.$inferInsert> {
  return {
    polarity: k.polarity ?? 'higher',
    frequency: k.frequency ?? null,
    baseline: k.baseline ?? null,
    weight: k.weight ?? 1,
    aggregate: k.aggregate ?? 'last',
    stages: k.stages && k.stages.length > 0 ? k.stages : null,
    tolerance: k.tolerance ?? null,
  };
}

export function kpiScoringFields(k: KpiRow): Partial<KpiDoc> {
  const out: Partial<KpiDoc> = {};
  if (k.polarity !== 'higher') out.polarity = k.polarity as Polarity;
  if (k.frequency !== null) out.frequency = k.frequency as Frequency;
  if (k.baseline !== null) out.baseline = k.baseline;
  if (k.weight !== 1) out.weight = k.weight;
  if (k.aggregate !== 'last') out.aggregate = k.aggregate as Aggregate;
  if (k.stages !== null) out.stages = k.stages;
  if (k.tolerance !== null) out.tolerance = k.tolerance;
  return out;
}

export function targetDocOf(t: TargetRow, kpi: string): TargetDoc {
  const doc: TargetDoc = { kpi, period: t.period };
  if (t.value !== null) doc.value = t.value;
  if (t.min !== null) doc.min = t.min;
  if (t.max !== null) doc.max = t.max;
  if (t.stage !== null) doc.stage = t.stage;
  return doc;
}

export function actualDocOf(a: ActualRow, kpi: string): ActualDoc {
  const doc: ActualDoc = { kpi, period: a.period };
  if (a.value !== null) doc.value = a.value;
  if (a.stage !== null) doc.stage = a.stage;
  if (a.inputs !== null) doc.inputs = a.inputs;
  if (a.note !== null) doc.note = a.note;
  if (a.evidence !== null) doc.evidence = a.evidence;
  if (a.explanation !== null) doc.explanation = a.explanation;
  if (a.correctiveAction !== null) doc.correctiveAction = a.correctiveAction;
  return doc;
}

/** The results part of a stored plan's document; keys left out when there is nothing to say. */
export function resultsOfRows(rows: PlanRows): Pick<PlanDocument, 'scoring' | 'targets' | 'actuals'> {
  const code = new Map(rows.kpis.map((k) => [k.id, k.code]));
  const out: Pick<PlanDocument, 'scoring' | 'targets' | 'actuals'> = {};
  if (rows.plan.scoring) out.scoring = rows.plan.scoring as PlanScoring;
  if (rows.targets.length > 0) out.targets = rows.targets.map((t) => targetDocOf(t, code.get(t.kpiId) ?? ''));
  if (rows.actuals.length > 0) out.actuals = rows.actuals.map((a) => actualDocOf(a, code.get(a.kpiId) ?? ''));
  return out;
}

/**
 * The value an actual stores: the reported one, or what the KPI's formula makes of its inputs
 * (kept beside them). A stage is stored as the stage; scoring reads its percentage.
 */
export function storedActualValue(kpi: KpiDoc, a: ActualDoc, formulas: FormulaCache): number | null {
  if (a.value != null || a.stage != null) return a.value ?? null;
  const v = actualValue({ ...kpi, stages: kpi.stages ?? null }, a, formulas);
  return typeof v === 'number' ? v : null;
}

/** Inserts a document's targets and actuals; codes are resolved by `kpiIds` (integrity-checked). */
export async function insertPlanResults(
  tx: Tx,
  planId: number,
  doc: PlanDocument,
  kpiIds: Map<string, number>,
  actor: string,
): Promise<void> {
  const targets = doc.targets ?? [];
  const actuals = doc.actuals ?? [];
  await insertInBatches(
    tx,
    kpiTargets,
    targets.map((t) => ({
      planId,
      kpiId: kpiIds.get(t.kpi) as number,
      period: t.period,
      value: t.value ?? null,
      min: t.min ?? null,
      max: t.max ?? null,
      stage: t.stage ?? null,
    })),
  );
  if (actuals.length > 0) {
    const kpiOf = new Map(doc.kpis.map((k) => [k.code, k]));
    const formulas = new FormulaCache();
    await insertInBatches(
      tx,
      kpiActuals,
      actuals.map((a) => ({
        planId,
        kpiId: kpiIds.get(a.kpi) as number,
        period: a.period,
        value: storedActualValue(kpiOf.get(a.kpi) as KpiDoc, a, formulas),
        stage: a.stage ?? null,
        inputs: a.inputs && Object.keys(a.inputs).length > 0 ? a.inputs : null,
        note: a.note ?? null,
        evidence: a.evidence ?? null,
        explanation: a.explanation ?? null,
        correctiveAction: a.correctiveAction ?? null,
        reportedBy: actor,
      })),
    );
  }
}
