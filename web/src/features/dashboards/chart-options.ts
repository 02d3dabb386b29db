import type { EChartsCoreOption } from 'echarts/core';
import type { Light } from '../../../../src/domain/scoring/types';
import { LIGHT_FILL, TARGET_COLOUR, TEXT_COLOUR } from './chart-style';
import type { Trend } from './trend';
import type { Thresholds } from './types';

const percent = (a: number) => Math.round(a * 1000) / 10;

export interface ScoreBar {
  label: string;
  achievement: number | null;
  light: Light;
}

/**
 * Horizontal bars of achievement in per cent, one per theme or perspective, coloured by light,
 * with the green and yellow thresholds as dashed lines. N/A has no bar and says so.
 */
export function scoreBarsOption(
  bars: ScoreBar[],
  thresholds: Thresholds,
  text: { font: string; na: string; green: string; yellow: string },
): EChartsCoreOption {
  const values = bars.map((b) => (b.achievement === null ? null : percent(b.achievement)));
  const max = Math.max(120, ...values.map((v) => v ?? 0));
  return {
    animation: false,
    textStyle: { fontFamily: text.font, color: TEXT_COLOUR },
    grid: { left: 8, right: 64, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: Math.ceil(max / 10) * 10, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.label),
      axisLabel: { width: 150, overflow: 'truncate', fontSize: 13 },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        data: bars.map((b, i) => ({
          value: values[i],
          itemStyle: { color: LIGHT_FILL[b.light] },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value: number | null }) => (p.value == null ? text.na : `${p.value}%`),
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed' },
          label: { position: 'start', formatter: '{b}', fontSize: 11 },
          data: [
            { name: text.green, xAxis: percent(thresholds.green), lineStyle: { color: LIGHT_FILL.green } },
            { name: text.yellow, xAxis: percent(thresholds.yellow), lineStyle: { color: LIGHT_FILL.yellow } },
          ],
        },
      },
    ],
  };
}

/**
 * A KPI's actuals per period as a line and its target as a dashed line (a band as two lines),
 * broken wherever there is no value, with a vertical line where each year begins.
 */
export function trendOption(
  trend: Trend,
  labels: string[],
  text: {
    font: string;
    unit: string | null;
    actual: string;
    target: string;
    targetMin: string;
    targetMax: string;
    tooltip(index: number): string;
  },
): EChartsCoreOption {
  const pts = trend.points;
  const line = (name: string, data: (number | null)[], colour: string, dashed: boolean) => ({
    name,
    type: 'line',
    data,
    connectNulls: false,
    showSymbol: true,
    symbol: dashed ? 'rect' : 'circle',
    symbolSize: dashed ? 5 : 8,
    lineStyle: { color: colour, type: dashed ? 'dashed' : 'solid', width: dashed ? 2 : 3 },
    itemStyle: { color: colour },
  });
  const series = trend.hasRange
    ? [
        line(
          text.targetMin,
          pts.map((p) => p.targetMin ?? p.target),
          TARGET_COLOUR,
          true,
        ),
        line(
          text.targetMax,
          pts.map((p) => p.targetMax ?? p.target),
          TARGET_COLOUR,
          true,
        ),
      ]
    : [
        line(
          text.target,
          pts.map((p) => p.target),
          TARGET_COLOUR,
          true,
        ),
      ];
  const actual = {
    ...line(
      text.actual,
      pts.map((p) => p.actual),
      '#334e68',
      false,
    ),
    // Each point in its light's colour, so a red quarter stands out on the line.
    data: pts.map((p) => ({ value: p.actual, itemStyle: { color: LIGHT_FILL[p.light] } })),
  };
  return {
    animation: false,
    textStyle: { fontFamily: text.font, color: TEXT_COLOUR },
    legend: { top: 0, textStyle: { fontFamily: text.font } },
    tooltip: {
      trigger: 'axis',
      formatter: (params: { dataIndex: number }[]) => text.tooltip(params[0]?.dataIndex ?? 0),
    },
    grid: { left: 12, right: 24, top: 40, bottom: 12, containLabel: true },
    xAxis: {
      type: 'category',
      data: labels,
      axisLabel: { interval: 0, hideOverlap: true, lineHeight: 16 },
      splitLine: {
        show: true,
        interval: (index: number) => trend.yearStarts.includes(index),
        lineStyle: { color: '#9aa5b1', type: 'dashed' },
      },
    },
    yAxis: { type: 'value', name: text.unit ?? '', scale: false, nameTextStyle: { align: 'left' } },
    series: [...series, actual],
  };
}
