import ExcelJS from 'exceljs';
import { normalizeCode } from '../../domain/codes';
import {
  PLAN_FORMAT,
  PLAN_STATUSES,
  type PlanDocument,
  PlanDocumentSchema,
} from '../../domain/plan-document';
import { checkPlanIntegrity } from '../../domain/plan-integrity';
import {
  codeOfLabel,
  LINK_HEADERS,
  LIST_SEPARATOR,
  OVERVIEW,
  PLAN_FROM_LABELS,
  ROLLUP_LABELS,
  SHEETS,
  STATUS_LABELS,
  THEME_HEADERS,
  WEIGHT_HEADERS,
} from '../../export/xlsx/sheets';
import { checkArchive } from '../archive/inspect-zip';
import { importErrorOfArchive } from '../errors';
import {
  type CellError,
  cellNumber,
  cellText,
  formatCellError,
  headerTexts,
  Problems,
  sameHeaders,
} from './cells';
import { readKpiSheet, readNotesSheet } from './kpi-sheet';
import { emptyScorecards, isScorecardSheet, parsePerspective, readScorecardSheet } from './scorecards';

/**
 * Imports a workbook written by `writeXlsx` — and edited by a planner since — back into a plan
 * document. Every problem names its cell (`'A 提升組織效能'!F7: "AC1-1" is not a KPI code`);
 * a workbook with any problem gives no plan at all, so nothing is half imported.
 */

export type WorkbookResult =
  | { ok: true; plan: PlanDocument }
  | { ok: false; errors: CellError[]; messages: string[] };

const fail = (errors: CellError[]): WorkbookResult => ({
  ok: false,
  errors,
  messages: errors.map(formatCellError),
});

/** Archive refusals said by the importer; `inflate: false` is the main thread's quick look. */
export function checkWorkbookArchive(
  bytes: Uint8Array,
  fileName: string,
  options: { inflate: boolean },
): void {
  checkArchive(bytes, { inflate: options.inflate, as: (e) => importErrorOfArchive(e, fileName) });
}

/**
 * A workbook that would expand too far, is encrypted or damaged is refused with an ImportError
 * before exceljs inflates any of it; every other problem comes back as cell errors.
 */
export async function readWorkbook(bytes: Uint8Array, fileName = 'workbook.xlsx'): Promise<WorkbookResult> {
  checkWorkbookArchive(bytes, fileName, { inflate: true });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return fail([
      { sheet: '(file)', cell: '', message: 'not an .xlsx workbook (save it as Excel Workbook .xlsx)' },
    ]);
  }
  const problems = new Problems();
  const overview = wb.getWorksheet(SHEETS.overview);
  if (!overview)
    return fail([{ sheet: SHEETS.overview, cell: '', message: `the sheet "${SHEETS.overview}" is missing` }]);
  const head = readOverview(overview, problems);

  const themes: Record<string, unknown>[] = [];
  const themeSheet = wb.getWorksheet(SHEETS.themes);
  if (themeSheet) readThemes(themeSheet, themes, problems);

  const cards = emptyScorecards();
  const objectiveSheet = new Map<string, string>();
  for (const ws of wb.worksheets) {
    if (isScorecardSheet(ws)) readScorecardSheet(ws, cards, problems, objectiveSheet);
  }
  const kpiSheet = wb.getWorksheet(SHEETS.kpis);
  const { kpis, tracking } = kpiSheet
    ? readKpiSheet(kpiSheet, cards, problems)
    : { kpis: [], tracking: { targets: [], actuals: [] } };
  const weights = wb.getWorksheet(SHEETS.weights);
  if (weights) readObjectiveWeights(weights, cards.objectives, problems);
  const notes = wb.getWorksheet(SHEETS.notes);
  if (notes) readNotesSheet(notes, tracking, problems);
  const links: { from: string; to: string }[] = [];
  const linkSheet = wb.getWorksheet(SHEETS.links);
  if (linkSheet) readLinks(linkSheet, links, problems);
  if (problems.list.length) return fail(problems.list);

  const raw = {
    format: PLAN_FORMAT,
    ...head,
    themes,
    objectives: cards.objectives,
    ksfs: cards.ksfs,
    kpis,
    actions: cards.actions,
    links,
    ...(tracking.targets.length ? { targets: tracking.targets } : {}),
    ...(tracking.actuals.length ? { actuals: tracking.actuals } : {}),
  };
  const parsed = PlanDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    return fail(parsed.error.issues.map((i) => located(problems, i.path as (string | number)[], i.message)));
  }
  const integrity = checkPlanIntegrity(parsed.data);
  if (integrity.length) return fail(integrity.map((p) => located(problems, p.path, p.message)));
  // Tracking fields ride along even before the plan schema knows them, so no entered value is lost.
  const plan = { ...raw, ...parsed.data } as PlanDocument;
  return { ok: true, plan };
}

function located(problems: Problems, path: (string | number)[], message: string): CellError {
  const at = problems.locate(path);
  return at ? { ...at, message } : { sheet: '(plan)', cell: '', message: `${path.join('.')}: ${message}` };
}

interface Head {
  org: { name: string; parent: string | null };
  year: number;
  title: string | null;
  issued: string | null;
  status?: string;
  mission: string;
  vision: string;
  coreValues: string[];
  perspectiveOrder?: string[];
  scoring?: Record<string, unknown>;
}

function readOverview(ws: ExcelJS.Worksheet, problems: Problems): Head {
  const values = new Map<string, { text: string | null; cell: ExcelJS.Cell }[]>();
  let label: string | null = null;
  for (let r = 1; r <= ws.rowCount; r++) {
    const a = cellText(ws.getCell(`A${r}`));
    if (a === OVERVIEW.counts) break;
    if (a) label = a;
    if (!label) continue;
    if (a && !Object.values(OVERVIEW).includes(a as never))
      problems.add(ws, `A${r}`, `"${a}" is not a field of ${SHEETS.overview}`);
    const list = values.get(label) ?? [];
    list.push({ text: cellText(ws.getCell(`B${r}`)), cell: ws.getCell(`B${r}`) });
    values.set(label, list);
  }
  const one = (l: string) => values.get(l)?.[0];
  const text = (l: string) => one(l)?.text ?? null;
  const name = text(OVERVIEW.org);
  if (!name) problems.add(ws, 'B1', `${OVERVIEW.org}: the organisation name is missing`);
  const yearCell = one(OVERVIEW.year)?.cell;
  const year = yearCell ? cellNumber(yearCell) : null;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 999) {
    problems.add(
      ws,
      yearCell?.address ?? 'B3',
      `${OVERVIEW.year}: "${text(OVERVIEW.year) ?? ''}" is not a ROC year such as 110`,
    );
  }
  const head: Head = {
    org: { name: name ?? '', parent: text(OVERVIEW.parent) },
    year: typeof year === 'number' ? year : 0,
    title: text(OVERVIEW.title),
    issued: text(OVERVIEW.issued),
    mission: text(OVERVIEW.mission) ?? '',
    vision: text(OVERVIEW.vision) ?? '',
    coreValues: (values.get(OVERVIEW.values) ?? []).map((v) => v.text).filter((v): v is string => v !== null),
  };
  const status = text(OVERVIEW.status);
  if (status) {
    const found = PLAN_STATUSES.find((s) => s === status || STATUS_LABELS[s] === status);
    if (found) head.status = found;
    else
      problems.add(
        ws,
        one(OVERVIEW.status)?.cell.address ?? 'B6',
        `"${status}" is not a status (${PLAN_STATUSES.join(', ')})`,
      );
  }
  const order = text(OVERVIEW.order);
  if (order) {
    const list = order.split(new RegExp(`[${LIST_SEPARATOR},，]`)).map((s) => parsePerspective(s.trim()));
    if (list.some((p) => p === null) || new Set(list).size !== 4) {
      problems.add(
        ws,
        one(OVERVIEW.order)?.cell.address ?? 'B1',
        `"${order}" must list 顧客 C、內部流程 P、學習成長 L、財務 F once each`,
      );
    } else head.perspectiveOrder = list as string[];
  }
  const scoring = readScoring(ws, one, problems);
  if (Object.keys(scoring).length) head.scoring = scoring;
  return head;
}

type Lookup = (label: string) => { text: string | null; cell: ExcelJS.Cell } | undefined;

function readScoring(ws: ExcelJS.Worksheet, one: Lookup, problems: Problems): Record<string, unknown> {
  const scoring: Record<string, unknown> = {};
  const num = (label: string) => {
    const hit = one(label);
    const n = hit ? cellNumber(hit.cell) : null;
    if (n === 'invalid')
      problems.add(ws, hit?.cell.address ?? 'B1', `${label}: "${hit?.text}" is not a number`);
    return typeof n === 'number' ? n : undefined;
  };
  const green = num(OVERVIEW.green);
  const yellow = num(OVERVIEW.yellow);
  if (green !== undefined || yellow !== undefined) {
    scoring.thresholds = {
      ...(green !== undefined ? { green } : {}),
      ...(yellow !== undefined ? { yellow } : {}),
    };
  }
  const cap = num(OVERVIEW.cap);
  if (cap !== undefined) scoring.cap = cap;
  for (const [label, field, labels] of [
    [OVERVIEW.rollup, 'rollup', ROLLUP_LABELS],
    [OVERVIEW.planFrom, 'planFrom', PLAN_FROM_LABELS],
  ] as const) {
    const hit = one(label);
    if (!hit?.text) continue;
    const code = codeOfLabel(labels, hit.text);
    if (code) scoring[field] = code;
    else
      problems.add(
        ws,
        hit.cell.address,
        `${label}: "${hit.text}" is not one of ${Object.values(labels).join('、')}`,
      );
  }
  const weights = one(OVERVIEW.perspectiveWeights);
  if (weights?.text) {
    const out: Record<string, number> = {};
    for (const part of weights.text.split(new RegExp(`[${LIST_SEPARATOR},，]`))) {
      const m = /^(.+?)\s*[=＝]\s*([\d.]+)$/.exec(part.trim().normalize('NFKC'));
      const p = m ? parsePerspective(m[1] ?? '') : null;
      if (!m || !p) {
        problems.add(
          ws,
          weights.cell.address,
          `${OVERVIEW.perspectiveWeights}: "${part}" is not written as 顧客 C=2`,
        );
        continue;
      }
      out[p] = Number(m[2]);
    }
    scoring.perspectiveWeights = out;
  }
  return scoring;
}

function readObjectiveWeights(
  ws: ExcelJS.Worksheet,
  objectives: { code: string; weight?: number }[],
  problems: Problems,
): void {
  if (!sameHeaders(headerTexts(ws.getRow(1), WEIGHT_HEADERS.length), WEIGHT_HEADERS)) {
    problems.add(ws, 'A1', `the header row must be ${WEIGHT_HEADERS.join(' | ')}`);
    return;
  }
  for (let r = 2; r <= ws.rowCount; r++) {
    const raw = cellText(ws.getRow(r).getCell(1));
    const weight = cellNumber(ws.getRow(r).getCell(3));
    if (!raw && weight === null) continue;
    const o = raw ? objectives.find((x) => x.code === normalizeCode(raw)) : undefined;
    if (!o) problems.add(ws, `A${r}`, `"${raw ?? ''}" is not an objective on a scorecard sheet`);
    else if (typeof weight !== 'number') problems.add(ws, `C${r}`, 'the weight must be a number');
    else o.weight = weight;
  }
}

function readThemes(ws: ExcelJS.Worksheet, out: Record<string, unknown>[], problems: Problems): void {
  if (!sameHeaders(headerTexts(ws.getRow(1), THEME_HEADERS.length), THEME_HEADERS)) {
    problems.add(ws, 'A1', `the header row must be ${THEME_HEADERS.join(' | ')}`);
    return;
  }
  for (let r = 2; r <= ws.rowCount; r++) {
    const v = Array.from({ length: THEME_HEADERS.length }, (_, i) => cellText(ws.getRow(r).getCell(i + 1)));
    if (v.every((x) => x === null)) continue;
    const [letter, name, org, parentLetter, , lead, members] = v;
    const weight = cellNumber(ws.getRow(r).getCell(8));
    if (weight === 'invalid')
      problems.add(ws, `H${r}`, `"${cellText(ws.getRow(r).getCell(8))}" is not a weight (a number)`);
    if (!letter) problems.add(ws, `A${r}`, 'a theme letter is needed (A, B, C…)');
    if (!name) problems.add(ws, `B${r}`, 'the theme needs a name');
    const yearCell = ws.getRow(r).getCell(5);
    const year = cellNumber(yearCell);
    if (year === 'invalid')
      problems.add(ws, `E${r}`, `"${cellText(yearCell)}" is not a ROC year such as 110`);
    if (org && !parentLetter)
      problems.add(ws, `D${r}`, `the letter of ${org}'s theme this one cascades from is missing`);
    problems.at(['themes', out.length], ws, `A${r}`);
    out.push({
      letter: letter ?? '',
      name: name ?? '',
      cascadesFrom:
        org && parentLetter
          ? { org, letter: parentLetter, year: typeof year === 'number' ? year : null }
          : null,
      lead,
      ...(members
        ? {
            members: members
              .split(LIST_SEPARATOR)
              .map((m) => m.trim())
              .filter(Boolean),
          }
        : {}),
      ...(typeof weight === 'number' ? { weight } : {}),
    });
  }
}

function readLinks(ws: ExcelJS.Worksheet, out: { from: string; to: string }[], problems: Problems): void {
  if (!sameHeaders(headerTexts(ws.getRow(1), LINK_HEADERS.length), LINK_HEADERS)) {
    problems.add(ws, 'A1', `the header row must be ${LINK_HEADERS.join(' | ')}`);
    return;
  }
  for (let r = 2; r <= ws.rowCount; r++) {
    const from = cellText(ws.getRow(r).getCell(1));
    const to = cellText(ws.getRow(r).getCell(3));
    if (!from && !to) continue;
    if (!from) problems.add(ws, `A${r}`, 'the cause objective code is missing');
    if (!to) problems.add(ws, `C${r}`, 'the effect objective code is missing');
    if (from && to) {
      problems.at(['links', out.length], ws, `A${r}`);
      out.push({ from: normalizeCode(from), to: normalizeCode(to) });
    }
  }
}
