import type PptxGenJS from 'pptxgenjs';
import type { Light } from '../../domain/map-layout';
import { LIGHT_COLOURS } from '../../domain/map-layout/style';
import type { PlanDocument } from '../../domain/plan-document';
import { coded } from '../scorecard-model';
import {
  formatNumber,
  formatPercent,
  formatTarget,
  LIGHT_LABELS,
  type PlanResults,
  reportedKpis,
} from '../tracking';
import { cell, cellHeight, type Para } from './cells';
import { addText, CONTENT, frame, hex, MUTED, NAVY, RULE, SLIDE } from './deck';

/** 績效成果: each KPI's target, actual, achievement and light for the presented period. */

const COLUMNS = [2.6, 4.6, 1.5, 1.5, 1.3, 1.033] as const;
const HEADINGS = ['策略目標', '關鍵績效指標', '目標值', '實際值', '達成率', '燈號'];
const FONT = 11;

export function lightParas(light: Light): Para[] {
  return [
    {
      text: light === 'none' ? '—' : `● ${LIGHT_LABELS[light]}`,
      size: FONT,
      bold: true,
      color: light === 'none' ? MUTED : hex(LIGHT_COLOURS[light]),
    },
  ];
}

interface ResultRow {
  cells: Para[][];
  h: number;
}

function resultRows(plan: PlanDocument, results: PlanResults): ResultRow[] {
  const names = new Map(plan.kpis.map((k) => [k.code, k]));
  const objectives = new Map(plan.objectives.map((o) => [o.code, o.name]));
  let lastObjective = '';
  return reportedKpis(results).kpis.map((k) => {
    const kpi = names.get(k.code);
    const unit = kpi?.unit ? ` ${kpi.unit}` : '';
    const kpiParas: Para[] = [{ text: coded(k.code, kpi?.name ?? ''), size: FONT }];
    if (k.problem) kpiParas.push({ text: k.problem.zh, size: 9, color: MUTED });
    const objective =
      k.objective === lastObjective
        ? []
        : [{ text: coded(k.objective, objectives.get(k.objective) ?? ''), size: FONT }];
    lastObjective = k.objective;
    const cells: Para[][] = [
      objective,
      kpiParas,
      [{ text: k.target === null ? '—' : `${formatTarget(k.target)}${unit}`, size: FONT }],
      [{ text: k.actual === null ? '—' : `${formatNumber(k.actual)}${unit}`, size: FONT }],
      [{ text: formatPercent(k.achievement), size: FONT }],
      lightParas(k.light),
    ];
    const h = Math.max(...cells.map((c, i) => cellHeight(c, COLUMNS[i] ?? 1)));
    return { cells, h };
  });
}

export function addResultsSlides(
  pptx: PptxGenJS,
  plan: PlanDocument,
  results: PlanResults,
  footer: string,
): void {
  const header = HEADINGS.map((h) => [{ text: h, size: FONT, bold: true, color: 'FFFFFF' }]);
  const headerH = Math.max(...header.map((c, i) => cellHeight(c, COLUMNS[i] ?? 1)));
  const summaryH = 0.45;
  const avail = CONTENT.bottom - CONTENT.top - summaryH - headerH;
  const pages: ResultRow[][] = [[]];
  let used = 0;
  for (const row of resultRows(plan, results)) {
    const page = pages[pages.length - 1] as ResultRow[];
    if (page.length && used + row.h > avail) {
      pages.push([row]);
      used = row.h;
    } else {
      page.push(row);
      used += row.h;
    }
  }
  const overall = results.score.plan;
  pages.forEach((page, i) => {
    const slide = pptx.addSlide();
    const suffix = pages.length > 1 ? `（${i + 1}/${pages.length}）` : '';
    frame(slide, `績效成果　${results.label}${suffix}`, footer);
    const light = overall.light === 'none' ? '' : `　● ${LIGHT_LABELS[overall.light]}`;
    addText(
      slide,
      [
        { text: `整體達成率 ${formatPercent(overall.achievement)}`, options: { bold: true, color: NAVY } },
        {
          text: light,
          options: {
            bold: true,
            color: overall.light === 'none' ? MUTED : hex(LIGHT_COLOURS[overall.light]),
          },
        },
        { text: `　（${reportedKpis(results).summary}）`, options: { color: MUTED } },
      ],
      {
        x: SLIDE.margin,
        y: CONTENT.top - 0.05,
        w: SLIDE.w - 2 * SLIDE.margin,
        h: summaryH - 0.1,
        fontSize: 14,
        valign: 'middle',
      },
    );
    const rows: PptxGenJS.TableRow[] = [
      header.map((c) => cell(c, { fill: NAVY, align: 'center', valign: 'middle' })),
      ...page.map((r) =>
        r.cells.map((c, ci) => cell(c, { align: ci >= 2 ? 'center' : 'left', valign: 'middle' })),
      ),
    ];
    slide.addTable(rows, {
      x: SLIDE.margin,
      y: CONTENT.top + summaryH - 0.05,
      w: COLUMNS.reduce((a, b) => a + b, 0),
      colW: [...COLUMNS],
      rowH: [headerH, ...page.map((r) => r.h)],
      border: { type: 'solid', pt: 0.75, color: RULE },
      autoPage: false,
    });
  });
}
