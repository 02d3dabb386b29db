import type { Perspective } from '../../../src/domain/codes';
import type { ObjectiveDoc, PlanDocument } from '../../../src/domain/plan-document';
import type { Locale } from './words';

/**
 * A scorecard as a table agencies draw it: a row per KPI, the objective's cell merged down over
 * its KPI rows (and its KSF when it has one), a KPI's formula, unit and actions beside it. The
 * rows of one objective are one block, so a table split over slides splits between objectives.
 */

export type Column = 'perspective' | 'objective' | 'ksf' | 'kpi' | 'formula' | 'unit' | 'action';

export interface ScoreCell {
  text: string;
  /** Rows this cell spans down; 0 when covered by the cell above. */
  rowSpan: number;
}

export interface ObjectiveBlock {
  perspective: Perspective;
  objective: ObjectiveDoc;
  /** One entry per row, one cell per column. */
  rows: Record<Column, ScoreCell>[];
}

const HEADINGS: Record<Locale, Record<Column, string>> = {
  'zh-TW': {
    perspective: '構面',
    objective: '策略目標',
    ksf: '關鍵成功因素(KSF)',
    kpi: '關鍵績效指標(KPI)',
    formula: '衡量公式',
    unit: '單位',
    action: '行動方案',
  },
  en: {
    perspective: 'Perspective',
    objective: 'Strategic Objective',
    ksf: 'Key Success Factor',
    kpi: 'KPI',
    formula: 'Formula',
    unit: 'Unit',
    action: 'Action Plan',
  },
};

export function heading(c: Column, locale: Locale): string {
  return HEADINGS[locale][c];
}

/** The columns this plan's scorecard needs: no KSF column for a plan without KSFs, and so on. */
export function columnsOf(plan: PlanDocument): Column[] {
  const cols: Column[] = ['perspective', 'objective'];
  if (plan.ksfs.length) cols.push('ksf');
  cols.push('kpi');
  if (plan.kpis.some((k) => k.formula)) cols.push('formula');
  if (plan.kpis.some((k) => k.unit)) cols.push('unit');
  if (plan.actions.length) cols.push('action');
  return cols;
}

const labelled = (code: string | null | undefined, name: string) => (code ? `${code} ${name}` : name);

export function objectiveBlock(plan: PlanDocument, o: ObjectiveDoc): ObjectiveBlock {
  const kpis = plan.kpis.filter((k) => k.objective === o.code);
  const ksfs = plan.ksfs.filter((k) => k.objective === o.code);
  const n = Math.max(1, kpis.length, ksfs.length > 1 ? ksfs.length : 1);
  const rows: ObjectiveBlock['rows'] = [];
  for (let i = 0; i < n; i++) {
    const kpi = kpis[i];
    const ksf = ksfs.length > 1 ? ksfs[i] : ksfs[0];
    const actions = kpi ? plan.actions.filter((a) => a.kpi === kpi.code) : [];
    const cell = (text: string, rowSpan = 1): ScoreCell => ({ text, rowSpan });
    rows.push({
      perspective: cell(''),
      objective: i === 0 ? cell(labelled(o.code, o.name), n) : cell('', 0),
      ksf:
        ksfs.length > 1
          ? cell(ksf ? labelled(ksf.code, ksf.name) : '')
          : i === 0
            ? cell(ksf ? labelled(ksf.code, ksf.name) : '', n)
            : cell('', 0),
      kpi: cell(kpi ? labelled(kpi.code, kpi.name) : ''),
      formula: cell(kpi?.formula ?? ''),
      unit: cell(kpi?.unit ?? ''),
      action: cell(actions.map((a) => labelled(a.code, a.name)).join('\n')),
    });
  }
  return { perspective: o.perspective, objective: o, rows };
}

/** Objectives in scorecard order: by theme as listed, then by perspective row, then as listed. */
export function blocksOf(
  plan: PlanDocument,
  objectives: ObjectiveDoc[],
  order: Perspective[],
): ObjectiveBlock[] {
  return order.flatMap((p) =>
    objectives.filter((o) => o.perspective === p).map((o) => objectiveBlock(plan, o)),
  );
}

/** Splits blocks into pages of at most `maxRows` rows, never inside an objective. */
export function paginate(blocks: ObjectiveBlock[], maxRows: number): ObjectiveBlock[][] {
  const pages: ObjectiveBlock[][] = [];
  let page: ObjectiveBlock[] = [];
  let rows = 0;
  for (const b of blocks) {
    if (page.length && rows + b.rows.length > maxRows) {
      pages.push(page);
      page = [];
      rows = 0;
    }
    page.push(b);
    rows += b.rows.length;
  }
  if (page.length) pages.push(page);
  return pages;
}

/** The perspective cell merged down over the rows of each perspective run on a page. */
export function withPerspectiveCells(
  page: ObjectiveBlock[],
  name: (p: Perspective) => string,
): Record<Column, ScoreCell>[] {
  const out: Record<Column, ScoreCell>[] = [];
  let i = 0;
  while (i < page.length) {
    const p = (page[i] as ObjectiveBlock).perspective;
    let j = i;
    while (j < page.length && (page[j] as ObjectiveBlock).perspective === p) j++;
    const rows = page.slice(i, j).flatMap((b) => b.rows.map((r) => ({ ...r })));
    rows.forEach((r, k) => {
      r.perspective = k === 0 ? { text: name(p), rowSpan: rows.length } : { text: '', rowSpan: 0 };
    });
    out.push(...rows);
    i = j;
  }
  return out;
}
