import { parseCode } from '../../../domain/codes';
import type { TableCell, TableFrame } from '../../pages';
import type { ColumnRole } from '../labels';
import { type CodeItem, joinWrapped, splitCodes } from '../tokens';
import { columnRole, SCORECARD_ROLES } from './words';

/**
 * Scorecard tables as drawn: an objective's cell merged down over its KPI rows, a KSF's over the
 * rows it serves, a KPI's over its action rows; a cell's text continued in the next row (a
 * formula, a name cut by the row break); a table continued on the next slide, its header
 * repeated or not, its first rows still under the previous slide's objective. Merges are
 * resolved through the table's spans, so each KPI row knows its objective and KSF and each
 * action its KPI, and continued text is joined to the cell it continues.
 */

export interface ScoreKpi {
  code: string;
  name: string;
  /** The definition cell as printed, continuations joined: formula, perhaps a unit and a note. */
  definition?: string;
  /** The unit column's text. */
  unit?: string;
  line: number | undefined;
}

export interface ScoreKsf {
  code: string | null;
  objective: string;
  name: string;
  line: number | undefined;
}

export interface ScoreAction {
  code: string;
  name: string;
  line: number | undefined;
}

export interface Misfiled {
  kpi: string;
  /** The objective whose merged cell spans the KPI's row. */
  objective: string;
  line: number | undefined;
}

export interface ScorecardReading {
  kpis: Map<string, ScoreKpi>;
  ksfs: ScoreKsf[];
  actions: Map<string, ScoreAction>;
  misfiled: Misfiled[];
}

export interface LocatedTable {
  table: TableFrame;
  /** The document line of a row, for findings. */
  lineOf: (row: number) => number | undefined;
}

function codesIn(text: string): CodeItem[] {
  return text.split('\n').flatMap((l) => splitCodes(l).items);
}

function headerRoles(row: TableCell[]): ColumnRole[] | null {
  if (row.some((c) => codesIn(c.text).length > 0)) return null;
  const roles: ColumnRole[] = [];
  row.forEach((c, i) => {
    roles.push(c.covered ? (roles[i - 1] ?? 'other') : columnRole(c.text.replace(/\n/g, ' ')));
  });
  const distinct = new Set(roles.filter((r) => SCORECARD_ROLES.has(r)));
  return distinct.size >= 2 && distinct.has('kpi') ? roles : null;
}

/** For every cell, the cell whose text it shows: itself, or the anchor of the merge covering it. */
function owners(rows: TableCell[][]): [number, number][][] {
  const own: ([number, number] | null)[][] = rows.map((r) => r.map(() => null));
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell.covered) return;
      for (let i = r; i < Math.min(rows.length, r + cell.rowSpan); i++)
        for (let j = c; j < Math.min(row.length, c + cell.colSpan); j++) {
          const slot = own[i];
          if (slot && (slot[j] === null || (i === r && j === c))) slot[j] = [r, c];
        }
    });
  });
  // A writer that marks covered cells without giving the anchor's span: vertical merges first.
  return own.map((row, r) =>
    row.map((o, c) => o ?? (r > 0 ? (own[r - 1]?.[c] ?? [r, c]) : c > 0 ? (row[c - 1] ?? [r, c]) : [r, c])),
  );
}

interface Parsed {
  items: CodeItem[];
  /** Lines before the first code: a continuation, or a name without a code. */
  lead: string;
}

/** A cell's paragraphs: each code starts an item, lines without one continue the item before. */
function parseCell(text: string): Parsed {
  const items: CodeItem[] = [];
  const lead: string[] = [];
  for (const line of text.split('\n')) {
    const s = splitCodes(line);
    if (s.items.length === 0) {
      const last = items[items.length - 1];
      if (last) last.name = joinWrapped([last.name, line]);
      else lead.push(line);
      continue;
    }
    if (s.prefix !== '' && items.length === 0) lead.push(s.prefix);
    items.push(...s.items.map((i) => ({ ...i })));
  }
  return { items, lead: joinWrapped(lead) };
}

class Reader {
  readonly out: ScorecardReading = { kpis: new Map(), ksfs: [], actions: new Map(), misfiled: [] };
  objective: string | null = null;
  kpi: ScoreKpi | null = null;
  ksf: ScoreKsf | null = null;
  action: ScoreAction | null = null;
  /** Rows read so far, and the row the last KSF text was in: only the next row continues it. */
  row = 0;
  ksfRow = -1;

  read(t: LocatedTable, roles: ColumnRole[], start: number): void {
    const rows = t.table.rows;
    const own = owners(rows);
    for (let r = start; r < rows.length; r++) {
      this.row++;
      const row = rows[r] as TableCell[];
      const line = t.lineOf(r);
      const cells = row.map((cell, c) => {
        const [or, oc] = own[r]?.[c] ?? [r, c];
        const merged = or !== r;
        return {
          role: roles[c] ?? 'other',
          merged,
          text: merged || cell.covered ? '' : cell.text.trim(),
          anchor: rows[or]?.[oc],
        };
      });
      const parsed = cells.map((c) => parseCell(c.text));
      const hasCode = parsed.some((p) => p.items.length > 0);
      const objectiveCell = cells.findIndex((c) => c.role === 'objective');
      const objectiveOwn =
        parsed[objectiveCell]?.items.find((i) => i.parsed.kind === 'objective')?.code ?? null;
      const objectiveMerged =
        objectiveCell >= 0 && cells[objectiveCell]?.merged
          ? (codesIn(cells[objectiveCell]?.anchor?.text ?? '').find((i) => i.parsed.kind === 'objective')
              ?.code ?? null)
          : null;
      const rowObjective = objectiveOwn ?? objectiveMerged;
      if (rowObjective) this.objective = rowObjective;
      const rowKpis: ScoreKpi[] = [];
      cells.forEach((c, i) => {
        if (c.role !== 'kpi') return;
        const p = parsed[i] as Parsed;
        for (const item of p.items.filter((x) => x.parsed.kind === 'kpi')) {
          const kpi: ScoreKpi = { code: item.code, name: item.name, line };
          this.out.kpis.set(kpi.code, kpi);
          rowKpis.push(kpi);
          if (rowObjective && item.parsed.objectiveCode !== rowObjective)
            this.out.misfiled.push({ kpi: item.code, objective: rowObjective, line });
        }
        if (p.items.length === 0 && p.lead !== '' && !hasCode && this.kpi)
          this.kpi.name = joinWrapped([this.kpi.name, p.lead]);
      });
      if (rowKpis.length > 0) {
        this.kpi = rowKpis[rowKpis.length - 1] as ScoreKpi;
        this.objective = parseCode(this.kpi.code)?.objectiveCode ?? this.objective;
      }
      cells.forEach((c, i) => {
        const p = parsed[i] as Parsed;
        if (c.text === '') return;
        if ((c.role === 'formula' || c.role === 'unit') && this.kpi && rowKpis.length <= 1)
          this.formulaOrUnit(c.role, c.text);
        else if (c.role === 'ksf')
          this.ksfCell(p, rowObjective, cells[objectiveCell]?.merged === true, hasCode, line);
        else if (c.role === 'action') this.actionCell(p, line);
      });
    }
  }

  private formulaOrUnit(role: 'formula' | 'unit', text: string): void {
    const kpi = this.kpi as ScoreKpi;
    const joined = joinWrapped(text.split('\n'));
    if (role === 'unit') kpi.unit = kpi.unit ? joinWrapped([kpi.unit, joined]) : joined;
    else kpi.definition = kpi.definition ? joinWrapped([kpi.definition, joined]) : joined;
  }

  private ksfCell(
    p: Parsed,
    rowObjective: string | null,
    objectiveMerged: boolean,
    hasCode: boolean,
    line: number | undefined,
  ): void {
    const objective = rowObjective ?? this.objective;
    const follows = this.ksfRow === this.row - 1;
    this.ksfRow = this.row;
    for (const item of p.items) {
      if (item.parsed.kind !== 'objective') continue;
      this.ksf = { code: item.code, objective: objective ?? item.code, name: item.name, line };
      this.out.ksfs.push(this.ksf);
    }
    if (p.items.length > 0 || p.lead === '' || !objective) return;
    // Without a code: the last KSF continued from the row just above, or a further KSF.
    if (!hasCode && !objectiveMerged && follows && this.ksf && this.ksf.objective === objective) {
      this.ksf.name = joinWrapped([this.ksf.name, p.lead]);
      return;
    }
    this.ksf = { code: null, objective, name: p.lead, line };
    this.out.ksfs.push(this.ksf);
  }

  private actionCell(p: Parsed, line: number | undefined): void {
    if (p.lead !== '' && this.action) this.action.name = joinWrapped([this.action.name, p.lead]);
    for (const item of p.items) {
      if (item.parsed.kind !== 'action') continue;
      this.action = { code: item.code, name: item.name, line };
      this.out.actions.set(item.code, this.action);
    }
  }
}

/**
 * Reads the scorecard tables of a part in document order. A table without a header continues the
 * scorecard before it when it has as many columns; one with a header continues it as well (the
 * header repeated on the next slide), so rows at its top stay under the previous objective.
 */
export function readScorecards(tables: LocatedTable[]): ScorecardReading {
  const reader = new Reader();
  let roles: ColumnRole[] | null = null;
  for (const t of tables) {
    const rows = t.table.rows;
    const at = rows.slice(0, 3).findIndex((r) => headerRoles(r) !== null);
    if (at >= 0) {
      roles = headerRoles(rows[at] as TableCell[]);
      reader.read(t, roles as ColumnRole[], at + 1);
    } else if (roles && rows[0]?.length === roles.length) reader.read(t, roles, 0);
    else roles = null;
  }
  return reader.out;
}
