import { and, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { planComments } from '../../db/schema';
import { normalizeCode, rebaseCode } from '../../domain/codes';

/**
 * Review comments are filed under their element's code (a KSF's under `objective:name`, a link's
 * under `from→to`), so a comment survives edits of the element's name. When the code itself
 * changes — a recoded objective, KPI or action, a re-lettered theme, a renamed or moved KSF —
 * the comments must follow in the same transaction, or they would be left pointing at nothing.
 */
async function rewriteCommentCodes(
  tx: Tx,
  planId: number,
  rewrite: (kind: string, code: string) => string,
): Promise<void> {
  const rows = await tx
    .select({ id: planComments.id, kind: planComments.elementKind, code: planComments.elementCode })
    .from(planComments)
    .where(and(eq(planComments.planId, planId), isNotNull(planComments.elementCode)));
  for (const row of rows) {
    if (!row.kind || !row.code) continue;
    const code = rewrite(row.kind, row.code);
    if (code !== row.code)
      await tx.update(planComments).set({ elementCode: code }).where(eq(planComments.id, row.id));
  }
}

/** An objective recoded (AC1 → AC2): its comments and those of its KPIs, actions, KSFs and links. */
export function followObjectiveCode(tx: Tx, planId: number, from: string, to: string): Promise<void> {
  return rewriteCommentCodes(tx, planId, (kind, code) => {
    if (kind === 'objective' || kind === 'kpi' || kind === 'action') return rebaseCode(code, from, to);
    if (kind === 'ksf') return code.startsWith(`${from}:`) ? `${to}${code.slice(from.length)}` : code;
    if (kind === 'link')
      return code
        .split('→')
        .map((end) => (end === from ? to : end))
        .join('→');
    return code;
  });
}

/** A KPI recoded (AC1.1 → AC1.2): its comments and those of its action plans. */
export function followKpiCode(tx: Tx, planId: number, from: string, to: string): Promise<void> {
  return rewriteCommentCodes(tx, planId, (kind, code) =>
    kind === 'kpi' || kind === 'action' ? rebaseCode(code, from, to) : code,
  );
}

/** An action plan, a theme (by letter) or a KSF (`objective:name`) whose own code changed. */
export function followElementCode(
  tx: Tx,
  planId: number,
  kind: 'action' | 'theme' | 'ksf',
  from: string,
  to: string,
): Promise<void> {
  const [before, after] = [normalizeCode(from), normalizeCode(to)];
  if (before === after) return Promise.resolve();
  return rewriteCommentCodes(tx, planId, (k, code) => (k === kind && code === before ? after : code));
}
