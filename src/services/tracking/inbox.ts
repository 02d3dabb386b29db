import { ne } from 'drizzle-orm';
import { subtreeIdsOf } from '../../db/repositories/org-tree';
import type { PlanRow } from '../../db/repositories/plan-rows';
import { loadPlansForScoring } from '../../db/repositories/plans-for-scoring';
import { plans } from '../../db/schema';
import { isAdmin } from '../../domain/authz';
import { type Frequency, formatPeriod, lastCompletedPeriod } from '../../domain/periods';
import { scorePlanDocument } from '../../domain/plan-scoring';
import type { ServiceContext } from '../context';
import { requireSignedIn } from '../shared/authorize';

export interface InboxPlan {
  plan: PlanRow;
  org: string;
  /** KPIs whose actual for the last completed period of their frequency is missing. */
  due: { kpiId: number; code: string; name: string; period: string; frequency: Frequency }[];
  /** Red results without an explanation or a corrective action (e.g. from an imported document). */
  unexplained: {
    actualId: number;
    kpiId: number;
    code: string;
    name: string;
    period: string;
    achievement: number | null;
    version: number;
  }[];
}

/**
 * "Updates due" for the caller: every plan they may report on (not archived) with the KPIs whose
 * actual for the period that has just ended is missing, and red results lacking an explanation.
 * A KPI without a frequency reports once a year. `now` decides which period is due.
 */
export async function getInbox(ctx: ServiceContext, now: Date = new Date()): Promise<InboxPlan[]> {
  requireSignedIn(ctx);
  const reporterOrgs = ctx.principal.grants
    .filter((g) => g.role !== 'viewer' && g.orgId !== null)
    .map((g) => g.orgId as number);
  const open = await ctx.db.select().from(plans).where(ne(plans.status, 'archived'));
  let mine = open;
  if (!isAdmin(ctx.principal)) {
    const scope = new Set(await subtreeIdsOf(ctx.db, reporterOrgs));
    mine = open.filter((p) => scope.has(p.orgId));
  }
  const due = new Map<Frequency, string>();
  const dueOf = (f: Frequency) => {
    let p = due.get(f);
    if (p === undefined) {
      p = formatPeriod(lastCompletedPeriod(f, now));
      due.set(f, p);
    }
    return p;
  };
  const years = new Set(
    (['year', 'half', 'quarter', 'month'] as const).map((f) => Number.parseInt(dueOf(f), 10)),
  );
  mine = mine.filter((p) => years.has(p.year));
  const loaded = await loadPlansForScoring(ctx.db, mine);
  const out: InboxPlan[] = [];
  for (const plan of mine) {
    const doc = loaded.documents.get(plan.id);
    const kpiRows = loaded.kpis.get(plan.id) ?? [];
    if (!doc) continue;
    const reported = new Set((doc.actuals ?? []).map((a) => `${a.kpi}@${a.period}`));
    const item: InboxPlan = { plan, org: loaded.orgs.get(plan.orgId)?.name ?? '', due: [], unexplained: [] };
    for (const k of kpiRows) {
      const frequency = (k.frequency ?? 'year') as Frequency;
      const period = dueOf(frequency);
      if (Number.parseInt(period, 10) !== plan.year || reported.has(`${k.code}@${period}`)) continue;
      item.due.push({ kpiId: k.id, code: k.code, name: k.name, period, frequency });
    }
    const byId = new Map(kpiRows.map((k) => [k.id, k]));
    const lacking = (loaded.actuals.get(plan.id) ?? []).filter(
      (a) => !a.explanation?.trim() || !a.correctiveAction?.trim(),
    );
    for (const period of new Set(lacking.map((a) => a.period))) {
      const scores = new Map(scorePlanDocument(doc, period).kpis.map((s) => [s.code, s]));
      for (const a of lacking.filter((x) => x.period === period)) {
        const k = byId.get(a.kpiId);
        const s = k ? scores.get(k.code) : undefined;
        if (!k || s?.light !== 'red') continue;
        item.unexplained.push({
          actualId: a.id,
          kpiId: k.id,
          code: k.code,
          name: k.name,
          period,
          achievement: s.achievement,
          version: a.version,
        });
      }
    }
    if (item.due.length > 0 || item.unexplained.length > 0) out.push(item);
  }
  return out;
}
