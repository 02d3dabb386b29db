import { Card, Space, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { periodContains } from '../../../../src/domain/periods';
import type { ApiState } from '../../api/use-api';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n';
import { ActualsGrid } from './ActualsGrid';
import { pickedKpis } from './inbox-groups';
import { PeriodLockControl } from './PeriodLockControl';
import { PeriodSelect } from './PeriodSelect';
import { ResultsTable } from './ResultsTable';
import { ScoreSummary } from './ScoreSummary';
import { EntryNotice } from './TrackingNotice';
import type { TrackingRights } from './tracking-rights';
import type { Results, Scores } from './types';

interface Props {
  plan: { id: number; year: number };
  results: ApiState<Results> & { data: Results };
  rights: TrackingRights;
  period: string;
  setPeriod(p: string): void;
}

/** A period of the plan: its roll-ups, and the grid to enter its actuals for those who may. */
export function EntryView({ plan, results, rights, period, setPeriod }: Props) {
  const { t } = useI18n();
  // The inbox links here with the KPIs it asks for (`&kpi=AC1.1,AC1.3`); the grid picks them out.
  const [params] = useSearchParams();
  const kpiParam = params.getAll('kpi').join(',');
  const picked = useMemo(() => pickedKpis(new URLSearchParams({ kpi: kpiParam })), [kpiParam]);
  const scores = useApi<Scores>(`/api/plans/${plan.id}/scores?period=${period}`);
  const { reload: reloadResults } = results;
  const { reload: reloadScores } = scores;
  const reload = useCallback(() => {
    reloadResults();
    reloadScores();
  }, [reloadResults, reloadScores]);
  // A locked year or half closes the quarters and months inside it too.
  const locked = results.data.locks.some((l) => periodContains(l.period, period));

  return (
    <>
      <Space className="tracking-toolbar" wrap>
        <Typography.Text strong>{t.trackPeriod}</Typography.Text>
        <PeriodSelect year={plan.year} value={period} onChange={setPeriod} />
      </Space>
      <EntryNotice block={rights.enterBlock} />
      <PeriodLockControl planId={plan.id} period={period} locks={results.data.locks} onChanged={reload} />
      {scores.data && (
        <Card title={<h2 className="card-heading">{t.trackScores}</h2>} className="tracking-card">
          <ScoreSummary scores={scores.data} />
        </Card>
      )}
      {rights.enter && !locked ? (
        <Card title={<h2 className="card-heading">{t.trackEntry}</h2>} className="tracking-card">
          <Typography.Paragraph type="secondary">{t.trackEntryHint}</Typography.Paragraph>
          <ActualsGrid
            planId={plan.id}
            period={period}
            results={results.data}
            scores={scores.data}
            readOnly={false}
            picked={picked}
            onSaved={reload}
          />
        </Card>
      ) : (
        <Card title={<h2 className="card-heading">{t.trackActual}</h2>} className="tracking-card">
          <ResultsTable planId={plan.id} period={period} results={results.data} scores={scores.data} />
        </Card>
      )}
    </>
  );
}
