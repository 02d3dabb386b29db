import { Alert, Card, Typography } from 'antd';
import { useMemo } from 'react';
import type { ApiState } from '../../api/use-api';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n';
import { historyByCode, historyYears } from './history-summary';
import { TargetsGrid } from './TargetsGrid';
import { TargetsNotice } from './TrackingNotice';
import type { TrackingRights } from './tracking-rights';
import type { PlanKpiHistory, Results } from './types';

interface Props {
  plan: { id: number; year: number };
  results: ApiState<Results> & { data: Results };
  rights: TrackingRights;
}

/** The year's targets, entered once as a grid; earlier years arrive in one request beside them. */
export function TargetsView({ plan, results, rights }: Props) {
  const { t } = useI18n();
  const history = useApi<PlanKpiHistory>(`/api/plans/${plan.id}/kpi-history`);
  const byCode = useMemo(() => historyByCode(history.data), [history.data]);
  const years = useMemo(() => historyYears(history.data, plan.year), [history.data, plan.year]);
  return (
    <>
      <TargetsNotice block={rights.targetsBlock} adminAdjusting={rights.adminAdjusting} />
      <Card title={<h2 className="card-heading">{t.trkTabTargets}</h2>} className="tracking-card">
        {rights.targets && <Typography.Paragraph type="secondary">{t.trkTargetsHint}</Typography.Paragraph>}
        {history.loading && !history.data && (
          <Typography.Paragraph type="secondary" role="status">
            {t.trkHistoryLoading}
          </Typography.Paragraph>
        )}
        {history.error && (
          <Alert className="tracking-notice" type="warning" showIcon title={t.trkHistoryFailed} />
        )}
        <TargetsGrid
          planId={plan.id}
          results={results.data}
          history={byCode}
          historyYears={years}
          editable={rights.targets}
          onSaved={results.reload}
        />
      </Card>
    </>
  );
}
