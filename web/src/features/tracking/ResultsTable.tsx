import { Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../i18n';
import type { Dictionary } from '../../i18n/zh-TW';
import { type EntryRow, entryRows, targetText } from './entry-rows';
import { KpiLabel } from './KpiLabel';
import { LightTag } from './LightTag';
import type { Results, Scores } from './types';

const actualText = (r: EntryRow, t: Dictionary) => {
  const inputs = r.stored?.inputs;
  const value = r.stored?.value ?? r.stored?.stage ?? null;
  if (value === null) return '—';
  if (!inputs || Object.keys(inputs).length === 0) return String(value);
  return `${value}${t.aside(
    Object.entries(inputs)
      .map(([k, v]) => `${k} ${v}`)
      .join(t.listSeparator),
  )}`;
};

const evidence = (text: string) =>
  /^https?:\/\//i.test(text) ? (
    <Typography.Link href={text} target="_blank" rel="noreferrer">
      {text}
    </Typography.Link>
  ) : (
    text
  );

/** A period's results for reading: what the grid shows, without anything to type into. */
export function ResultsTable({
  planId,
  period,
  results,
  scores,
}: {
  planId: number;
  period: string;
  results: Results;
  scores: Scores | undefined;
}) {
  const { t } = useI18n();
  const rows = useMemo(() => entryRows(results, period), [results, period]);
  const light = (code: string) => scores?.kpis.find((k) => k.code === code);
  return (
    <Table
      size="small"
      rowKey={(r) => r.kpi.code}
      dataSource={rows}
      pagination={false}
      data-testid="results-table"
      scroll={{ x: 1100 }}
      columns={[
        {
          title: 'KPI',
          width: 240,
          fixed: 'left',
          render: (_, r) => <KpiLabel planId={planId} kpi={r.kpi} />,
        },
        { title: t.trackTarget, width: 80, align: 'right', render: (_, r) => targetText(r) },
        { title: t.trackActual, width: 140, align: 'right', render: (_, r) => actualText(r, t) },
        {
          title: t.trackLight,
          width: 100,
          render: (_, r) => {
            const s = light(r.kpi.code);
            return s ? <LightTag light={s.light} achievement={s.achievement} /> : null;
          },
        },
        { title: t.trackNote, width: 130, render: (_, r) => r.note },
        { title: t.trackEvidence, width: 130, render: (_, r) => evidence(r.evidence) },
        { title: t.trackExplanation, width: 160, render: (_, r) => r.explanation },
        { title: t.trackCorrective, width: 160, render: (_, r) => r.correctiveAction },
      ]}
    />
  );
}
