import { Alert, Card, Space, Typography } from 'antd';
import { useCallback } from 'react';
import { useApi } from '../../api/use-api';
import { PageError, PageLoading } from '../../components/PageState';
import { useI18n } from '../../i18n';
import { usePlan } from '../plans/plan-context';
import { ActualsGrid } from './ActualsGrid';
import { PeriodSelect } from './PeriodSelect';
import { ScoreSummary } from './ScoreSummary';
import type { Results, Scores } from './types';
import { usePeriod } from './use-period';

/** Results of a plan for one period: the roll-ups and the grid to enter its actuals. */
export default function TrackingPage() {
  const { t } = useI18n();
  const { plan } = usePlan();
  const [period, setPeriod] = usePeriod(plan.year);
  const results = useApi<Results>(`/api/plans/${plan.id}/results`);
  const scores = useApi<Scores>(`/api/plans/${plan.id}/scores?period=${period}`);
  const { reload: reloadResults } = results;
  const { reload: reloadScores } = scores;
  const reload = useCallback(() => {
    reloadResults();
    reloadScores();
  }, [reloadResults, reloadScores]);

  if (results.error) return <PageError error={results.error} onRetry={results.reload} />;
  if (!results.data) return <PageLoading />;
  const locked = results.data.locks.some((l) => l.period === period);
  const readOnly = locked || plan.status === 'archived';

  return (
    <div className="tracking-page">
      <Space className="tracking-toolbar" wrap>
        <Typography.Text strong>{t.trackPeriod}</Typography.Text>
        <PeriodSelect year={plan.year} value={period} onChange={setPeriod} />
      </Space>
      {locked && <Alert type="info" showIcon title={t.trackLocked} />}
      {scores.data && (
        <Card title={<h2 className="card-heading">{t.trackScores}</h2>} className="tracking-card">
          <ScoreSummary scores={scores.data} />
        </Card>
      )}
      <Card title={<h2 className="card-heading">{t.trackEntry}</h2>} className="tracking-card">
        <Typography.Paragraph type="secondary">{t.trackEntryHint}</Typography.Paragraph>
        <ActualsGrid
          planId={plan.id}
          period={period}
          results={results.data}
          scores={scores.data}
          readOnly={readOnly}
          onSaved={reload}
        />
      </Card>
    </div>
  );
}
