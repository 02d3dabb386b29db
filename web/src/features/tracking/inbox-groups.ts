import type { Inbox } from './types';

export interface InboxGroup {
  kind: 'due' | 'unexplained';
  period: string;
  /** KPIs of the group, in the order the API lists them. */
  kpis: { code: string; name: string }[];
  /** Where to enter them: the plan's tracking page at that period. */
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
    const group = groups.get(key) ?? {
      kind,
      period,
      kpis: [],
      href: `/plans/${plan.planId}/tracking?period=${encodeURIComponent(period)}`,
    };
    group.kpis.push({ code: kpi.code, name: kpi.name });
    groups.set(key, group);
  };
  for (const d of plan.due) add('due', d.period, d);
  for (const u of plan.unexplained) add('unexplained', u.period, u);
  return [...groups.values()];
}

/** How many things the inbox asks for in all. */
export function inboxCount(inbox: Inbox | undefined): number {
  return (inbox?.plans ?? []).reduce((n, p) => n + p.due.length + p.unexplained.length, 0);
}
