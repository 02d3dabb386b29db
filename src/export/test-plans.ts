import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PlanDocument, PlanDocumentSchema } from '../domain/plan-document';

/** Plans the export tests and the benchmark share: the samples and a large generated one. */

const ROOT = join(import.meta.dirname, '..', '..');

export function samplePlan(file: string): PlanDocument {
  return PlanDocumentSchema.parse(JSON.parse(readFileSync(join(ROOT, 'samples', file), 'utf8')));
}

export function samplePlans(): PlanDocument[] {
  const index = JSON.parse(readFileSync(join(ROOT, 'samples', 'index.json'), 'utf8')) as { file: string }[];
  return index.map((e) => samplePlan(e.file));
}

const STAGES = [
  { name: '招標', percent: 25 },
  { name: '完工', percent: 75 },
  { name: '啟用', percent: 100 },
];

const LONG = '強化跨機關協調整合並落實數位轉型以提升市民對公共服務品質之整體滿意程度與信任感';

/**
 * Eight themes × 10 objectives = 80, long names, two KPIs each with formulas and units, up to
 * five action plans per KPI, cause-effect links up each theme, targets and actuals for a year
 * and its quarters and the plan's scoring settings.
 */
export function generatedPlan(objectivesPerTheme = 10): PlanDocument {
  const letters = 'ABCDEFGH'.split('');
  const perspectives = ['C', 'C', 'C', 'P', 'P', 'P', 'L', 'L', 'F', 'F'] as const;
  const objectives = letters.flatMap((t) =>
    Array.from({ length: objectivesPerTheme }, (_, i) => {
      const p = perspectives[i % perspectives.length] ?? 'C';
      const n = perspectives.slice(0, i % perspectives.length).filter((x) => x === p).length + 1;
      const weight = i % 7 === 3 ? { weight: 2 } : {};
      return { code: `${t}${p}${n}`, name: `${LONG.slice(0, 8 + ((i * 7) % 30))}${t}${i}`, ...weight };
    }),
  );
  const kpis = objectives.flatMap((o, i) =>
    [1, 2].map((n) => ({
      code: `${o.code}.${n}`,
      objective: o.code,
      name: `${LONG.slice(i % 9, 20 + (i % 15))}之達成比率（第${n}項）`,
      formula: '（當年度完成件數÷當年度預定件數）×100%',
      unit: '%',
      polarity: i % 10 === 5 && n === 1 ? 'milestone' : n === 2 ? 'lower' : 'higher',
      ...(i % 10 === 5 && n === 1 ? { stages: STAGES } : {}),
      ...(i % 4 === 0
        ? { weight: 2, frequency: 'quarter', baseline: 50, aggregate: 'sum', tolerance: 5 }
        : {}),
    })),
  );
  const actions = kpis.flatMap((k, i) =>
    Array.from({ length: 1 + (i % 5) }, (_, n) => ({
      code: `${k.code}.${n + 1}`,
      kpi: k.code,
      name: `${LONG.slice(n, 14 + ((i + n) % 25))}實施計畫`,
    })),
  );
  const links = letters.flatMap((t) => {
    const own = objectives.filter((o) => o.code.startsWith(t));
    return own.slice(1).map((o, i) => ({ from: o.code, to: (own[Math.max(0, i - 1)] ?? o).code }));
  });
  const targets = kpis.flatMap((k, i) => [
    k.polarity === 'milestone'
      ? { kpi: k.code, period: '110', stage: '完工' }
      : { kpi: k.code, period: '110', value: 80 + (i % 20) },
    { kpi: k.code, period: '110Q1', value: 20 + (i % 5) },
  ]);
  const actuals = kpis.flatMap((k, i) => [
    k.polarity === 'milestone'
      ? { kpi: k.code, period: '110', stage: '招標' }
      : { kpi: k.code, period: '110', value: 60 + ((i * 13) % 50) },
    {
      kpi: k.code,
      period: '110Q1',
      value: 18 + (i % 7),
      note: i % 3 === 0 ? '受疫情影響延後辦理' : null,
      ...(i % 5 === 0
        ? {
            explanation: '採購流標',
            correctiveAction: '重新招標並調整規格',
            evidence: 'https://example.org/110Q1',
          }
        : {}),
      ...(i % 6 === 0 ? { inputs: { 當年度完成件數: 9, 當年度預定件數: 12 } } : {}),
    },
  ]);
  return PlanDocumentSchema.parse({
    format: 'stratmap.plan/1',
    org: { name: '臺北市政府測試局', parent: '臺北市政府' },
    year: 110,
    title: '110年策略地圖及平衡計分卡',
    issued: '2021-03-30',
    mission: '為市民服務，替城市創新，打造宜居永續、智慧便利且具國際競爭力的首都城市',
    vision: '成為宜居永續城市',
    coreValues: ['正直誠信', '團隊合作', '創新卓越', '開放共享'],
    themes: letters.map((t, i) => ({
      letter: t,
      name: `${LONG.slice(i, i + 6 + i)}`,
      ...(i === 0 ? { weight: 3 } : {}),
    })),
    objectives,
    kpis,
    actions,
    ksfs: objectives.map((o) => ({ code: o.code, objective: o.code, name: `${LONG.slice(3, 30)}` })),
    links,
    scoring: { thresholds: { green: 0.95, yellow: 0.75 }, perspectiveWeights: { C: 2 } },
    targets,
    actuals,
  });
}

/** Fields a person writes in words; codes, periods and enumerations are left alone. */
const FREE_TEXT = new Set([
  'name',
  'parent',
  'title',
  'mission',
  'vision',
  'coreValues',
  'lead',
  'members',
  'unit',
  'formula',
  'stage',
  'note',
  'evidence',
  'explanation',
  'correctiveAction',
]);

function mapFreeText(value: unknown, edit: (text: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => mapFreeText(v, edit));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const free = FREE_TEXT.has(k) || (k === 'org' && typeof v === 'string');
    if (free && typeof v === 'string') out[k] = edit(v);
    else if (free && Array.isArray(v)) out[k] = v.map((s) => (typeof s === 'string' ? edit(s) : s));
    else out[k] = mapFreeText(v, edit);
  }
  return out;
}

/**
 * A small generated plan with every kind of free text present (a cascading theme with lead and
 * members, units, formulas, stages, notes, evidence, explanations), each edited by `edit`,
 * which must edit the same text the same way (a target names its KPI's stage). The result is
 * not validated: tests use it for texts that input refuses but that a writer must survive.
 */
export function planWithTexts(edit: (text: string) => string): PlanDocument {
  const plan = generatedPlan(3);
  const [first] = plan.themes;
  if (first) {
    first.lead = '臺北市政府研究發展考核委員會';
    first.members = ['臺北市政府資訊局', '臺北市政府主計處'];
    first.cascadesFrom = { org: '臺北市政府', letter: 'A', year: 110 };
  }
  return mapFreeText(plan, edit) as PlanDocument;
}

/** What starts a formula in a spreadsheet, and an apostrophe already before one. */
export const FORMULA_STARTS = ['=', '+', '-', '@', "'=", "''+"];

/** One of FORMULA_STARTS before the text, the same one for the same text. */
export function formulaLike(text: string): string {
  const sum = [...text].reduce((s, c) => s + (c.codePointAt(0) ?? 0), 0);
  return `${FORMULA_STARTS[sum % FORMULA_STARTS.length]}${text}`;
}
