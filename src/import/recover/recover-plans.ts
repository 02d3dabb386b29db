import { CROSS_THEME_LETTER, compareCodes, parseCode } from '../../domain/codes';
import { lintPlan } from '../../domain/lint';
import { compareFindings, type Finding, finding } from '../../domain/lint/finding';
import { isSameThing } from '../../domain/lint/similarity';
import { PLAN_FORMAT, type PlanDocument, type PlanDocumentInput } from '../../domain/plan-document';
import { ImportError } from '../errors';
import type { SourceDocument, SourceLine } from '../source';
import { tidyFormula } from './definition';
import { draftPlan, type PlanDraft } from './draft-plan';
import { readFields } from './fields';
import { refineWithGeometry } from './geometry/refine';
import type { OrgResolver } from './orgs';
import { prepareDocument } from './prepare/prepare';
import { segment } from './sections';
import { hasCode } from './tokens';
import { validatePlan } from './validate';

/**
 * From a read document to plan documents: split by organisation and year, recover each part,
 * then relate the parts (parents, cascaded themes) and check every plan.
 */

export interface RecoverOptions {
  /** Used only when a document says 本府 without ever naming its city. */
  fallbackCity: string;
  /** Overrides for documents that do not name their organisation or year. */
  org?: string;
  year?: number;
}

export interface Recovered {
  plans: PlanDocument[];
  findings: Finding[];
}

type Cascade = { org: string; letter: string; year?: number };
type ThemeInput = NonNullable<PlanDocumentInput['themes']>[number];

function sortCodes<T extends { code: string }>(items: T[], crossTheme: boolean): T[] {
  // City-wide objectives (TC1) lead, as maps print them above the themes; shared ones (F1) close.
  const rank = (code: string) => (crossTheme && parseCode(code)?.themeLetter === CROSS_THEME_LETTER ? 0 : 1);
  return [...items].sort((a, b) => rank(a.code) - rank(b.code) || compareCodes(a.code, b.code));
}

function isEmpty(d: PlanDraft): boolean {
  return (
    d.objectives.length === 0 &&
    d.themes.length === 0 &&
    d.fields.mission === '' &&
    d.fields.vision === '' &&
    d.fields.coreValues.length === 0
  );
}

function parentOf(d: PlanDraft, drafts: PlanDraft[], resolver: OrgResolver): string | null {
  const byName = resolver.parentByName(d.part.org);
  if (byName) return byName;
  if (resolver.isCity(d.part.org)) return null;
  const orgs = drafts.map((x) => x.part.org);
  for (const m of d.part.marks) {
    if (m.cascades && m.level) {
      const p = resolver.resolveLevel(m.level, d.part.org, orgs);
      if (p) return p;
    }
  }
  return null;
}

/** 「承接臺北市政府教育局「H 推廣終身教育」」: the organisation whose themes a plan takes up is its parent. */
function parentNamedInCascades(d: PlanDraft, resolver: OrgResolver): string | null {
  const named = [...d.themes.map((t) => t.cascade?.org), ...d.cascadeQuotes.map((q) => q.org)].flatMap((o) =>
    o ? [resolver.fullName(o)] : [],
  );
  const first = named[0];
  return first !== undefined && first !== d.part.org && named.every((n) => n === first) ? first : null;
}

/**
 * The organisation every cascading theme was found to take up (the parent's map in the same
 * document holding 「H 推廣終身教育」 when the note says only 承接局級) is the plan's parent.
 */
function parentOfCascades(themes: ThemeInput[], self: string): string | null {
  const orgs = new Set(themes.flatMap((t) => (t.cascadesFrom ? [t.cascadesFrom.org] : [])));
  const [only] = orgs;
  return orgs.size === 1 && only !== undefined && only !== self ? only : null;
}

function resolveCascade(
  ref: { letter: string; name: string; level: string | null; org?: string },
  d: PlanDraft,
  drafts: PlanDraft[],
  parent: string | null,
  resolver: OrgResolver,
): Cascade | null {
  const named = ref.org ? resolver.fullName(ref.org) : null;
  const holder = drafts.find(
    (x) =>
      x !== d &&
      (named === null || x.part.org === named) &&
      x.themes.some((t) => t.letter === ref.letter && (ref.name === '' || isSameThing(t.name, ref.name))),
  );
  if (named !== null)
    return { org: named, letter: ref.letter, ...(holder ? { year: holder.part.year } : {}) };
  if (holder) return { org: holder.part.org, letter: ref.letter, year: holder.part.year };
  const byLevel = ref.level
    ? resolver.resolveLevel(
        ref.level,
        d.part.org,
        drafts.map((x) => x.part.org),
      )
    : null;
  const org = byLevel ?? parent;
  return org ? { org, letter: ref.letter } : null;
}

/**
 * An agency whose theme carries the parent's letter and name (codes that keep the city's
 * letters) takes that theme up; only when the parent's plan is in the same document to compare.
 */
function sameLetterParentTheme(
  t: ThemeInput,
  d: PlanDraft,
  drafts: PlanDraft[],
  parent: string | null,
): { cascade: Cascade; name: string } | null {
  if (parent === null) return null;
  const holder = drafts.find((x) => x !== d && x.part.org === parent);
  // A theme named only after its letter (策略主題 A) because the document never named it says nothing.
  const named = (x: { letter: string; line: number } | undefined) => x !== undefined && x.line > 0;
  if (!named(d.themes.find((x) => x.letter === t.letter))) return null;
  const theirs = holder?.themes.find((x) => x.letter === t.letter && named(x) && isSameThing(x.name, t.name));
  if (!holder || !theirs) return null;
  return { cascade: { org: parent, letter: t.letter, year: holder.part.year }, name: theirs.name };
}

function toInput(
  d: PlanDraft,
  drafts: PlanDraft[],
  resolver: OrgResolver,
  findings: Finding[],
): PlanDocumentInput {
  const parent = parentOf(d, drafts, resolver) ?? parentNamedInCascades(d, resolver);
  const levelOfPart = d.part.marks.find((m) => m.cascades && m.level)?.level ?? null;
  const themes = d.themes.map((t) => {
    const theme: ThemeInput = {
      letter: t.letter,
      name: t.name,
    };
    const stated = t.cascade ?? (t.cascadeRef?.letter ? t.cascadeRef : undefined);
    if (stated?.letter) {
      const ref = {
        letter: stated.letter,
        name: stated.name,
        level: t.cascade?.level ?? levelOfPart,
        ...(t.cascade?.org ? { org: t.cascade.org } : {}),
      };
      const c = resolveCascade(ref, d, drafts, parent, resolver);
      if (c) theme.cascadesFrom = c;
      else {
        findings.push(
          finding(
            'cascade-unresolved',
            'info',
            [t.letter],
            {
              zh: `策略主題 ${t.letter} 承接上級主題 ${ref.letter}「${ref.name}」，但文件未說明上級機關`,
              en: `theme ${t.letter} takes up the parent theme ${ref.letter} "${ref.name}", but the document does not say whose`,
            },
            stated.line,
          ),
        );
      }
    }
    return theme;
  });
  // A cascade the document states in prose (「本局策略主題皆承接府級「F-…」」) wins over one read
  // from letters; a theme printed with its own parent theme keeps that one.
  const explicit = new Set(themes.filter((t) => t.cascadesFrom).map((t) => t.letter));
  for (const q of d.cascadeQuotes) {
    const c = resolveCascade(q, d, drafts, parent, resolver);
    if (!c || c.org === d.part.org) continue;
    const named = themes.filter((t) => q.name !== '' && t.name.includes(q.name));
    for (const t of named.length > 0 ? named : themes.filter((t) => !explicit.has(t.letter))) {
      t.cascadesFrom = c;
      explicit.add(t.letter);
    }
  }
  for (const t of themes) {
    if (t.cascadesFrom) continue;
    const same = sameLetterParentTheme(t, d, drafts, parent);
    if (!same) continue;
    t.cascadesFrom = same.cascade;
    findings.push(
      finding(
        'cascade-inferred',
        'info',
        [t.letter],
        {
          zh: `策略主題 ${t.letter}「${t.name}」與上級 ${same.cascade.org} 的主題 ${t.letter}「${same.name}」字母與名稱相同，視為承接該主題；若不是，請在匯入前改選`,
          en: `theme ${t.letter} "${t.name}" has the letter and name of ${same.cascade.org}'s theme ${t.letter} "${same.name}", so it was read as taking that theme up; pick another before importing if it does not`,
        },
        d.themes.find((x) => x.letter === t.letter)?.line,
      ),
    );
  }
  d.leads.forEach((lead) => {
    const theme = lead.letter ? themes.find((t) => t.letter === lead.letter) : themes[lead.index];
    if (!theme) return;
    if (lead.lead) theme.lead = resolver.fullName(lead.lead);
    if (lead.members.length > 0) theme.members = [...new Set(lead.members.map((m) => resolver.fullName(m)))];
  });

  const crossTheme = !themes.some((t) => t.letter === CROSS_THEME_LETTER);
  const input: PlanDocumentInput = {
    format: PLAN_FORMAT,
    org: { name: d.part.org, parent: parent ?? parentOfCascades(themes, d.part.org) },
    year: d.part.year,
    title: d.part.title,
    issued: d.part.issued?.iso ?? null,
    mission: d.fields.mission,
    vision: d.fields.vision,
    coreValues: d.fields.coreValues,
    themes,
    objectives: sortCodes(d.objectives, crossTheme),
    ksfs: d.ksfs,
    kpis: sortCodes(d.kpis, crossTheme).map((k) => ({
      ...k,
      ...(k.formula ? { formula: tidyFormula(k.formula) } : {}),
      ...(k.unit ? { unit: tidyFormula(k.unit) } : {}),
    })),
    actions: sortCodes(d.actions, crossTheme),
    links: d.links,
  };
  if (d.perspectiveOrder.length === 4) input.perspectiveOrder = d.perspectiveOrder;
  return input;
}

/** A mission or vision printed only as a running header still belongs to the document's organisation. */
function fillFromHeaders(own: PlanDraft[], headers: SourceLine[]) {
  if (headers.length === 0) return;
  const fields = readFields([{ kind: 'text', lines: headers }]);
  for (const d of own) {
    if (d.fields.mission === '') d.fields.mission = fields.mission;
    if (d.fields.vision === '') d.fields.vision = fields.vision;
    if (d.fields.coreValues.length === 0) d.fields.coreValues = fields.coreValues;
  }
}

export function recoverPlans(doc: SourceDocument, options: RecoverOptions): Recovered {
  if (!doc.lines.some((l) => hasCode(l.text))) {
    throw new ImportError('no-codes', doc.fileName, {
      en: 'no strategy-map codes found (objective codes such as AC1, KPI codes such as AC1.1); is this a strategy map or balanced scorecard?',
      zh: '找不到策略地圖代碼（如策略目標 AC1、關鍵績效指標 AC1.1）；請確認這是策略地圖或平衡計分卡文件',
    });
  }
  const prepared = prepareDocument(doc);
  const seg = segment(prepared.doc, options);
  if (!seg) {
    throw new ImportError('no-organisation', doc.fileName, {
      en: 'the document does not say whose plan it is: no organisation name found (e.g. a title line 臺北市政府教育局 策略地圖); add the title or give the organisation',
      zh: '文件未說明是哪個機關的計畫：找不到機關名稱（例如標題「臺北市政府教育局 策略地圖」）；請補上標題或指定機關',
    });
  }
  if (seg.parts.length === 0) {
    throw new ImportError('no-year', doc.fileName, {
      en: 'the document does not say which year the plan is for (e.g. 110年策略地圖 or a date 110年3月30日); add it or give the year',
      zh: '文件未說明計畫年度（例如「110年策略地圖」或日期「110年3月30日」）；請補上或指定年度',
    });
  }
  const drafts = seg.parts.map((p) => refineWithGeometry(draftPlan(p), doc)).filter((d) => !isEmpty(d));
  fillFromHeaders(
    drafts.filter((d) => d.part.org === seg.main),
    prepared.headers,
  );
  const plans: PlanDocument[] = [];
  const findings: Finding[] = [];
  for (const d of drafts) {
    const own: Finding[] = [...d.findings];
    const { plan, findings: problems } = validatePlan(toInput(d, drafts, seg.resolver, own));
    own.push(...problems);
    const ref = { org: d.part.org, year: d.part.year };
    if (plan) {
      plans.push(plan);
      own.push(
        ...lintPlan(plan, { statedCounts: d.statedCounts, nameVariants: d.variants, codeLines: d.codeLines }),
      );
    }
    findings.push(...own.map((f) => ({ ...f, plan: ref })));
  }
  return { plans, findings: findings.sort(compareFindings) };
}
