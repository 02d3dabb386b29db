import type { Inbox } from './types';

export interface InboxGroup {
  kind: 'due' | 'unexplained';
  period: string;
  /** KPIs of the group, in the order the API lists them. */
  kpis: { code: string; name: string }[];
  /** Where to enter them: the plan's tracking grid at that period, with these KPIs picked out. */
  href: string;
}

/**
 * One plan of the inbox as groups a reporter acts on: the KPIs missing an actual for each due
 * period, and the red results lacking an explanation for each period, each linking to the grid.
 */
export function inboxGroups(plan: Inbox['plans'][number]): InboxGroup[] {
  const groups = new Map<string, InboxGroup>();
  const add = (kind: InboxGroup['kind'], period: string, kpi: { code: string; name: string }) => {
    const key = `${kind}@${period}`;
    const group = groups.get(key) ?? { kind, period, kpis: [], href: '' };
    group.kpis.push({ code: kpi.code, name: kpi.name });
    groups.set(key, group);
  };
  for (const d of plan.due) add('due', d.period, d);
  for (const u of plan.unexplained) add('unexplained', u.period, u);
  return [...groups.values()].map((g) => ({
    ...g,
    href: trackingHref(
      plan.planId,
      g.period,
      g.kpis.map((k) => k.code),
    ),
  }));
}

/**
 * The entry grid of a plan at a period with some KPIs picked out (`?period=110Q2&kpi=AC1.1,AC1.2`):
 * the grid scrolls to them, so a long plan does not hide the rows the inbox asked for.
 */
export function trackingHref(planId: number, period: string, codes: readonly string[]): string {
  const kpi = codes.map(encodeURIComponent).join(',');
  return `/plans/${planId}/tracking?period=${encodeURIComponent(period)}${kpi ? `&kpi=${kpi}` : ''}`;
}

/** The KPI codes a tracking address picks out (`kpi=AC1.1,AC1.2`; repeated `kpi=` too). */
export function pickedKpis(search: URLSearchParams): string[] {
  return search
    .getAll('kpi')
    .flatMap((v) => v.split(','))
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/** How many things the inbox asks for in all. */
export function inboxCount(inbox: Inbox | undefined): number {
  return (inbox?.plans ?? []).reduce((n, p) => n + p.due.length + p.unexplained.length, 0);
}
