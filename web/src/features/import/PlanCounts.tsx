import { Descriptions } from 'antd';
import type { PlanDocument } from '../../../../src/domain/plan-document';
import { useI18n } from '../../i18n';

/** How much of each kind was read, the numbers a planner checks against the paper. */
export function PlanCounts({ plan }: { plan: PlanDocument }) {
  const { t } = useI18n();
  const counts: [string, number][] = [
    ['theme', plan.themes.length],
    ['objective', plan.objectives.length],
    ['ksf', plan.ksfs.length],
    ['kpi', plan.kpis.length],
    ['action', plan.actions.length],
    ['link', plan.links.length],
  ];
  return (
    <Descriptions
      size="small"
      bordered
      className="import-counts"
      data-testid="import-counts"
      title={t.impCounts}
      column={{ xs: 2, sm: 3, md: 6 }}
      items={counts.map(([kind, n]) => ({
        key: kind,
        label: t.elementKind(kind),
        children: <span data-kind={kind}>{n}</span>,
      }))}
    />
  );
}
