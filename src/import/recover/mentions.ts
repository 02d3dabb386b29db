import { type Perspective, parseCode } from '../../domain/codes';
import type { Block, SourceLine, SourceRow, TableBlock, TextBlock } from '../source';
import { applyDefinition, kpiDetailLine } from './kpi-lines';
import { type ColumnRole, fieldLabel, headerRole, isSectionWord, perspectiveLabel } from './labels';
import { isLinkText } from './links';
import { readContextLine } from './orgs';
import { parseThemeItem } from './theme-items';
import { type CodeItem, closeCjkGaps, hasCode, joinWrapped, splitCodes } from './tokens';

/**
 * Every place a code is printed with a name, wherever the layout put it. Which objective, KPI or
 * action a code stands for is decided later from all mentions together; here we only record
 * what the document says and where, plus the row labels that contradict the codes.
 */

export type MentionKind = 'objective' | 'ksf' | 'kpi' | 'action';

export interface Mention {
  kind: MentionKind;
  /** Normalised code; '' for a KSF printed without one. */
  code: string;
  name: string;
  line: number;
  /** 2 in a scorecard table (next to KPIs), 1 in a map or list: the table wins a tie. */
  priority: number;
  /** For a KSF: the objective of the row it was found in. */
  objective?: string;
  formula?: string;
  unit?: string;
  /** What the document printed after the formula: 「（以上各數均含保留款）」. */
  note?: string;
}

export interface LabelMismatch {
  line: number;
  labels: Perspective[];
  codes: string[];
}

export interface Mentions {
  items: Mention[];
  mismatches: LabelMismatch[];
  /** Perspective labels in the order the map first prints them. */
  perspectiveOrder: Perspective[];
}

const NAME_ROLES: ReadonlySet<ColumnRole> = new Set(['name', 'objective', 'kpi', 'action', 'other']);
const HEADER_ROLES: ReadonlySet<ColumnRole> = new Set([
  'objective',
  'ksf',
  'kpi',
  'action',
  'formula',
  'unit',
  'perspective',
  'code',
  'name',
]);

function readHeader(row: SourceRow): ColumnRole[] | null {
  if (row.cells.some((c) => hasCode(c.text))) return null;
  const roles = row.cells.map((c) => headerRole(c.text));
  if (roles.filter((r) => HEADER_ROLES.has(r)).length < 2) return null;
  // An empty header cell sits under a merged cell: it continues its left neighbour's column.
  return roles.map((r, i) => {
    if (r !== 'other' || (row.cells[i]?.text ?? '') !== '') return r;
    for (let j = i - 1; j >= 0; j--) if ((row.cells[j]?.text ?? '') !== '') return roles[j] ?? 'other';
    return 'other';
  });
}

class Collector {
  readonly items: Mention[] = [];
  readonly mismatches: LabelMismatch[] = [];
  readonly order: Perspective[] = [];

  seeLabel(p: Perspective) {
    if (!this.order.includes(p)) this.order.push(p);
  }

  mismatch(line: number, labels: Perspective[], codes: string[]) {
    if (codes.length === 0 || labels.length === 0) return;
    const existing = this.mismatches.find((m) => m.line === line);
    if (existing) existing.codes.push(...codes.filter((c) => !existing.codes.includes(c)));
    else this.mismatches.push({ line, labels, codes: [...codes] });
  }

  add(m: Mention): Mention {
    this.items.push(m);
    return m;
  }
}

function tableMentions(block: TableBlock, out: Collector) {
  let roles: ColumnRole[] | null = null;
  let sectionLabel: Perspective | null = null;
  let lastObjective: string | null = null;
  let scorecard = false;
  for (const row of block.rows) {
    const header = readHeader(row);
    if (header) {
      roles = header;
      scorecard = header.some((r) => r === 'kpi' || r === 'ksf' || r === 'action');
      sectionLabel = null;
      lastObjective = null;
      continue;
    }
    const splits = row.cells.map((c) =>
      isLinkText(c.text) ? { prefix: '', items: [] } : splitCodes(c.text),
    );
    const labels: Perspective[] = [];
    splits.forEach((s, i) => {
      const whole = s.items.length === 0 ? perspectiveLabel(row.cells[i]?.text ?? '') : null;
      const prefix = s.items.length > 0 ? perspectiveLabel(s.prefix) : null;
      const p = whole ?? prefix;
      if (p && !labels.includes(p)) labels.push(p);
    });
    for (const p of labels) out.seeLabel(p);
    const anyCode = splits.some((s) => s.items.length > 0);
    if (!anyCode) {
      const filled = row.cells.filter((c) => c.text !== '');
      if (filled.length > 0 && filled.every((c) => perspectiveLabel(c.text) !== null))
        sectionLabel = labels[0] ?? null;
      continue;
    }
    const rowKpis = splits.flatMap((s) => s.items.filter((i) => i.parsed.kind === 'kpi'));
    const priority = scorecard || rowKpis.length > 0 ? 2 : 1;
    const objectives: Mention[] = [];
    const ksfs: Mention[] = [];
    const kpis: Mention[] = [];
    splits.forEach((split, ci) => {
      const role = roles?.[ci];
      const cell = row.cells[ci];
      if (!cell) return;
      if (split.items.length === 0) {
        if (role === 'ksf' && cell.text !== '' && perspectiveLabel(cell.text) === null) {
          ksfs.push(
            out.add({ kind: 'ksf', code: '', name: closeCjkGaps(cell.text), line: row.line, priority }),
          );
        }
        return;
      }
      split.items.forEach((item: CodeItem) => {
        let name = item.name;
        if (name === '' && split.items.length === 1) {
          const next = row.cells[ci + 1];
          const nextRole = roles?.[ci + 1] ?? 'other';
          if (
            next &&
            !hasCode(next.text) &&
            perspectiveLabel(next.text) === null &&
            NAME_ROLES.has(nextRole)
          ) {
            name = closeCjkGaps(next.text);
          }
        }
        const base = { code: item.code, name, line: row.line, priority };
        if (item.parsed.kind === 'kpi') kpis.push(out.add({ kind: 'kpi', ...base }));
        else if (item.parsed.kind === 'action') out.add({ kind: 'action', ...base });
        else if (role === 'ksf' || (!roles && objectives.some((o) => o.code === item.code))) {
          ksfs.push(out.add({ kind: 'ksf', ...base }));
        } else objectives.push(out.add({ kind: 'objective', ...base }));
      });
    });
    row.cells.forEach((cell, ci) => {
      const role = roles?.[ci];
      if ((role !== 'formula' && role !== 'unit') || cell.text === '' || kpis.length !== 1) return;
      const kpi = kpis[0] as Mention;
      if (role === 'unit') kpi.unit = cell.text;
      else applyDefinition(kpi, cell.text);
    });
    const distinct = [...new Set(objectives.map((o) => o.code))];
    const rowObjective: string | null =
      rowKpis[0]?.parsed.objectiveCode ??
      (distinct.length === 1 ? (distinct[0] ?? null) : objectives.length === 0 ? lastObjective : null);
    for (const k of ksfs) k.objective = rowObjective ?? (k.code === '' ? undefined : k.code);
    lastObjective = rowObjective ?? lastObjective;
    const check = labels.length > 0 ? labels : sectionLabel ? [sectionLabel] : [];
    const wrong = objectives.filter((o) => !check.includes(parseCode(o.code)?.perspective ?? 'C'));
    if (check.length > 0)
      out.mismatch(
        row.line,
        check,
        wrong.map((o) => o.code),
      );
  }
}

const MODE_WORDS = /^(策略目標|關鍵成功因素|KSF|關鍵績效指標|KPI|行動方案)$/i;

function continues(line: SourceLine): boolean {
  const t = line.text;
  return (
    line.heading === 0 &&
    !line.bullet &&
    perspectiveLabel(t) === null &&
    fieldLabel(t) === null &&
    !isSectionWord(t) &&
    readContextLine(t) === null &&
    !parseThemeItem(t)?.letter
  );
}

interface TextState {
  label: Perspective | null;
  labelLine: number;
  lastWasLabel: boolean;
  labelRun: boolean;
  mode: 'objective' | 'ksf';
  lastKpi: Mention | null;
  /** The previous block ended with a KPI or its details: its formula may follow in this block. */
  kpiOpen: boolean;
}

function textMentions(block: TextBlock, out: Collector, st: TextState) {
  const kpiOpen = st.kpiOpen;
  st.kpiOpen = false;
  const only = block.lines.length === 1 ? block.lines[0] : undefined;
  const label = only ? perspectiveLabel(only.text) : null;
  if (only && label) {
    out.seeLabel(label);
    st.labelRun = st.lastWasLabel;
    st.label = st.labelRun ? null : label;
    st.labelLine = only.n;
    st.lastWasLabel = true;
    return;
  }
  st.lastWasLabel = false;
  const word = only?.text.replace(/\s|[()（）]/g, '') ?? '';
  if (MODE_WORDS.test(word)) {
    st.mode = headerRole(word) === 'ksf' ? 'ksf' : 'objective';
    return;
  }
  let pending: Mention | null = null;
  let detailsOf: Mention | null = kpiOpen ? st.lastKpi : null;
  const rowObjectives = new Set<string>();
  for (const line of block.lines) {
    if (isLinkText(line.text)) {
      pending = null;
      detailsOf = null;
      continue;
    }
    const split = splitCodes(line.text);
    if (split.items.length === 0) {
      const def = /^(?:計算)?(公式|衡量標準|計算方式|衡量方式|單位)\s*[:：]\s*(.+)$/.exec(line.text);
      if (def?.[2] && st.lastKpi) {
        if (def[1] === '單位') st.lastKpi.unit = def[2].trim();
        else applyDefinition(st.lastKpi, def[2]);
        pending = null;
      } else if (detailsOf && kpiDetailLine(detailsOf, line.text)) {
        pending = null;
      } else if (pending && continues(line) && !(pending.kind === 'kpi' && pending.formula !== undefined)) {
        pending.name = joinWrapped([pending.name, line.text]);
      } else {
        pending = null;
        detailsOf = null;
      }
      continue;
    }
    const prefixLabel = perspectiveLabel(split.prefix);
    if (prefixLabel) out.seeLabel(prefixLabel);
    const wrong: string[] = [];
    for (const item of split.items) {
      const base = { code: item.code, name: item.name, line: line.n, priority: 1 };
      detailsOf = null;
      if (item.parsed.kind === 'kpi') {
        pending = out.add({ kind: 'kpi', ...base });
        st.lastKpi = pending;
        detailsOf = pending;
      } else if (item.parsed.kind === 'action') pending = out.add({ kind: 'action', ...base });
      // A scorecard row one cell per line: the objective's code printed again is its KSF's.
      else if (st.mode === 'ksf' || rowObjectives.has(item.code))
        pending = out.add({ kind: 'ksf', ...base, objective: item.code });
      else {
        pending = out.add({ kind: 'objective', ...base });
        rowObjectives.add(item.code);
        const against = prefixLabel ?? st.label;
        if (against && against !== item.parsed.perspective) wrong.push(item.code);
      }
    }
    if (wrong.length > 0) {
      const against = (prefixLabel ?? st.label) as Perspective;
      out.mismatch(prefixLabel ? line.n : st.labelLine, [against], wrong);
    }
  }
  st.kpiOpen = detailsOf !== null;
}

export function collectMentions(blocks: Block[]): Mentions {
  const out = new Collector();
  const st: TextState = {
    label: null,
    labelLine: 0,
    lastWasLabel: false,
    labelRun: false,
    mode: 'objective',
    lastKpi: null,
    kpiOpen: false,
  };
  for (const block of blocks) {
    if (block.kind === 'table') {
      st.lastWasLabel = false;
      st.kpiOpen = false;
      tableMentions(block, out);
    } else textMentions(block, out, st);
  }
  return { items: out.items, mismatches: out.mismatches, perspectiveOrder: out.order };
}
