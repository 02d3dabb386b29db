import { Table, Tag } from 'antd';
import { CHANGE_COLOURS, changeLabel } from '../../components/change-kinds';
import { useI18n } from '../../i18n';
import type { DiffRow, DiffSide } from './types';

/** One year's side of a row: code and name, and the field's value when a field changed. */
function SideCell({ side, row, year }: { side: DiffSide | null; row: DiffRow; year: string }) {
  const { t, formatDate } = useI18n();
  if (!side)
    return (
      <span className="diff-missing">
        <span aria-hidden>—</span>
        <span className="cascade-sr-only">{t.compareMissing(year)}</span>
      </span>
    );
  return (
    <div className="diff-side">
      {(side.code || side.name) && (
        <div>
          {side.code && (
            <span className={row.change === 'recoded' ? 'diff-code diff-mark' : 'diff-code'}>
              {side.code}
            </span>
          )}{' '}
          <span className={row.change === 'renamed' ? 'diff-mark' : undefined}>{side.name}</span>
        </div>
      )}
      {side.value !== null && (
        <div className="diff-value">
          {!side.value ? t.none : row.field === 'issued' ? formatDate(side.value) : side.value}
        </div>
      )}
    </div>
  );
}

/** Rows of one element kind, the earlier year left, the later right, tinted by the kind of change. */
export function DiffTable({
  rows,
  leftYear,
  rightYear,
  caption,
}: {
  rows: DiffRow[];
  leftYear: string;
  rightYear: string;
  caption: string;
}) {
  const { t } = useI18n();
  return (
    <Table<DiffRow>
      size="small"
      className="diff-table"
      data-testid="diff-table"
      rowKey={(r) =>
        `${r.change}:${r.left?.code}:${r.right?.code}:${r.field}:${r.left?.name ?? r.right?.name}`
      }
      rowClassName={(r) => `diff-row diff-row-${r.change}`}
      dataSource={rows}
      pagination={false}
      tableLayout="fixed"
      aria-label={caption}
      columns={[
        {
          title: t.compareChange,
          key: 'change',
          width: 128,
          render: (_, r) => (
            <>
              <Tag color={CHANGE_COLOURS[r.change]} data-change={r.change}>
                {changeLabel(t, r.change)}
              </Tag>
              {r.field && <div className="diff-field">{t.diffField(r.field)}</div>}
            </>
          ),
        },
        {
          title: leftYear,
          key: 'left',
          render: (_, r) => <SideCell side={r.left} row={r} year={leftYear} />,
        },
        {
          title: rightYear,
          key: 'right',
          render: (_, r) => <SideCell side={r.right} row={r} year={rightYear} />,
        },
      ]}
    />
  );
}
