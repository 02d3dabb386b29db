/**
 * The code rules of a strategy map. Codes are the truth of a plan: theme and perspective are
 * read from them, never from the row or column a document happened to print them in.
 *
 *   AC1      objective: theme A, perspective C (顧客), number 1
 *   F1, L2   shared objective: no theme letter (belongs to every theme)
 *   TC1      city-wide cross-theme objective (T = the whole city)
 *   AC1.1    KPI 1 of objective AC1;  F1.2 KPI 2 of shared objective F1
 *   AC1.1.1  action plan 1 of KPI AC1.1
 */

export const PERSPECTIVES = ['C', 'P', 'L', 'F'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export const PERSPECTIVE_NAMES: Record<Perspective, { zh: string; en: string }> = {
  C: { zh: '顧客', en: 'Customer' },
  P: { zh: '內部流程', en: 'Internal process' },
  L: { zh: '學習成長', en: 'Learning and growth' },
  F: { zh: '財務', en: 'Financial' },
};

/** The letter a city plan uses for objectives that span all its themes (TC1…TC4). */
export const CROSS_THEME_LETTER = 'T';

export type CodeKind = 'objective' | 'kpi' | 'action';

export interface ParsedCode {
  kind: CodeKind;
  /** Canonical form, e.g. `AC1.1`. */
  code: string;
  /** Theme letter printed in the code, `null` for shared objectives such as `F1`. `T` for TC1. */
  themeLetter: string | null;
  perspective: Perspective;
  objectiveNumber: number;
  kpiNumber: number | null;
  actionNumber: number | null;
  /** The objective code this code belongs to (itself for an objective). */
  objectiveCode: string;
  /** The KPI code this code belongs to (itself for a KPI, `null` for an objective). */
  kpiCode: string | null;
}

const CODE_PATTERN = /^([A-Z]?)([CPLF])([1-9]\d{0,2})(?:\.([1-9]\d{0,2}))?(?:\.([1-9]\d{0,2}))?$/;

/**
 * Canonical text of a code as a person may have typed it: full-width letters and digits,
 * lower case, spaces and a full-width full stop are all accepted. Normalised again after upper
 * casing, which can leave a decomposed sequence (ΐ → Ϊ́), so that the result is stable.
 */
export function normalizeCode(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\u200b]+/g, '')
    .replace(/[。．]/g, '.')
    .toUpperCase()
    .normalize('NFKC');
}

/** Parses a code; returns `null` when the text is not a code of any kind. */
export function parseCode(raw: string): ParsedCode | null {
  const code = normalizeCode(raw);
  const m = CODE_PATTERN.exec(code);
  if (!m) return null;
  const [, letter = '', perspective, obj, kpi, action] = m;
  if (action !== undefined && kpi === undefined) return null;
  const themeLetter = letter === '' ? null : letter;
  const objectiveCode = `${letter}${perspective}${obj}`;
  const kpiCode = kpi === undefined ? null : `${objectiveCode}.${kpi}`;
  return {
    kind: action !== undefined ? 'action' : kpi !== undefined ? 'kpi' : 'objective',
    code,
    themeLetter,
    perspective: perspective as Perspective,
    objectiveNumber: Number(obj),
    kpiNumber: kpi === undefined ? null : Number(kpi),
    actionNumber: action === undefined ? null : Number(action),
    objectiveCode,
    kpiCode,
  };
}

export function parseCodeOfKind(raw: string, kind: CodeKind): ParsedCode | null {
  const parsed = parseCode(raw);
  return parsed && parsed.kind === kind ? parsed : null;
}

export function isObjectiveCode(raw: string): boolean {
  return parseCodeOfKind(raw, 'objective') !== null;
}

export function isKpiCode(raw: string): boolean {
  return parseCodeOfKind(raw, 'kpi') !== null;
}

export function isActionCode(raw: string): boolean {
  return parseCodeOfKind(raw, 'action') !== null;
}

export function formatObjectiveCode(themeLetter: string | null, perspective: Perspective, n: number): string {
  return `${themeLetter ?? ''}${perspective}${n}`;
}

export function formatKpiCode(objectiveCode: string, n: number): string {
  return `${objectiveCode}.${n}`;
}

export function formatActionCode(kpiCode: string, n: number): string {
  return `${kpiCode}.${n}`;
}

/** The parent code: objective of a KPI, KPI of an action; `null` for an objective. */
export function parentCode(raw: string): string | null {
  const parsed = parseCode(raw);
  if (!parsed) return null;
  if (parsed.kind === 'action') return parsed.kpiCode;
  if (parsed.kind === 'kpi') return parsed.objectiveCode;
  return null;
}

/**
 * Rewrites a KPI or action code that belongs to objective `from` so that it belongs to `to`
 * (used when an objective is recoded). Returns the code unchanged when it does not belong.
 */
export function rebaseCode(code: string, from: string, to: string): string {
  return code === from || code.startsWith(`${from}.`) ? `${to}${code.slice(from.length)}` : code;
}

/** Sort key that orders codes as a planner reads them: AC1 < AC2 < AC10 < AC1.1. */
export function compareCodes(a: string, b: string): number {
  const pa = parseCode(a);
  const pb = parseCode(b);
  if (!pa || !pb) return a.localeCompare(b);
  const keys = (p: ParsedCode) => [
    p.themeLetter ?? '~',
    PERSPECTIVES.indexOf(p.perspective),
    p.objectiveNumber,
    p.kpiNumber ?? 0,
    p.actionNumber ?? 0,
  ];
  const ka = keys(pa);
  const kb = keys(pb);
  for (let i = 0; i < ka.length; i++) {
    const x = ka[i] as string | number;
    const y = kb[i] as string | number;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

/**
 * Whether an objective code agrees with the theme it is filed under. Shared objectives have
 * no letter; the city's cross-theme objectives carry `T` while belonging to no theme
 * (unless the plan really has a theme T, in which case `TC1` is that theme's).
 */
export function objectiveCodeMatchesTheme(
  code: string,
  themeLetter: string | null,
  planHasThemeT: boolean,
): boolean {
  const parsed = parseCodeOfKind(code, 'objective');
  if (!parsed) return false;
  if (themeLetter !== null) return parsed.themeLetter === themeLetter;
  if (parsed.themeLetter === null) return true;
  return parsed.themeLetter === CROSS_THEME_LETTER && !planHasThemeT;
}
