import { Space, Typography } from 'antd';
import { periodLabel } from '../../../../src/domain/periods';
import { useApi } from '../../api/use-api';
import { PageError, PageLoading } from '../../components/PageState';
import { useI18n } from '../../i18n';
import { usePlan } from '../plans/plan-context';
import { PeriodSelect } from '../tracking/PeriodSelect';
import { usePeriod } from '../tracking/use-period';
import { KpiTrend } from './KpiTrend';
import { ObjectivesTable } from './ObjectivesTable';
import { ScorePanels } from './ScorePanels';
import type { PlanScores } from './types';

/**
 * A plan's results at a glance for one period: the plan's, themes' and perspectives' scores,
 * every objective's light, and a KPI's trend over the years (`?kpi=<code>`).
 */
export default function DashboardPage() {
  const { t, locale } = useI18n();
  const { plan } = usePlan();
  const [period, setPeriod] = usePeriod(plan.year);
  const scores = useApi<PlanScores>(`/api/plans/${plan.id}/scores?period=${encodeURIComponent(period)}`);
  // Keep showing the previous period's numbers until the next ones arrive, not a spinner.
  const data = scores.data;

  return (
    <div className="dashboard-page" data-testid="dashboard-page">
      <Space className="dashboard-toolbar no-print" wrap>
        <Typography.Text strong>{t.trackPeriod}</Typography.Text>
        <PeriodSelect year={plan.year} value={period} onChange={setPeriod} />
      </Space>
      {scores.error && <PageError error={scores.error} onRetry={scores.reload} />}
      {!data && !scores.error && <PageLoading />}
      {data && (
        <div className={scores.loading ? 'dashboard-stale' : undefined} aria-busy={scores.loading}>
          <ScorePanels scores={data} periodText={periodLabel(data.period, locale)} />
          <ObjectivesTable scores={data} />
        </div>
      )}
      <KpiTrend planId={plan.id} kpis={plan.kpis} />
    </div>
  );
}
