import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { PlanComment, PlanSummary } from '../../api/types';

/** Most plans whose comments are read for the home page at once; the rest wait for their own page. */
const LIMIT = 60;

/** Unresolved review comments per plan, for plans still in the workflow (draft or submitted). */
export function useOpenComments(plans: PlanSummary[] | undefined): Map<number, number> {
  const [counts, setCounts] = useState(new Map<number, number>());
  useEffect(() => {
    if (!plans) return;
    const candidates = plans.filter((p) => p.status === 'draft' || p.status === 'submitted').slice(0, LIMIT);
    const controller = new AbortController();
    Promise.all(
      candidates.map((p) =>
        api
          .get<{ comments: PlanComment[] }>(`/api/plans/${p.id}/comments`, { signal: controller.signal })
          .then((r) => [p.id, r.comments.filter((c) => !c.resolvedAt).length] as const)
          .catch(() => [p.id, 0] as const),
      ),
    ).then((entries) => {
      if (!controller.signal.aborted) setCounts(new Map(entries.filter(([, n]) => n > 0)));
    });
    return () => controller.abort();
  }, [plans]);
  return counts;
}
