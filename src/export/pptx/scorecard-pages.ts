import type { Perspective } from '../../domain/codes';
import { coded, type ScorecardGroup, type ScorecardObjective } from '../scorecard-model';
import { cellHeight, LINE, type Para, paraLines } from './cells';
import { MUTED, PT } from './deck';

/**
 * Cuts a theme's scorecard into slide-sized pages. One table row per KPI; the objective and
 * its KSFs span the rows of their KPIs. An objective moves whole to the next page when it does
 * not fit; one taller than a page is split between KPIs (and a KPI between its action plans),
 * its objective repeated with （續）. Nothing is ever cut off at a slide's bottom.
 */

export const COLUMNS = [0.95, 2.35, 2.6, 3.0, 3.633] as const;
export const FONT = 11;
const SMALL = 9;

export interface Row {
  kpi: Para[];
  actions: Para[];
  h: number;
}

export interface Piece {
  perspective: Perspective;
  objective: Para[];
  ksfs: Para[];
  rows: Row[];
  /** Height of the piece; its last row takes up what the spanning cells need beyond the rows. */
  h: number;
}

const item = (code: string | null | undefined, name: string, size = FONT): Para => ({
  text: coded(code, name),
  size,
});

function kpiParas(k: ScorecardObjective['kpis'][number]['kpi']): Para[] {
  const paras: Para[] = [item(k.code, k.name)];
  const detail = [k.formula ? `公式：${k.formula}` : '', k.unit ? `單位：${k.unit}` : '']
    .filter(Boolean)
    .join('　');
  if (detail) paras.push({ text: detail, size: SMALL, color: MUTED });
  if (k.note) paras.push({ text: `備註：${k.note}`, size: SMALL, color: MUTED });
  return paras;
}

const rowOf = (kpi: Para[], actions: Para[]): Row => ({
  kpi,
  actions,
  h: Math.max(cellHeight(kpi, COLUMNS[3]), cellHeight(actions, COLUMNS[4])),
});

/** A cell that cannot fit a page even alone is set smaller and, as a last resort, shortened. */
function fitParas(paras: Para[], width: number, avail: number): Para[] {
  if (cellHeight(paras, width) <= avail) return paras;
  const smaller = paras.map((p) => ({ ...p, size: Math.min(p.size, 8) }));
  if (cellHeight(smaller, width) <= avail) return smaller;
  const out: Para[] = [];
  let used = 0.1;
  for (const p of smaller) {
    const lines = paraLines(p, width);
    const room = Math.floor(((avail - used) * PT) / (p.size * LINE));
    if (room <= 0) break;
    out.push(lines.length <= room ? p : { ...p, text: `${lines.slice(0, room).join('').slice(0, -1)}…` });
    used += (Math.min(room, lines.length) * p.size * LINE) / PT;
  }
  return out;
}

/** Rows of an objective, a KPI with more action plans than a page holds split into several. */
function rowsOf(o: ScorecardObjective, avail: number): Row[] {
  if (o.kpis.length === 0) return [rowOf([], [])];
  const rows: Row[] = [];
  for (const k of o.kpis) {
    const kpi = fitParas(kpiParas(k.kpi), COLUMNS[3], avail);
    const actions = k.actions.map((a) => fitParas([item(a.code, a.name)], COLUMNS[4], avail)[0] as Para);
    const cont: Para[] = [{ text: `${k.kpi.code}（續）`, size: FONT, color: MUTED }];
    let head = kpi;
    let chunk: Para[] = [];
    for (const a of actions) {
      if (chunk.length && rowOf(head, [...chunk, a]).h > avail) {
        rows.push(rowOf(head, chunk));
        head = cont;
        chunk = [];
      }
      chunk.push(a);
    }
    rows.push(rowOf(head, chunk));
  }
  return rows;
}

function piece(perspective: Perspective, objective: Para[], ksfs: Para[], rows: Row[]): Piece {
  const sum = rows.reduce((s, r) => s + r.h, 0);
  const h = Math.max(sum, cellHeight(objective, COLUMNS[1]), cellHeight(ksfs, COLUMNS[2]));
  return { perspective, objective, ksfs, rows, h };
}

function piecesOf(o: ScorecardObjective, avail: number): Piece[] {
  const p = o.objective.perspective;
  const objective = fitParas([item(o.objective.code, o.objective.name)], COLUMNS[1], avail);
  const ksfs = fitParas(
    o.ksfs.map((k) => item(k.code, k.name)),
    COLUMNS[2],
    avail,
  );
  const rows = rowsOf(o, avail);
  const whole = piece(p, objective, ksfs, rows);
  if (whole.h <= avail) return [whole];
  const cont: Para[] = [{ text: `${o.objective.code}（續）`, size: FONT, color: MUTED }];
  const pieces: Piece[] = [];
  let chunk: Row[] = [];
  for (const r of rows) {
    const first = pieces.length === 0;
    if (chunk.length && piece(p, first ? objective : cont, first ? ksfs : [], [...chunk, r]).h > avail) {
      pieces.push(piece(p, first ? objective : cont, first ? ksfs : [], chunk));
      chunk = [];
    }
    chunk.push(r);
  }
  const first = pieces.length === 0;
  pieces.push(piece(p, first ? objective : cont, first ? ksfs : [], chunk));
  return pieces;
}

export const HEADER_H = cellHeight([{ text: '關鍵績效指標', size: FONT, bold: true }], COLUMNS[0]);

/** Pages of pieces; `avail` is the height in inches a table body may take on one slide. */
export function paginate(group: ScorecardGroup, avail: number): Piece[][] {
  const body = avail - HEADER_H;
  const pages: Piece[][] = [];
  let page: Piece[] = [];
  let used = 0;
  for (const o of group.objectives) {
    for (const pc of piecesOf(o, body)) {
      if (page.length && used + pc.h > body) {
        pages.push(page);
        page = [];
        used = 0;
      }
      page.push(pc);
      used += pc.h;
    }
  }
  if (page.length || pages.length === 0) pages.push(page);
  return pages;
}
