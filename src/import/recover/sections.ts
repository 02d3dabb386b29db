import type { Block, SourceDocument, SourceLine } from '../source';
import { isEnglishName, readEnglishDate, sameKindOfOrg } from './english';
import { isSectionWord, perspectiveNamed, sectionNumberOf } from './labels';
import {
  type ContextLine,
  canonicalOrgName,
  OrgResolver,
  readCascadeSentence,
  readContextLine,
  rocYear,
} from './orgs';
import { hasCode, joinWrapped } from './tokens';

/**
 * Splits a document into the parts that belong to each organisation's plan. A deck of one agency
 * often quotes its parent's or the city's map first; titles such as `本府策略地圖` or
 * `教育局110年策略地圖` say whose map follows.
 */

export interface ContextMark extends ContextLine {
  line: number;
  text: string;
  /** The organisation the line names, resolved to a full name. */
  resolved: string | null;
  /**
   * A section title of the document itself (「2 策略地圖」, 「3 107年平衡計分卡-顧客構面」): what
   * follows is the document's own plan again, after a quoted parent's map.
   */
  section?: boolean;
}

export interface PlanPart {
  org: string;
  year: number;
  blocks: Block[];
  marks: ContextMark[];
  /** ISO date from a line such as 110年3月30日 inside this part. */
  issued: { iso: string; line: number } | null;
  /** First title-like line (策略地圖 / 平衡計分卡) of this part. */
  title: string | null;
  firstLine: number;
}

export interface Segmentation {
  parts: PlanPart[];
  resolver: OrgResolver;
  main: string;
}

const DATE = /(\d{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

export function readDate(text: string): { iso: string; year: number } | null {
  const m = DATE.exec(text.normalize('NFKC'));
  const en = m ? null : readEnglishDate(text);
  if (!m && !en) return null;
  const year = rocYear(Number(m ? m[1] : en?.[0]));
  const month = Number(m ? m[2] : en?.[1]);
  const day = Number(m ? m[3] : en?.[2]);
  if (year === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const iso = `${String(year + 1911).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.getUTCDate() !== day) return null;
  return { iso, year };
}

/** Every text line with the line before it in its block (a title may wrap onto the next line). */
function textLines(doc: SourceDocument): { line: SourceLine; above: SourceLine | null }[] {
  return doc.blocks.flatMap((b) =>
    b.kind === 'text' ? b.lines.map((line, i) => ({ line, above: b.lines[i - 1] ?? null })) : [],
  );
}

/**
 * A title wrapped inside a name (「臺北市政府產業發展局110年臺北市政府產業」「發展局策略地圖」): the
 * line's short name (發展局) is the end of the name the two lines print together.
 */
function unwrapTitle(
  line: SourceLine,
  above: SourceLine | null,
  ctx: ContextLine | null,
): ContextLine | null {
  if (!above || ctx?.org?.kind !== 'name' || hasCode(above.text) || !titleSized(above.text)) return ctx;
  // A line above that names an organisation itself (the name, then its title) is no wrapped half.
  if (readContextLine(above.text)?.org) return ctx;
  const joined = readContextLine(joinWrapped([above.text, line.text]));
  const whole = joined?.org?.kind === 'name' ? joined.org.name : null;
  return whole && whole !== ctx.org.name && whole.endsWith(ctx.org.name) && joined
    ? { ...ctx, org: joined.org, year: ctx.year ?? joined.year }
    : ctx;
}

/** Short enough to be a title: 40 characters of Chinese, or a line with English words in it. */
function titleSized(text: string): boolean {
  return text.length <= (isEnglishName(text) || /[A-Za-z]{3}/.test(text) ? 120 : 40);
}

const PLAN_TITLE = /策略地圖|平衡計分卡|strategy map|strategic map|balanced scorecard/i;

/** 「2 策略地圖」, 「平衡計分卡」, 「3 107年平衡計分卡-顧客構面」: a section of this document, naming no organisation. */
function isSectionTitle(text: string, ctx: ContextLine | null): boolean {
  if (ctx?.org || !PLAN_TITLE.test(text)) return false;
  return isSectionWord(text) || sectionNumberOf(text) !== null;
}

/**
 * The plan's title: the first line of the part naming a strategy map or scorecard, with the
 * organisation line printed just above it in the same block; never a numbered section title,
 * a slide heading about one perspective, or a bare section word.
 */
function titleOf(blocks: Block[]): string | null {
  for (const b of blocks) {
    if (b.kind !== 'text') continue;
    for (const [i, line] of b.lines.entries()) {
      const t = line.text;
      if (!PLAN_TITLE.test(t) || hasCode(t) || !titleSized(t) || isSectionWord(t)) continue;
      if (sectionNumberOf(t) !== null || perspectiveNamed(t) !== null || /承接|延伸|延展/.test(t)) continue;
      const above = i > 0 ? b.lines[i - 1]?.text : undefined;
      const aboveOrg = above ? readContextLine(above) : null;
      const own = readContextLine(t);
      if (above && aboveOrg?.org && !PLAN_TITLE.test(above) && !own?.org) {
        return `${above} ${t}`;
      }
      return t;
    }
  }
  return null;
}

export interface SegmentOptions {
  fallbackCity: string;
  org?: string;
  year?: number;
}

/** Returns null when the document names no organisation and none was given. */
export function segment(doc: SourceDocument, options: SegmentOptions): Segmentation | null {
  const candidates: { line: SourceLine; ctx: ContextLine; section: boolean }[] = [];
  let docYear: number | null = null;
  for (const { line, above } of textLines(doc)) {
    if (hasCode(line.text)) continue;
    if (!titleSized(line.text)) {
      const ctx = readCascadeSentence(line.text);
      if (ctx) candidates.push({ line, ctx, section: false });
      continue;
    }
    const ctx = unwrapTitle(line, above, readContextLine(line.text));
    const section = isSectionTitle(line.text, ctx);
    if (ctx || section) {
      candidates.push({ line, ctx: ctx ?? { org: null, level: null, year: null, cascades: false }, section });
    }
    if (docYear === null) {
      const date = readDate(line.text);
      if (date) docYear = date.year;
      // 「110年3月」, or a year alone under a title (「108年」, 「中華民國108年度」).
      else if (
        /^(?:中華民國\s*)?\d{2,3}\s*年(?:度|\s*\d{1,2}\s*月)?$|^\d{2,3}\s*年\s*\d{1,2}\s*月/.test(line.text)
      )
        docYear = rocYear(Number(line.text.match(/\d+/)?.[0]));
    }
  }
  docYear ??= candidates.find((c) => c.ctx.year !== null)?.ctx.year ?? null;
  const fullNames = candidates.flatMap((c) =>
    c.ctx.org?.kind === 'name' && /[市縣]|Government/.test(c.ctx.org.name) ? [c.ctx.org.name] : [],
  );
  if (options.org) fullNames.unshift(canonicalOrgName(options.org));
  const aliases = new Map<string, string>();
  candidates.forEach((c, i) => {
    if (c.ctx.alias && c.ctx.org?.kind === 'name') aliases.set(c.ctx.alias, c.ctx.org.name);
    // A title slide's Chinese name with its English title on the next line: one organisation.
    const next = candidates[i + 1];
    const [zh, en] = [c.ctx.org, next?.ctx.org];
    if (
      next?.line.n === c.line.n + 1 &&
      zh?.kind === 'name' &&
      en?.kind === 'name' &&
      !isEnglishName(zh.name) &&
      isEnglishName(en.name) &&
      sameKindOfOrg(en.name, zh.name) &&
      !aliases.has(en.name)
    )
      aliases.set(en.name, zh.name);
  });
  const resolver = new OrgResolver(fullNames, options.fallbackCity, aliases);

  const firstNamed = candidates.find((c) => c.ctx.org && c.ctx.org.kind !== 'self');
  const main =
    (options.org ? resolver.fullName(options.org) : null) ??
    (firstNamed?.ctx.org ? resolver.resolve(firstNamed.ctx.org, null, []) : null);
  if (main === null) return null;

  const marks: ContextMark[] = [];
  const recent: string[] = [main];
  for (const { line, ctx, section } of candidates) {
    const resolved = ctx.org ? resolver.resolve(ctx.org, main, recent) : null;
    if (resolved) recent.unshift(resolved);
    const mark: ContextMark = { ...ctx, line: line.n, text: line.text, resolved };
    if (section) mark.section = true;
    marks.push(mark);
  }

  // Boundaries: a mark naming another organisation starts a part; a mark with another year too.
  interface Range {
    org: string;
    year: number | null;
    from: number;
    marks: ContextMark[];
  }
  const ranges: Range[] = [{ org: main, year: null, from: 1, marks: [] }];
  for (const m of marks) {
    const cur = ranges[ranges.length - 1] as Range;
    const org = m.section ? main : (m.resolved ?? cur.org);
    const yearChanges = m.year !== null && cur.year !== null && m.year !== cur.year;
    if (org !== cur.org || yearChanges) ranges.push({ org, year: m.year, from: m.line, marks: [m] });
    else {
      cur.marks.push(m);
      cur.year ??= m.year;
    }
  }
  const firstYearOf = new Map<string, number>();
  for (const r of ranges) if (r.year !== null && !firstYearOf.has(r.org)) firstYearOf.set(r.org, r.year);

  const fallbackYear = options.year ?? docYear;
  const parts = new Map<string, PlanPart>();
  const partFor = (r: Range): PlanPart | null => {
    const year = r.year ?? firstYearOf.get(r.org) ?? fallbackYear;
    if (year === null) return null;
    const key = `${r.org}\u0000${year}`;
    let part = parts.get(key);
    if (!part) {
      part = { org: r.org, year, blocks: [], marks: [], issued: null, title: null, firstLine: r.from };
      parts.set(key, part);
    }
    return part;
  };
  const rangeOf = (line: number): Range => {
    let found = ranges[0] as Range;
    for (const r of ranges) if (r.from <= line) found = r;
    return found;
  };
  for (const r of ranges) {
    const part = partFor(r);
    if (!part) continue;
    part.marks.push(...r.marks.filter((m) => !m.section));
  }
  for (const block of doc.blocks) {
    if (block.kind === 'table') {
      const part = partFor(rangeOf(block.rows[0]?.line ?? 1));
      part?.blocks.push(block);
      continue;
    }
    // A text block may run across a title line; its lines are split between the parts.
    let current: { part: PlanPart | null; lines: SourceLine[] } | null = null;
    for (const line of block.lines) {
      const part = partFor(rangeOf(line.n));
      if (!current || current.part !== part) {
        current = { part, lines: [] };
        part?.blocks.push({ kind: 'text', lines: current.lines });
      }
      current.lines.push(line);
      if (part && part.issued === null) {
        const date = readDate(line.text);
        if (date && line.text.length <= 30) part.issued = { iso: date.iso, line: line.n };
      }
    }
  }
  for (const part of parts.values()) {
    part.title =
      titleOf(part.blocks) ??
      part.marks.find((m) => m.resolved === part.org && titleSized(m.text) && !/承接|延伸|延展/.test(m.text))
        ?.text ??
      null;
  }
  return { parts: [...parts.values()], resolver, main };
}
