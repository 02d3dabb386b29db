import { Alert, Button, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useI18n } from '../../i18n';
import { changedEntries, type EntryRow, entryRows, rowIssues, targetText } from './entry-rows';
import { KpiLabel } from './KpiLabel';
import { LightTag } from './LightTag';
import { SaveConflict } from './SaveConflict';
import type { Results, Scores } from './types';

interface Props {
  planId: number;
  period: string;
  results: Results;
  scores: Scores | undefined;
  readOnly: boolean;
  /** KPI codes to scroll to and mark, e.g. those an inbox link asks for. */
  picked?: readonly string[];
  onSaved(): void;
}

const NONE: readonly string[] = [];

/** A period's actuals for every KPI of the plan; red results need an explanation and 改善措施. */
export function ActualsGrid({ planId, period, results, scores, readOnly, picked = NONE, onSaved }: Props) {
  const { t } = useI18n();
  const gridRef = useRef<HTMLDivElement>(null);
  const pickedSet = useMemo(() => new Set(picked), [picked]);
  // Scroll once per period and set of picked KPIs: a save reloading the rows must not jump back.
  const scrolledTo = useRef('');
  useEffect(() => {
    const key = `${period}|${picked.join(',')}`;
    if (picked.length === 0 || scrolledTo.current === key) return;
    const row = [...(gridRef.current?.querySelectorAll<HTMLElement>('tr[data-row-key]') ?? [])].find((tr) =>
      pickedSet.has(tr.dataset.rowKey ?? ''),
    );
    if (!row) return;
    scrolledTo.current = key;
    row.scrollIntoView({ block: 'center' });
  }, [period, picked, pickedSet]);
  const original = useMemo(() => entryRows(results, period), [results, period]);
  const [rows, setRows] = useState(original);
  const [error, setError] = useState<{ error: ApiError; index: number[] }>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [base, setBase] = useState(original);
  if (base !== original) {
    // New results or another period: start again from what is stored.
    setBase(original);
    setRows(original);
    setError(undefined);
  }
  const issues = useMemo(() => (error ? rowIssues(error.error.issues, error.index) : new Map()), [error]);
  const light = (code: string) => scores?.kpis.find((k) => k.code === code);
  const update = (i: number, patch: Partial<EntryRow>) => {
    setSaved(false);
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  const { entries, index } = changedEntries(rows, original);

  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await api.put(`/api/plans/${planId}/actuals`, { period, actuals: entries });
      setSaved(true);
      onSaved();
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'network', String(e));
      setError({ error: err, index });
    } finally {
      setSaving(false);
    }
  };

  const fieldError = (i: number, field: string) => issues.get(i)?.[field];
  const text = (
    i: number,
    field: 'note' | 'evidence' | 'explanation' | 'correctiveAction',
    label: string,
  ) => {
    const messages = fieldError(i, field);
    return (
      <>
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={rows[i]?.[field]}
          disabled={readOnly}
          aria-label={`${rows[i]?.kpi.code} ${label}`}
          status={messages ? 'error' : undefined}
          onChange={(e) => update(i, { [field]: e.target.value })}
          data-testid={`actual-${field}`}
        />
        {messages && (
          <Typography.Text type="danger" className="cell-error" role="alert">
            {messages.join('；')}
          </Typography.Text>
        )}
      </>
    );
  };

  return (
    <Space ref={gridRef} orientation="vertical" className="full-width">
      <Table
        size="small"
        rowKey={(r) => r.kpi.code}
        dataSource={rows}
        pagination={false}
        data-testid="actuals-grid"
        scroll={{ x: 1150 }}
        rowClassName={(r, i) =>
          [issues.has(i) ? 'row-error' : '', pickedSet.has(r.kpi.code) ? 'row-picked' : ''].join(' ').trim()
        }
        columns={[
          {
            title: 'KPI',
            width: 200,
            fixed: 'left',
            render: (_, r) => <KpiLabel planId={planId} kpi={r.kpi} />,
          },
          { title: t.trackTarget, width: 80, align: 'right', render: (_, r) => targetText(r) },
          {
            title: t.trackActual,
            width: 180,
            render: (_, r, i) => {
              const messages =
                fieldError(i, 'value') ??
                fieldError(i, 'stage') ??
                fieldError(i, 'inputs') ??
                fieldError(i, '');
              return (
                <Space orientation="vertical" size={2}>
                  {r.kpi.polarity === 'milestone' ? (
                    // A milestone reports the stage reached, one of those its form defines.
                    <Select
                      className="full-width actual-stage"
                      allowClear
                      value={r.stage ?? undefined}
                      disabled={readOnly}
                      aria-label={`${r.kpi.code} ${t.trackActual}`}
                      options={(r.kpi.stages ?? []).map((s) => ({ value: s.name, label: s.name }))}
                      onChange={(x: string | undefined) => update(i, { stage: x ?? null })}
                      data-testid="actual-stage"
                    />
                  ) : r.variables.length > 0 ? (
                    r.variables.map((v) => (
                      <InputNumber
                        key={v}
                        size="small"
                        className="full-width"
                        prefix={<span className="input-var">{v}</span>}
                        value={r.inputs[v]}
                        disabled={readOnly}
                        aria-label={`${r.kpi.code} ${v}`}
                        onChange={(x) => update(i, { inputs: { ...r.inputs, [v]: x ?? null } })}
                      />
                    ))
                  ) : (
                    <InputNumber
                      className="full-width"
                      value={r.value}
                      disabled={readOnly}
                      aria-label={`${r.kpi.code} ${t.trackActual}`}
                      onChange={(x) => update(i, { value: x ?? null })}
                      data-testid="actual-value"
                    />
                  )}
                  {r.variables.length > 0 && r.stored?.value != null && (
                    <Typography.Text type="secondary">= {r.stored.value}</Typography.Text>
                  )}
                  {messages && (
                    <Typography.Text type="danger" className="cell-error" role="alert">
                      {messages.join('；')}
                    </Typography.Text>
                  )}
                </Space>
              );
            },
          },
          {
            title: t.trackLight,
            width: 100,
            render: (_, r) => {
              const s = light(r.kpi.code);
              return s ? <LightTag light={s.light} achievement={s.achievement} /> : null;
            },
          },
          { title: t.trackNote, width: 130, render: (_, _r, i) => text(i, 'note', t.trackNote) },
          {
            title: t.trackEvidence,
            width: 130,
            render: (_, _r, i) => text(i, 'evidence', t.trackEvidence),
          },
          {
            title: t.trackExplanation,
            width: 160,
            render: (_, _r, i) => text(i, 'explanation', t.trackExplanation),
          },
          {
            title: t.trackCorrective,
            width: 160,
            render: (_, _r, i) => text(i, 'correctiveAction', t.trackCorrective),
          },
        ]}
      />
      {/* Kept in view at the foot of a long grid, with what became of the last save. */}
      <div className="grid-actions">
        {error?.error.kind === 'conflict' && <SaveConflict error={error.error} onReload={onSaved} />}
        {error && error.error.kind !== 'conflict' && issues.size === 0 && (
          <Alert type="error" showIcon role="alert" title={error.error.message} />
        )}
        {error && issues.size > 0 && <Alert type="error" showIcon role="alert" title={t.trackRowErrors} />}
        {saved && entries.length === 0 && <Alert type="success" showIcon title={t.trackSaved} />}
        {!readOnly && (
          <Button
            type="primary"
            onClick={save}
            loading={saving}
            disabled={entries.length === 0}
            data-testid="actuals-save"
          >
            {t.trackSave(entries.length)}
          </Button>
        )}
      </div>
    </Space>
  );
}
