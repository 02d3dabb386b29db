import { describe, expect, it } from 'vitest';
import type { PlanComment } from '../../api/types';
import { commentCounts, commentKey, ksfCommentCode } from './comment-targets';

function comment(id: number, kind: string | null, code: string | null, resolved = false): PlanComment {
  return {
    id,
    planId: 1,
    author: '審查委員',
    elementKind: kind,
    elementCode: code,
    body: '請補充',
    createdAt: '2025-03-01T02:00:00Z',
    resolvedAt: resolved ? '2025-03-02T02:00:00Z' : null,
  };
}

describe('comments on plan elements', () => {
  it('files KSF comments under the objective and the KSF name, as the server normalises codes', () => {
    expect(ksfCommentCode('AC1', '提供 平價教保服務')).toBe('AC1:提供平價教保服務');
    // Two KSFs of one objective, both coded like it, stay apart.
    expect(ksfCommentCode('AC1', '擴大公共化')).not.toBe(ksfCommentCode('AC1', '提升品質'));
    // Full-width letters and colons typed into a name fold as NFKC folds them on the server.
    expect(ksfCommentCode('ac1', 'ＫＰＩ 達成')).toBe('AC1:KPI達成');
  });

  it('counts open and all comments per element, not the plan-wide ones', () => {
    const counts = commentCounts([
      comment(1, 'kpi', 'AC1.1'),
      comment(2, 'kpi', 'ac1.1', true),
      comment(3, 'kpi', 'AC1.1'),
      comment(4, 'action', 'AC1.1.1', true),
      comment(5, null, null),
      comment(6, 'objective', 'AC1'),
    ]);
    expect(counts.get(commentKey('kpi', 'AC1.1'))).toEqual({ open: 2, total: 3 });
    expect(counts.get(commentKey('action', 'AC1.1.1'))).toEqual({ open: 0, total: 1 });
    expect(counts.get(commentKey('objective', 'AC1'))).toEqual({ open: 1, total: 1 });
    expect(counts.get(commentKey('kpi', 'AC1.2'))).toBeUndefined();
    expect(counts.size).toBe(3);
  });
});
