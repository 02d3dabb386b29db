import { normalizeCode } from '../../../../src/domain/codes';
import type { PlanComment } from '../../api/types';

export type CommentKind = 'objective' | 'ksf' | 'kpi' | 'action';

/**
 * The code a comment on a key success factor is filed under. KSFs are coded like their objective
 * and an objective may have several, so the code alone would mix their comments; the objective's
 * code with the KSF's name tells them apart and, unlike a position, survives reordering and the
 * deletion of a sibling. Normalised as the server normalises element codes, so both sides agree.
 */
export function ksfCommentCode(objectiveCode: string, ksfName: string): string {
  return normalizeCode(`${objectiveCode}:${ksfName}`);
}

export function commentKey(kind: string, code: string): string {
  return `${kind}:${normalizeCode(code)}`;
}

export interface CommentCount {
  open: number;
  total: number;
}

/** Comments per element (`commentKey`), all and unresolved; comments on the whole plan are left out. */
export function commentCounts(comments: readonly PlanComment[]): Map<string, CommentCount> {
  const counts = new Map<string, CommentCount>();
  for (const c of comments) {
    if (!c.elementKind || !c.elementCode) continue;
    const key = commentKey(c.elementKind, c.elementCode);
    const count = counts.get(key) ?? { open: 0, total: 0 };
    count.total += 1;
    if (!c.resolvedAt) count.open += 1;
    counts.set(key, count);
  }
  return counts;
}
