/**
 * A finding is what the linter and the importer tell a planner about a plan: a stable rule id
 * (so the UI and tests can rely on it), the codes involved, and a message in zh-TW with an
 * English alternative. `line` is set when the finding comes from a source document; in a
 * document of slides, pages or sheets, `page` says which and `line` counts within it.
 */

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What a document's pages are: slides of a deck, pages of a PDF or Word file, sheets, or one text. */
export type PageKind = 'slide' | 'page' | 'sheet' | 'text';

export interface FindingPage {
  kind: PageKind;
  /** 1-based. */
  number: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  codes: string[];
  message: { zh: string; en: string };
  line?: number;
  page?: FindingPage;
  plan?: { org: string; year: number };
}

/** Both languages of a message, always written together so neither can be forgotten. */
export interface Message {
  zh: string;
  en: string;
}

export function finding(
  rule: string,
  severity: Severity,
  codes: string[],
  message: Message,
  line?: number,
): Finding {
  const f: Finding = { rule, severity, codes, message };
  if (line !== undefined) f.line = line;
  return f;
}

/** "投影片 3" / "slide 3", "第 3 頁" / "page 3", "工作表 3" / "sheet 3"; nothing for plain text. */
export function pageName(page: FindingPage): Message {
  switch (page.kind) {
    case 'slide':
      return { zh: `投影片 ${page.number}`, en: `slide ${page.number}` };
    case 'page':
      return { zh: `第 ${page.number} 頁`, en: `page ${page.number}` };
    case 'sheet':
      return { zh: `工作表 ${page.number}`, en: `sheet ${page.number}` };
    case 'text':
      return { zh: '', en: '' };
  }
}

/** Where a finding points: "投影片 3 第 2 行" / "slide 3, line 2", "第 12 行" / "line 12", or nothing. */
export function findingPlace(f: Pick<Finding, 'line' | 'page'>): Message {
  const page = f.page ? pageName(f.page) : { zh: '', en: '' };
  if (f.line === undefined) return page;
  if (page.en === '') return { zh: `第 ${f.line} 行`, en: `line ${f.line}` };
  return { zh: `${page.zh} 第 ${f.line} 行`, en: `${page.en}, line ${f.line}` };
}

/** Where a line of a paged document is: its page and its line within the page. */
export type LineLocator = (n: number) => { page: FindingPage; line: number } | undefined;

/**
 * Line references in a message ("第 57、63 行", "lines 57, 63", as `linesText` and `atLine` and
 * recovery's messages write them) said by page: "投影片 3 第 2 行、投影片 5 第 4 行".
 */
export function relocateLines(message: Message, locate: LineLocator): Message {
  const grouped = (numbers: number[]) => {
    const groups = new Map<string, { page: FindingPage | undefined; lines: number[] }>();
    for (const n of numbers) {
      const at = locate(n);
      const k = at ? `${at.page.kind}:${at.page.number}` : '';
      const g = groups.get(k) ?? { page: at?.page, lines: [] };
      g.lines.push(at ? at.line : n);
      groups.set(k, g);
    }
    return [...groups.values()];
  };
  const numbers = (list: string, sep: RegExp) => list.split(sep).map(Number);
  const zh = message.zh.replace(/第 (\d+(?:、\d+)*) 行/g, (_, list: string) =>
    grouped(numbers(list, /、/))
      .map((g) => `${g.page ? `${pageName(g.page).zh} ` : ''}第 ${g.lines.join('、')} 行`)
      .join('、'),
  );
  const en = message.en.replace(/\blines? (\d+(?:, \d+)*)/g, (_, list: string) =>
    grouped(numbers(list, /, /))
      .map(
        (g) =>
          `${g.page ? `${pageName(g.page).en}, ` : ''}line${g.lines.length > 1 ? 's' : ''} ${g.lines.join(', ')}`,
      )
      .join('; '),
  );
  return { zh, en };
}

/** "第 12 行" / "line 12", or nothing when the finding is not tied to a line. */
export function atLine(line: number | undefined): Message {
  return line === undefined ? { zh: '', en: '' } : { zh: `（第 ${line} 行）`, en: ` (line ${line})` };
}

export function linesText(lines: number[]): Message {
  const uniq = [...new Set(lines)].sort((a, b) => a - b);
  return { zh: `第 ${uniq.join('、')} 行`, en: `line${uniq.length > 1 ? 's' : ''} ${uniq.join(', ')}` };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Deterministic order: by plan, then page and line (unlined last), then severity, rule and codes. */
export function compareFindings(a: Finding, b: Finding): number {
  const pa = a.plan ? `${a.plan.org}\u0000${String(a.plan.year).padStart(3, '0')}` : '';
  const pb = b.plan ? `${b.plan.org}\u0000${String(b.plan.year).padStart(3, '0')}` : '';
  if (pa !== pb) return pa < pb ? -1 : 1;
  const ga = a.page?.number ?? 0;
  const gb = b.page?.number ?? 0;
  if (ga !== gb) return ga - gb;
  const la = a.line ?? Number.MAX_SAFE_INTEGER;
  const lb = b.line ?? Number.MAX_SAFE_INTEGER;
  if (la !== lb) return la - lb;
  if (a.severity !== b.severity) return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  const ca = a.codes.join(',');
  const cb = b.codes.join(',');
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}
