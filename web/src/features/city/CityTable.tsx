import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link } from 'react-router';
import { useI18n } from '../../i18n';
import { LightTag } from '../tracking/LightTag';
import { compareScores, type HeatCell, type HeatRow } from './heatmap';

interface Props {
  rows: HeatRow[];
  columns: { letter: string | null; label: string }[];
  linkTo(row: HeatRow): string | null;
}

/** Printing shows every row, not the page on screen. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // The browser lays the page out for print right after `beforeprint`: render synchronously.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/** The heatmap's numbers as a table: sortable by any column, paged, each organisation a link. */
export function CityTable({ rows, columns, linkTo }: Props) {
  const { t } = useI18n();
  const printing = usePrinting();
  const [pageSize, setPageSize] = useState(50);
  const cellOf = (row: HeatRow, letter: string | null): HeatCell | undefined =>
    letter ? row.themes[letter] : row.overall;

  const tableColumns: ColumnsType<HeatRow> = [
    {
      title: t.cityColOrg,
      key: 'org',
      fixed: 'left',
      width: 240,
      sorter: (a, b) => a.org.localeCompare(b.org, 'zh-Hant-TW'),
      render: (_, row) => {
        const to = linkTo(row);
        return (
          <span className="city-org" style={{ paddingLeft: row.depth * 14 }}>
            {to ? (
              <Link to={to} aria-label={t.cityOpen(row.org)}>
                {row.org}
              </Link>
            ) : (
              row.org
            )}
          </span>
        );
      },
    },
    ...columns.map((c) => ({
      title: c.label,
      key: c.letter ?? '_overall',
      width: 140,
      sorter: (a: HeatRow, b: HeatRow, order?: 'ascend' | 'descend' | null) =>
        compareScores(
          cellOf(a, c.letter)?.achievement ?? null,
          cellOf(b, c.letter)?.achievement ?? null,
          order,
        ),
      render: (_: unknown, row: HeatRow) => {
        const cell = cellOf(row, c.letter);
        return cell ? <LightTag light={cell.light} achievement={cell.achievement} /> : null;
      },
    })),
  ];

  return (
    <Table
      size="small"
      rowKey="key"
      className="city-table"
      dataSource={rows}
      columns={tableColumns}
      scroll={{ x: 240 + columns.length * 140 }}
      pagination={
        printing
          ? false
          : {
              pageSize,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100, 200],
              onShowSizeChange: (_, size) => setPageSize(size),
              hideOnSinglePage: true,
            }
      }
      data-testid="city-table"
    />
  );
}
