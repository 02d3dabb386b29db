/**
 * A finding is what the linter and the importer tell a planner about a plan: a stable rule id
 * (so the UI and tests can rely on it), the codes involved, and a message in zh-TW with an
 * English alternative. `line` is set when the finding comes from a source document.
 */

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  rule: string;
  severity: Severity;
  codes: string[];
  message: { zh: string; en: string };
  line?: number;
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

/** "第 12 行" / "line 12", or nothing when the finding is not tied to a line. */
export function atLine(line: number | undefined): Message {
  return line === undefined ? { zh: '', en: '' } : { zh: `（第 ${line} 行）`, en: ` (line ${line})` };
}

export function linesText(lines: number[]): Message {
  const uniq = [...new Set(lines)].sort((a, b) => a - b);
  return { zh: `第 ${uniq.join('、')} 行`, en: `line${uniq.length > 1 ? 's' : ''} ${uniq.join(', ')}` };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Deterministic order: by plan, then line (unlined last), then severity, rule and codes. */
export function compareFindings(a: Finding, b: Finding): number {
  const pa = a.plan ? `${a.plan.org}\u0000${String(a.plan.year).padStart(3, '0')}` : '';
  const pb = b.plan ? `${b.plan.org}\u0000${String(b.plan.year).padStart(3, '0')}` : '';
  if (pa !== pb) return pa < pb ? -1 : 1;
  const la = a.line ?? Number.MAX_SAFE_INTEGER;
  const lb = b.line ?? Number.MAX_SAFE_INTEGER;
  if (la !== lb) return la - lb;
  if (a.severity !== b.severity) return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  const ca = a.codes.join(',');
  const cb = b.codes.join(',');
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}
