import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../i18n';
import { AddElementButton, ElementControls } from '../editing/ElementControls';
import { nextChildCode, nextPosition } from '../editing/elements';
import { perspectiveLabel } from '../plans/perspective-label';
import type { ScorecardRow } from './rows';

/** 構面 | 策略目標 | 關鍵成功因素 | KPI | 計算公式及單位 | 行動方案, with merged cells as in the documents. */
export function ScorecardTable({ rows, caption }: { rows: ScorecardRow[]; caption: string }) {
  const { t } = useI18n();
  const columns: ColumnsType<ScorecardRow> = [
    {
      key: 'perspective',
      title: t.colPerspective,
      width: 112,
      className: 'sc-perspective',
      onCell: (r) => ({ rowSpan: r.perspectiveSpan }),
      render: (_, r) => perspectiveLabel(t, r.objective.perspective),
    },
    {
      key: 'objective',
      title: t.colObjectives,
      width: '18%',
      onCell: (r) => ({ rowSpan: r.objectiveSpan }),
      render: (_, r) => (
        <>
          <span data-objective={r.objective.code}>
            <Tag color="blue">{r.objective.code}</Tag>
            {r.objective.name}
          </span>
          <ElementControls kind="objective" element={r.objective} />
          <AddElementButton
            kind="kpi"
            label={t.addKpiTo(r.objective.code)}
            defaults={{ code: nextChildCode(r.objective.code, r.kpis), position: nextPosition(r.kpis) }}
          />
        </>
      ),
    },
    {
      key: 'ksf',
      title: t.colKsfs,
      width: '17%',
      onCell: (r) => ({ rowSpan: r.objectiveSpan }),
      render: (_, r) => (
        <>
          {r.ksfs.length > 0 && (
            <ul className="sc-list">
              {r.ksfs.map((k) => (
                <li key={k.id}>
                  <span className="sc-code">{k.code}</span> {k.name}
                  <ElementControls kind="ksf" element={k} />
                </li>
              ))}
            </ul>
          )}
          <AddElementButton
            kind="ksf"
            label={t.addKsfTo(r.objective.code)}
            defaults={{ objective: r.objective.code, position: nextPosition(r.ksfs) }}
          />
        </>
      ),
    },
    {
      key: 'kpi',
      title: t.colKpis,
      width: '18%',
      render: (_, r) =>
        r.kpi && (
          <>
            <span data-kpi={r.kpi.code}>
              <span className="sc-code">{r.kpi.code}</span> {r.kpi.name}
            </span>
            <ElementControls kind="kpi" element={r.kpi} />
          </>
        ),
    },
    {
      key: 'formula',
      title: t.colFormula,
      width: '18%',
      render: (_, r) =>
        r.kpi && (r.kpi.formula || r.kpi.unit || r.kpi.note) ? (
          <>
            {r.kpi.formula}
            {r.kpi.unit && <span className="sc-unit">{t.unitLabel(r.kpi.unit)}</span>}
            {r.kpi.note && (
              <span className="kpi-note" data-testid="kpi-note">
                {t.kpiNote(r.kpi.note)}
              </span>
            )}
          </>
        ) : null,
    },
    {
      key: 'actions',
      title: t.colActions,
      render: (_, r) => (
        <>
          {r.actions.length > 0 && (
            <ul className="sc-list">
              {r.actions.map((a) => (
                <li key={a.id}>
                  <span className="sc-code">{a.code}</span> {a.name}
                  <ElementControls kind="action" element={a} />
                </li>
              ))}
            </ul>
          )}
          {r.kpi && (
            <AddElementButton
              kind="action"
              label={t.addActionTo(r.kpi.code)}
              defaults={{ code: nextChildCode(r.kpi.code, r.actions), position: nextPosition(r.actions) }}
            />
          )}
        </>
      ),
    },
  ];
  return (
    <Table<ScorecardRow>
      className="scorecard-table"
      data-testid="scorecard-table"
      bordered
      size="small"
      pagination={false}
      columns={columns}
      dataSource={rows}
      tableLayout="fixed"
      title={() => <span className="sc-caption">{caption}</span>}
      locale={{ emptyText: t.scorecardsEmpty }}
    />
  );
}
