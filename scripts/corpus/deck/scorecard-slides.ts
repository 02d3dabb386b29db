import type PptxGenJS from 'pptxgenjs';
import type { Perspective } from '../../../src/domain/codes';
import type { PlanDocument } from '../../../src/domain/plan-document';
import { FONT } from './map-draw';
import {
  blocksOf,
  type Column,
  columnsOf,
  heading,
  type ObjectiveBlock,
  paginate,
  withPerspectiveCells,
} from './scorecard-rows';
import { lineCount, textHeight } from './text-size';
import { type Locale, perspectiveName, rowOrder } from './words';

/**
 * Scorecard slides: PowerPoint tables with the header row repeated on every slide, one theme per
 * slide (continued on the next slides when long), or one perspective per slide with the counts
 * the deck states under that perspective's heading.
 */

export interface ScorecardOptions {
  locale: Locale;
  by: 'theme' | 'perspective';
  /** Rows per slide before the table continues on the next slide. */
  maxRows: number;
  /** 「本構面共計9項策略目標，10項關鍵績效指標」 under each perspective heading. */
  counts: boolean;
  newSlide: (title: string) => { slide: PptxGenJS.Slide; top: number };
}

const WEIGHT: Record<Column, number> = {
  perspective: 0.7,
  objective: 2,
  ksf: 2,
  kpi: 2.4,
  formula: 2.2,
  unit: 0.7,
  action: 2.6,
};

const TABLE = { x: 0.35, w: 12.6 };

function addTable(
  slide: PptxGenJS.Slide,
  top: number,
  cols: Column[],
  page: ObjectiveBlock[],
  o: ScorecardOptions,
): void {
  const total = cols.reduce((s, c) => s + WEIGHT[c], 0);
  const colW = cols.map((c) => (WEIGHT[c] / total) * TABLE.w);
  const fontSize = cols.length > 5 ? 9 : 10;
  const head: PptxGenJS.TableRow = cols.map((c) => ({
    text: heading(c, o.locale),
    options: { bold: true, fill: { color: '1F4E79' }, color: 'FFFFFF', align: 'center' },
  }));
  const rows = withPerspectiveCells(page, (p) => perspectiveName(p, o.locale));
  const body = rows.map((r) =>
    cols
      .filter((c) => r[c].rowSpan !== 0)
      .map((c) => ({
        text: r[c].text,
        options: {
          ...(r[c].rowSpan > 1 ? { rowspan: r[c].rowSpan } : {}),
          ...(c === 'perspective' ? { bold: true, fill: { color: 'DEEAF6' }, align: 'center' as const } : {}),
        },
      })),
  );
  const rowH = [
    0.35,
    ...rows.map((r) =>
      Math.max(
        0.3,
        ...cols.map((c, i) =>
          r[c].rowSpan === 1
            ? textHeight(lineCount(r[c].text, (colW[i] ?? 1) - 0.1, fontSize), fontSize, 0.1)
            : 0.3,
        ),
      ),
    ),
  ];
  slide.addTable([head, ...body], {
    x: TABLE.x,
    y: top,
    w: TABLE.w,
    colW,
    rowH,
    fontFace: FONT,
    fontSize,
    lang: 'zh-TW',
    valign: 'middle',
    border: { type: 'solid', pt: 0.75, color: '7F7F7F' },
    autoPage: false,
  });
}

const count = (plan: PlanDocument, p: Perspective) => {
  const objs = plan.objectives.filter((x) => x.perspective === p);
  const kpis = plan.kpis.filter((k) => objs.some((x) => x.code === k.objective));
  return [objs.length, kpis.length];
};

export function addScorecards(plan: PlanDocument, o: ScorecardOptions): void {
  const cols = columnsOf(plan);
  const order = rowOrder(plan);
  const sections: { title: string; blocks: ObjectiveBlock[]; note?: string }[] = [];
  if (o.by === 'theme') {
    for (const t of plan.themes) {
      const title =
        o.locale === 'en' ? `Strategic Theme ${t.letter}: ${t.name}` : `策略主題：${t.name}(${t.letter})`;
      sections.push({
        title,
        blocks: blocksOf(
          plan,
          plan.objectives.filter((x) => x.theme === t.letter),
          order,
        ),
      });
    }
    const shared = plan.objectives.filter((x) => !x.theme || !plan.themes.some((t) => t.letter === x.theme));
    if (shared.length)
      sections.push({
        title: o.locale === 'en' ? 'Objectives shared by all themes' : '共同策略目標',
        blocks: blocksOf(plan, shared, order),
      });
  } else {
    for (const p of order) {
      const [n, k] = count(plan, p);
      const title = `${plan.year}年平衡計分卡-${perspectiveName(p, o.locale)}構面`;
      sections.push({
        title,
        blocks: blocksOf(plan, plan.objectives, [p]),
        ...(o.counts ? { note: `本構面共計${n}項策略目標，${k}項關鍵績效指標` } : {}),
      });
    }
  }
  for (const s of sections) {
    if (!s.blocks.length) continue;
    paginate(s.blocks, o.maxRows).forEach((page, i) => {
      const { slide, top } = o.newSlide(s.title);
      let y = top;
      if (s.note && i === 0) {
        slide.addText(s.note, {
          x: 0.35,
          y,
          w: 12.6,
          h: 0.35,
          fontFace: FONT,
          fontSize: 12,
          lang: 'zh-TW',
          color: 'C00000',
        });
        y += 0.4;
      }
      addTable(slide, y, cols, page, o);
    });
  }
}
