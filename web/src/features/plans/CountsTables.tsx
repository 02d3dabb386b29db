import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../i18n';
import { type Counts, perspectiveOrder, placementOf, themesInOrder } from './model';
import { perspectiveLabel } from './perspective-label';
import { usePlan } from './plan-context';

interface Row extends Counts {
  key: string;
  label: string;
}

function useColumns(first: string): ColumnsType<Row> {
  const { t } = useI18n();
  const num = (key: keyof Counts, title: string) => ({
    key,
    title,
    dataIndex: key,
    align: 'right' as const,
    width: 120,
  });
  return [
    { key: 'label', title: first, dataIndex: 'label' },
    num('objectives', t.colObjectives),
    num('ksfs', t.colKsfs),
    num('kpis', t.colKpis),
    num('actions', t.colActions),
  ];
}

function totalRow(rows: readonly Row[], label: string): Row {
  const sum = (k: keyof Counts) => rows.reduce((n, r) => n + r[k], 0);
  return {
    key: 'total',
    label,
    objectives: sum('objectives'),
    ksfs: sum('ksfs'),
    kpis: sum('kpis'),
    actions: sum('actions'),
  };
}

/** The counts a planner checks against the document's own ("9項策略目標，10項關鍵績效指標"). */
export function CountsTables() {
  const { t } = useI18n();
  const { plan, index } = usePlan();
  const byPerspective: Row[] = perspectiveOrder(plan).map((p) => ({
    key: p,
    label: `${perspectiveLabel(t, p)} ${p}`,
    ...index.countsOf(plan.objectives.filter((o) => o.perspective === p)),
  }));
  const byTheme: Row[] = themesInOrder(plan).map((theme) => ({
    key: `theme-${theme.id}`,
    label: `${theme.letter} ${theme.name}`,
    ...index.countsOf(plan.objectives.filter((o) => o.themeId === theme.id)),
  }));
  const cross = plan.objectives.filter((o) => placementOf(plan, o).kind === 'cross');
  const shared = plan.objectives.filter((o) => placementOf(plan, o).kind === 'shared');
  if (cross.length) byTheme.unshift({ key: 'cross', label: t.crossObjectives, ...index.countsOf(cross) });
  if (shared.length) byTheme.push({ key: 'shared', label: t.sharedObjectives, ...index.countsOf(shared) });

  const perspectiveColumns = useColumns(t.colPerspective);
  const themeColumns = useColumns(t.colTheme);
  const summary = (rows: readonly Row[]) => {
    const total = totalRow(rows, t.total);
    return (
      <Table.Summary.Row className="counts-total">
        <Table.Summary.Cell index={0}>{total.label}</Table.Summary.Cell>
        <Table.Summary.Cell index={1} align="right">
          {total.objectives}
        </Table.Summary.Cell>
        <Table.Summary.Cell index={2} align="right">
          {total.ksfs}
        </Table.Summary.Cell>
        <Table.Summary.Cell index={3} align="right">
          {total.kpis}
        </Table.Summary.Cell>
        <Table.Summary.Cell index={4} align="right">
          {total.actions}
        </Table.Summary.Cell>
      </Table.Summary.Row>
    );
  };
  const tables = [
    { key: 'perspective', title: t.countsByPerspective, columns: perspectiveColumns, rows: byPerspective },
    { key: 'theme', title: t.countsByTheme, columns: themeColumns, rows: byTheme },
  ];
  return (
    <>
      {tables.map((table) => (
        <section key={table.key}>
          <Typography.Title level={3}>{table.title}</Typography.Title>
          <Table<Row>
            size="small"
            pagination={false}
            columns={table.columns}
            dataSource={table.rows}
            summary={summary}
            data-testid={`counts-${table.key}`}
          />
        </section>
      ))}
    </>
  );
}
