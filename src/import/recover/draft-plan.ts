import { compareCodes, PERSPECTIVE_NAMES, type Perspective, parseCode } from '../../domain/codes';
import type { NameVariant, StatedCount } from '../../domain/lint/context';
import { type Finding, finding } from '../../domain/lint/finding';
import { nameKey } from '../../domain/lint/similarity';
import { type CascadeQuote, readCascadeQuotes } from './cascade-quotes';
import { readStatedCounts } from './counts';
import { type Fields, readFields } from './fields';
import { resolveKsfs } from './ksfs';
import { readLeads, type ThemeLead } from './leads';
import { readLinks } from './links';
import { collectMentions, type LabelMismatch } from './mentions';
import { type Resolved, resolveNames } from './resolve';
import type { PlanPart } from './sections';
import { collectThemeItems } from './theme-items';
import { assembleThemes, type ThemeDraft } from './themes';

/** Everything one organisation-year part of a document says, before plans are related to each other. */

export interface PlanDraft {
  part: PlanPart;
  fields: Fields;
  themes: ThemeDraft[];
  objectives: { code: string; theme: string | null; perspective: Perspective; name: string }[];
  ksfs: { code: string | null; objective: string; name: string }[];
  kpis: { code: string; objective: string; name: string; formula?: string; unit?: string; note?: string }[];
  actions: { code: string; kpi: string; name: string }[];
  links: { from: string; to: string }[];
  leads: ThemeLead[];
  cascadeQuotes: CascadeQuote[];
  perspectiveOrder: Perspective[];
  statedCounts: StatedCount[];
  variants: NameVariant[];
  codeLines: Map<string, number>;
  findings: Finding[];
}

const UNNAMED = '（未命名）';

function named(r: Resolved, what: { zh: string; en: string }, findings: Finding[]): string {
  if (nameKey(r.name) !== '') return r.name;
  findings.push(
    finding(
      'empty-name',
      'error',
      [r.code],
      {
        zh: `${what.zh} ${r.code} 沒有名稱；暫名為「${UNNAMED}」，請補上名稱`,
        en: `${what.en} ${r.code} has no name; it was called "${UNNAMED}" — give it its name`,
      },
      r.line,
    ),
  );
  return UNNAMED;
}

function mismatchFinding(m: LabelMismatch): Finding {
  const label = m.labels.map((p) => PERSPECTIVE_NAMES[p].zh).join('／');
  const labelEn = m.labels.map((p) => `${PERSPECTIVE_NAMES[p].zh} (${p})`).join(' / ');
  const shown = m.codes.slice(0, 8);
  const more = m.codes.length > shown.length ? `…（共 ${m.codes.length} 項）` : '';
  const moreEn = m.codes.length > shown.length ? `, … (${m.codes.length} in all)` : '';
  const perspectives = [...new Set(m.codes.map((c) => parseCode(c)?.perspective ?? 'C'))];
  return finding(
    'perspective-row-mismatch',
    'info',
    m.codes,
    {
      zh: `標示為「${label}」的列中有${perspectives.map((p) => PERSPECTIVE_NAMES[p].zh).join('、')}構面的策略目標 ${shown.join('、')}${more}；構面依代碼判定（可能是合併儲存格造成的錯位）`,
      en: `the row labelled ${labelEn} holds objectives whose codes say ${perspectives.map((p) => PERSPECTIVE_NAMES[p].en.toLowerCase()).join(', ')}: ${shown.join(', ')}${moreEn}; the codes were trusted (merged cells may have shifted the label)`,
    },
    m.line,
  );
}

export function draftPlan(part: PlanPart): PlanDraft {
  const findings: Finding[] = [];
  const mentions = collectMentions(part.blocks);
  const objectivesRes = resolveNames(mentions.items, 'objective');
  const kpisRes = resolveNames(mentions.items, 'kpi');
  const actionsRes = resolveNames(mentions.items, 'action');
  findings.push(...objectivesRes.findings, ...kpisRes.findings, ...actionsRes.findings);

  const sources = collectThemeItems(part.blocks);
  const listedT = sources.runs.some((r) => r.items.some((i) => i.letter === 'T'));
  const letters = new Map<string, string[]>();
  for (const o of [...objectivesRes.items].sort((a, b) => compareCodes(a.code, b.code))) {
    const letter = parseCode(o.code)?.themeLetter ?? null;
    if (letter === null || (letter === 'T' && !listedT)) continue;
    letters.set(letter, [...(letters.get(letter) ?? []), o.code]);
  }
  const themeResult = assembleThemes(sources, letters);
  findings.push(...themeResult.findings);
  const themeLetters = new Set(themeResult.themes.map((t) => t.letter));

  const codeLines = new Map<string, number>();
  const objectives = objectivesRes.items.map((o) => {
    const p = parseCode(o.code);
    codeLines.set(o.code, o.line);
    const letter = p?.themeLetter ?? null;
    return {
      code: o.code,
      theme: letter !== null && themeLetters.has(letter) ? letter : null,
      perspective: p?.perspective ?? 'C',
      name: named(o, { zh: '策略目標', en: 'objective' }, findings),
    };
  });
  const objectiveSet = new Set(objectives.map((o) => o.code));

  const missing = (
    r: Resolved,
    parent: string,
    kind: { zh: string; en: string },
    parentKind: { zh: string; en: string },
  ) =>
    finding(
      'parent-missing',
      'error',
      [r.code, parent],
      {
        zh: `${kind.zh} ${r.code}「${r.name}」所屬的${parentKind.zh} ${parent} 在文件中找不到，因此未匯入；請補上 ${parent} 或更正代碼`,
        en: `${kind.en} ${r.code} "${r.name}" belongs to ${parentKind.en} ${parent}, which the document never names, so it was not imported; add ${parent} or correct the code`,
      },
      r.line,
    );
  const kpis: PlanDraft['kpis'] = [];
  for (const k of kpisRes.items) {
    const objective = parseCode(k.code)?.objectiveCode ?? '';
    if (!objectiveSet.has(objective)) {
      findings.push(
        missing(k, objective, { zh: '關鍵績效指標', en: 'KPI' }, { zh: '策略目標', en: 'objective' }),
      );
      continue;
    }
    codeLines.set(k.code, k.line);
    const kpi: PlanDraft['kpis'][number] = {
      code: k.code,
      objective,
      name: named(k, { zh: '關鍵績效指標', en: 'KPI' }, findings),
    };
    if (k.formula) kpi.formula = k.formula;
    if (k.unit) kpi.unit = k.unit;
    if (k.note) kpi.note = k.note;
    kpis.push(kpi);
  }
  const kpiSet = new Set(kpis.map((k) => k.code));
  const actions: PlanDraft['actions'] = [];
  for (const a of actionsRes.items) {
    const kpi = parseCode(a.code)?.kpiCode ?? '';
    if (!kpiSet.has(kpi)) {
      findings.push(
        missing(a, kpi, { zh: '行動方案', en: 'action plan' }, { zh: '關鍵績效指標', en: 'KPI' }),
      );
      continue;
    }
    codeLines.set(a.code, a.line);
    actions.push({ code: a.code, kpi, name: named(a, { zh: '行動方案', en: 'action plan' }, findings) });
  }

  const ksfResult = resolveKsfs(mentions.items);
  findings.push(...ksfResult.findings);
  const ksfs: PlanDraft['ksfs'] = [];
  for (const k of ksfResult.ksfs) {
    if (objectiveSet.has(k.objective)) {
      ksfs.push({ code: k.code, objective: k.objective, name: k.name });
      continue;
    }
    findings.push(
      finding(
        'parent-missing',
        'error',
        [k.objective],
        {
          zh: `關鍵成功因素「${k.name}」所屬的策略目標 ${k.objective} 在文件中找不到，因此未匯入`,
          en: `KSF "${k.name}" belongs to objective ${k.objective}, which the document never names, so it was not imported`,
        },
        k.line,
      ),
    );
  }

  findings.push(...mentions.mismatches.map(mismatchFinding));

  const links: PlanDraft['links'] = [];
  const linkKeys = new Set<string>();
  for (const l of readLinks(part.blocks)) {
    const key = `${l.from}>${l.to}`;
    if (l.from === l.to || linkKeys.has(key) || !objectiveSet.has(l.from) || !objectiveSet.has(l.to))
      continue;
    linkKeys.add(key);
    links.push({ from: l.from, to: l.to });
  }

  return {
    part,
    fields: readFields(part.blocks),
    themes: themeResult.themes,
    objectives,
    ksfs,
    kpis,
    actions,
    links,
    leads: readLeads(part.blocks),
    cascadeQuotes: readCascadeQuotes(part.blocks),
    perspectiveOrder: mentions.perspectiveOrder,
    statedCounts: readStatedCounts(part.blocks),
    variants: [...objectivesRes.variants, ...kpisRes.variants, ...actionsRes.variants],
    codeLines,
    findings,
  };
}
