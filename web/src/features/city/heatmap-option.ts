import type { EChartsCoreOption } from 'echarts/core';
import type { Light } from '../../../../src/domain/scoring/types';
import { LIGHT_TINT, TEXT_COLOUR } from '../dashboards/chart-style';
import { type HeatRow, heatCells } from './heatmap';

/** Rows shown at once; more scroll (wheel or slider) so that 300 organisations stay legible. */
export const VISIBLE_ROWS = 20;
/** A cell's light travels as a number (the visual map's fourth dimension). */
const LIGHTS: Light[] = ['green', 'yellow', 'red', 'none'];
const ROW_HEIGHT = 30;

export function heatmapHeight(rows: number): number {
  return Math.min(Math.max(rows, 1), VISIBLE_ROWS) * ROW_HEIGHT + 64;
}

/**
 * Organisations (rows, tree order) by the plan score and the city themes (columns); each cell
 * its achievement in per cent on its light's tint, N/A left blank.
 */
export function heatmapOption(
  rows: HeatRow[],
  columns: { letter: string | null; label: string }[],
  text: { font: string; tooltip(row: HeatRow, column: number): string },
): EChartsCoreOption {
  const letters = columns.flatMap((c) => (c.letter ? [c.letter] : []));
  const cells = heatCells(rows, letters);
  const scrolls = rows.length > VISIBLE_ROWS;
  return {
    animation: false,
    textStyle: { fontFamily: text.font, color: TEXT_COLOUR },
    tooltip: {
      trigger: 'item',
      formatter: (p: { value: [number, number, number, number] }) => {
        const row = rows[p.value[1]];
        return row ? text.tooltip(row, p.value[0]) : '';
      },
    },
    grid: { left: 8, right: scrolls ? 48 : 16, top: 8, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      position: 'top',
      data: columns.map((c) => c.label),
      splitArea: { show: true },
      axisLabel: { interval: 0, width: 96, overflow: 'break', fontSize: 12, lineHeight: 15 },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.org),
      triggerEvent: true,
      axisLabel: { width: 190, overflow: 'truncate', fontSize: 13, color: '#1d5fa8' },
    },
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 3,
      pieces: LIGHTS.map((light, i) => ({ value: i, color: LIGHT_TINT[light] })),
    },
    dataZoom: scrolls
      ? [
          {
            type: 'slider',
            yAxisIndex: 0,
            right: 8,
            width: 20,
            startValue: 0,
            endValue: VISIBLE_ROWS - 1,
            showDetail: false,
            brushSelect: false,
            zoomLock: true,
          },
          {
            type: 'inside',
            yAxisIndex: 0,
            startValue: 0,
            endValue: VISIBLE_ROWS - 1,
            // Not zoomLock: ECharts listens to the wheel only when this one may zoom; the wheel moves instead.
            zoomOnMouseWheel: false,
            moveOnMouseWheel: true,
          },
        ]
      : [],
    series: [
      {
        type: 'heatmap',
        data: cells.map((c) => [c.x, c.y, c.percent, LIGHTS.indexOf(c.light)]),
        label: { show: true, formatter: (p: { value: number[] }) => `${p.value[2]}%`, fontSize: 12 },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        emphasis: { itemStyle: { borderColor: '#1f2933', borderWidth: 2 } },
      },
    ],
  };
}
