import { Alert, Button, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { periodContains, periodLabel, toPeriod } from '../../../../src/domain/periods';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useI18n } from '../../i18n';
import type { Dictionary } from '../../i18n/zh-TW';
import type { YearSummary } from './history-summary';
import { KpiLabel } from './KpiLabel';
import { LightTag } from './LightTag';
import { SaveConflict } from './SaveConflict';
import { TargetInput } from './TargetInput';
import {
  appliesTo,
  cellIssues,
  cellKey,
  cellKind,
  cellProblems,
  changedTargets,
  EMPTY_CELL,
  storedCells,
  type TargetCell,
  targetPeriods,
} from './target-cells';
import type { Results, TrackedKpi } from './types';

interface Props {
  planId: number;
  results: Results;
  /** Earlier years by KPI code and year, and the years to show; empty while loading. */
  history: Map<string, Map<number, YearSummary>>;
  historyYears: number[];
  editable: boolean;
  onSaved(): void;
}

/** A column heading short enough for a narrow column: 110年度, 第1季, 上半年, 3月. */
function shortLabel(t: Dictionary, period: string): string {
  const p = toPeriod(period);
  if (p.frequency === 'year') return t.trkYearColumn(p.year);
  if (p.frequency === 'half') return t.trkHalf(p.index);
  if (p.frequency === 'quarter') return t.trkQuarter(p.index);
  return t.trkMonth(p.index);
}

function kpiMeta(t: Dictionary, k: TrackedKpi): string {
  const polarity =
    {
      higher: t.trkPolarityHigher,
      lower: t.trkPolarityLower,
      range: t.trkPolarityRange,
      milestone: t.trkPolarityMilestone,
    }[k.polarity] ?? k.polarity;
  const frequency =
    { half: t.trkFreqHalf, quarter: t.trkFreqQuarter, month: t.trkFreqMonth }[k.frequency ?? ''] ??
    t.trkFreqYear;
  return [k.unit, polarity, frequency].filter(Boolean).join('・');
}

/** The year's targets of every KPI, one column per period, with earlier years' results beside them. */
export function TargetsGrid({ planId, results, history, historyYears, editable, onSaved }: Props) {
  const { t, locale } = useI18n();
  const stored = useMemo(() => storedCells(results.targets), [results.targets]);
  const periods = useMemo(() => targetPeriods(results), [results]);
  const [edits, setEdits] = useState(new Map<string, TargetCell>());
  const [error, setError] = useState<{ error: ApiError; keys: string[] }>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [problems, setProblems] = useState(new Map<string, Record<string, string[]>>());
  const [base, setBase] = useState(results);
  if (base !== results) {
    // Reloaded results (after a save or a conflict): start again from what is stored.
    setBase(results);
    setEdits(new Map());
    setError(undefined);
    setProblems(new Map());
  }
  const issues = useMemo(
    () => (error ? cellIssues(error.error.issues, error.keys) : problems),
    [error, problems],
  );
  const { entries, keys } = changedTargets(edits, stored);
  const locked = (period: string) => results.locks.some((l) => periodContains(l.period, period));
  const cellOf = (key: string) => edits.get(key) ?? stored.get(key) ?? EMPTY_CELL;

  const save = async () => {
    setError(undefined);
    // Bands are checked here first, so the message is in the user's language.
    const found = new Map<string, Record<string, string[]>>();
    for (const key of keys) {
      const fields = Object.entries(cellProblems(cellOf(key)));
      if (fields.length === 0) continue;
      found.set(
        key,
        Object.fromEntries(
          fields.map(([field, p]) => [
            field,
            [p === 'bandReversed' ? t.trkBandReversed : t.trkBandIncomplete],
          ]),
        ),
      );
    }
    setProblems(found);
    if (found.size > 0) return;
    setSaving(true);
    try {
      await api.put(`/api/plans/${planId}/targets`, { targets: entries });
      setSaved(true);
      onSaved();
    } catch (e) {
      setError({ error: e instanceof ApiError ? e : new ApiError(0, 'network', String(e)), keys });
    } finally {
      setSaving(false);
    }
  };

  const historyColumns: TableColumnsType<TrackedKpi> = historyYears.map((year) => ({
    key: `h-${year}`,
    title: t.trkHistoryYear(year),
    width: 150,
    className: 'history-col',
    render: (_, k) => {
      const y = history.get(k.code)?.get(year);
      if (!y) return <Typography.Text type="secondary">{t.trkHistoryNone}</Typography.Text>;
      return (
        <div className="history-cell" data-testid="history-cell">
          <div>
            {t.trkHistoryTarget} {y.target || t.trkHistoryNone}
          </div>
          <div>
            {t.trkHistoryActual} {y.actual ?? t.trkHistoryNone}{' '}
            {y.light !== 'none' && <LightTag light={y.light} achievement={y.achievement} />}
          </div>
        </div>
      );
    },
  }));

  const periodColumns: TableColumnsType<TrackedKpi> = periods.map((period) => ({
    key: period,
    title: shortLabel(t, period),
    width: 130,
    render: (_, k) => {
      const key = cellKey(k.code, period);
      const cell = cellOf(key);
      if (!appliesTo(k, period) && !stored.has(key)) {
        return (
          <Typography.Text type="secondary" title={t.trkNotApplicable} className="target-na">
            —
          </Typography.Text>
        );
      }
      return (
        <TargetInput
          code={k.code}
          label={periodLabel(period, locale)}
          kind={cellKind(k)}
          stages={(k.stages ?? []).map((s) => s.name)}
          cell={cell}
          readOnly={!editable || locked(period)}
          issues={issues.get(key)}
          onChange={(next) => {
            setSaved(false);
            setEdits((m) => new Map(m).set(key, next));
          }}
        />
      );
    },
  }));

  const columns: TableColumnsType<TrackedKpi> = [
    {
      key: 'kpi',
      title: 'KPI',
      width: 260,
      fixed: 'left',
      render: (_, k) => (
        <KpiLabel planId={planId} kpi={k} details={<div className="kpi-meta">{kpiMeta(t, k)}</div>} />
      ),
    },
    ...(historyColumns.length ? [{ key: 'history', title: t.trkHistory, children: historyColumns }] : []),
    ...periodColumns,
  ];
  const width = 260 + historyYears.length * 150 + periods.length * 130;

  return (
    <Space orientation="vertical" className="full-width">
      <Table
        size="small"
        bordered
        rowKey="code"
        dataSource={results.kpis}
        columns={columns}
        pagination={false}
        sticky
        scroll={{ x: width }}
        locale={{ emptyText: t.trkNoKpis }}
        rowClassName={(k) => (periods.some((p) => issues.has(cellKey(k.code, p))) ? 'row-error' : '')}
        data-testid="targets-grid"
      />
      {/* Kept in view at the foot of a long grid, with what became of the last save. */}
      <div className="grid-actions">
        {error?.error.kind === 'conflict' && <SaveConflict error={error.error} onReload={onSaved} />}
        {error && error.error.kind !== 'conflict' && issues.size === 0 && (
          <Alert type="error" showIcon role="alert" title={error.error.message} />
        )}
        {issues.size > 0 && <Alert type="error" showIcon role="alert" title={t.trkTargetErrors} />}
        {saved && entries.length === 0 && <Alert type="success" showIcon title={t.trkTargetsSaved} />}
        {editable && (
          <Button
            type="primary"
            onClick={save}
            loading={saving}
            disabled={entries.length === 0}
            data-testid="targets-save"
          >
            {t.trkSaveTargets(entries.length)}
          </Button>
        )}
      </div>
    </Space>
  );
}
