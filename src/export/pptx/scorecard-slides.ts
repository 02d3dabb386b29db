import type PptxGenJS from 'pptxgenjs';
import { PERSPECTIVE_COLOURS } from '../../domain/map-layout/style';
import { groupTitle, perspectiveLabel, type ScorecardGroup } from '../scorecard-model';
import { cell } from './cells';
import { CONTENT, frame, hex, NAVY, RULE, SLIDE } from './deck';
import { COLUMNS, FONT, HEADER_H, type Piece, paginate } from './scorecard-pages';

const HEADINGS = ['構面', '策略目標', '關鍵成功因素', '關鍵績效指標', '行動方案'];

function tableRows(page: Piece[]): { rows: PptxGenJS.TableRow[]; heights: number[] } {
  const rows: PptxGenJS.TableRow[] = [
    HEADINGS.map((h) =>
      cell([{ text: h, size: FONT, bold: true, color: 'FFFFFF' }], {
        fill: NAVY,
        align: 'center',
        valign: 'middle',
      }),
    ),
  ];
  const heights = [HEADER_H];
  page.forEach((pc, i) => {
    const tint = PERSPECTIVE_COLOURS[pc.perspective];
    const startsRun = i === 0 || page[i - 1]?.perspective !== pc.perspective;
    let runRows = 0;
    if (startsRun) {
      for (let j = i; j < page.length && page[j]?.perspective === pc.perspective; j++) {
        runRows += page[j]?.rows.length ?? 0;
      }
    }
    const rowSum = pc.rows.reduce((s, r) => s + r.h, 0);
    pc.rows.forEach((r, k) => {
      const row: PptxGenJS.TableRow = [];
      if (k === 0) {
        if (startsRun) {
          row.push(
            cell([{ text: perspectiveLabel(pc.perspective), size: FONT, bold: true }], {
              fill: hex(tint.label),
              align: 'center',
              valign: 'middle',
              rowspan: runRows,
            }),
          );
        }
        const span = { rowspan: pc.rows.length, fill: hex(tint.row) };
        row.push(
          cell(
            pc.objective.map((p) => ({ ...p, bold: true })),
            span,
          ),
        );
        row.push(cell(pc.ksfs, { rowspan: pc.rows.length }));
      }
      row.push(cell(r.kpi), cell(r.actions));
      rows.push(row);
      heights.push(k === pc.rows.length - 1 ? r.h + (pc.h - rowSum) : r.h);
    });
  });
  return { rows, heights };
}

/** One or more slides per scorecard group, each table sized to the rows it holds. */
export function addScorecardSlides(pptx: PptxGenJS, group: ScorecardGroup, footer: string): number {
  const avail = CONTENT.bottom - CONTENT.top;
  const pages = paginate(group, avail);
  pages.forEach((page, i) => {
    const slide = pptx.addSlide();
    const suffix = pages.length > 1 ? `（${i + 1}/${pages.length}）` : '';
    frame(slide, `平衡計分卡　${groupTitle(group)}${suffix}`, footer);
    const { rows, heights } = tableRows(page);
    slide.addTable(rows, {
      x: SLIDE.margin,
      y: CONTENT.top,
      w: COLUMNS.reduce((a, b) => a + b, 0),
      colW: [...COLUMNS],
      rowH: heights,
      border: { type: 'solid', pt: 0.75, color: RULE },
      autoPage: false,
    });
  });
  return pages.length;
}
