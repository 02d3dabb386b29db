import { useEffect, useState } from 'react';
import { cascadeKey } from '../../../../src/domain/map-layout';
import { api } from '../../api/client';
import type { PlanDetail, PlanSummary } from '../../api/types';

/**
 * Names of the parent themes this plan cascades from, keyed as the layout expects, read from the
 * parent organisations' plans of the named year. Missing or unreadable parents leave a key out;
 * the map then shows the reference without a name.
 */
export function useParentThemeNames(plan: PlanDetail): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    const sources = new Map<string, { orgId: number; year: number }>();
    for (const theme of plan.themes) {
      const c = theme.cascadesFrom;
      if (c) sources.set(`${c.orgId}:${c.year ?? plan.year}`, { orgId: c.orgId, year: c.year ?? plan.year });
    }
    if (sources.size === 0) return;
    const controller = new AbortController();
    const signal = controller.signal;
    Promise.all(
      [...sources.values()].map(async ({ orgId, year }) => {
        const { plans } = await api.get<{ plans: PlanSummary[] }>(`/api/plans?orgId=${orgId}&year=${year}`, {
          signal,
        });
        const summary = plans[0];
        if (!summary) return [];
        const parent = await api.get<PlanDetail>(`/api/plans/${summary.id}`, { signal });
        return parent.themes.map((t) => [cascadeKey(parent.org.name, t.letter), t.name] as const);
      }),
    )
      .then((entries) => {
        if (!signal.aborted) setNames(Object.fromEntries(entries.flat()));
      })
      .catch(() => {
        // The parent plan may be unreadable for this user; the map still shows the reference.
      });
    return () => controller.abort();
  }, [plan]);
  return names;
}
