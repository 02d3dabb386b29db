import type { Finding } from '../domain/lint';
import { pageName } from '../domain/lint/finding';
import type { PlanChange } from '../domain/plan-diff';

/** Findings as the CLI prints them; `--lang` picks the message language (planners read zh-TW). */

export type Lang = 'zh' | 'en';

export interface FileFinding {
  file: string;
  finding: Finding;
}

/**
 * Where a finding is: `file:12` in a text document; in a deck, PDF, Word file or workbook the
 * page and the line within it, `file:投影片 3:2` (zh) or `file: slide 3, line 2` (en).
 */
function placeOf(file: string, f: Finding, lang: Lang): string {
  const line = f.line === undefined ? '' : String(f.line);
  const page = f.page && f.page.kind !== 'text' ? pageName(f.page)[lang] : '';
  if (page && lang === 'zh') return [file, page, line].filter(Boolean).join(':');
  if (page) return `${file ? `${file}: ` : ''}${page}${line ? `, line ${line}` : ''}`;
  return file && line ? `${file}:${line}` : file || (line && `line ${line}`);
}

/** `file:line  severity  rule  codes  org year: message` — one line a planner can act on. */
export function formatFinding({ file, finding: f }: FileFinding, lang: Lang): string {
  const where = placeOf(file, f, lang);
  const plan = f.plan ? `${f.plan.org} ${f.plan.year}: ` : '';
  const codes = f.codes.length > 0 ? f.codes.join(',') : '-';
  return [where, f.severity.padEnd(7), f.rule, codes, `${plan}${f.message[lang]}`].filter(Boolean).join('  ');
}

export function countBySeverity(findings: Finding[]): string {
  const n = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return `${n('error')} error(s), ${n('warning')} warning(s), ${n('info')} info`;
}

/**
 * A finding as JSON, field by field so the output format does not drift with the type; `file`
 * is added when several files were given, so each finding can be traced to its document.
 */
export function findingJson({ file, finding: f }: FileFinding, withFile: boolean): Record<string, unknown> {
  const json: Record<string, unknown> = {
    rule: f.rule,
    severity: f.severity,
    codes: f.codes,
    message: { zh: f.message.zh, en: f.message.en },
  };
  if (f.line !== undefined) json.line = f.line;
  if (f.page) json.page = { kind: f.page.kind, number: f.page.number };
  if (f.plan) json.plan = { org: f.plan.org, year: f.plan.year };
  if (withFile) json.file = file;
  return json;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 59)}…` : oneLine;
}

/** `changed objective AC1 name: 舊名稱 → 新名稱`, `recoded kpi AC2.1 (was AC1.1)`. */
export function formatChange(c: PlanChange): string {
  const head = [c.change, c.element, c.code, c.fromCode ? `(was ${c.fromCode})` : '', c.field ?? '']
    .filter(Boolean)
    .join(' ');
  if (c.before === undefined && c.after === undefined) return head;
  if (c.before === undefined) return `${head}: ${clip(c.after ?? '')}`;
  if (c.after === undefined) return `${head}: ${clip(c.before)}`;
  return `${head}: ${clip(c.before)} → ${clip(c.after)}`;
}
