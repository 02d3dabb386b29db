import type { ECElementEvent } from 'echarts/core';
import { useMemo } from 'react';
import { useI18n } from '../../i18n';
import { chartFont } from '../dashboards/chart-style';
import { EChart } from '../dashboards/EChart';
import { type HeatRow, toPercent } from './heatmap';
import { heatmapHeight, heatmapOption, VISIBLE_ROWS } from './heatmap-option';

interface Props {
  rows: HeatRow[];
  columns: { letter: string | null; label: string }[];
  onOpen(row: HeatRow): void;
}

/** The heatmap; a click on a cell or an organisation's name opens that organisation's dashboard. */
export function CityHeatmap({ rows, columns, onOpen }: Props) {
  const { t } = useI18n();
  const option = useMemo(() => {
    const word = { green: t.lightGreen, yellow: t.lightYellow, red: t.lightRed, none: t.lightNone };
    return heatmapOption(rows, columns, {
      font: chartFont(),
      tooltip: (row, x) => {
        const column = columns[x];
        const cell = column?.letter ? row.themes[column.letter] : row.overall;
        if (!column || !cell) return '';
        const value = cell.achievement === null ? t.dashNa : `${toPercent(cell.achievement)}%`;
        // Organisation names come from documents: escaped before they go into the tooltip's HTML.
        return `${escapeHtml(row.org)}<br/>${escapeHtml(t.labelled(column.label, value))}${t.aside(word[cell.light])}`;
      },
    });
  }, [rows, columns, t]);

  const click = (e: ECElementEvent) => {
    const row =
      e.componentType === 'yAxis'
        ? rows.find((r) => r.org === (e as unknown as { value: string }).value)
        : Array.isArray(e.value)
          ? rows[Number(e.value[1])]
          : undefined;
    if (row) onOpen(row);
  };

  return (
    <EChart
      option={option}
      height={heatmapHeight(rows.length)}
      label={t.cityHeatmapChart(rows.length)}
      onClick={click}
      className={`city-heatmap${rows.length > VISIBLE_ROWS ? ' city-heatmap-scrolls' : ''}`}
      testId="city-heatmap"
    />
  );
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
