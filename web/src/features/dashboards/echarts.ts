/**
 * ECharts with only what the dashboards draw (tree-shaken from `echarts/core`), drawn as SVG so
 * chart text stays selectable, printable and visible to tests. Loaded on demand by `EChart`,
 * which keeps it out of every page's initial code.
 */
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([
  BarChart,
  LineChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  VisualMapPiecewiseComponent,
  SVGRenderer,
]);

export { init };
