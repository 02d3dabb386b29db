import type { PlanDocumentInput } from './plan-document';

/**
 * A deterministic, realistic synthetic city for load and scale work (`stratmap demo-city`): the
 * city, its bureaus and their agencies, each with a plan a year that cascades its parent's
 * themes, ~25 objectives and ~30 KPIs with formulas, yearly targets and quarterly actuals.
 * The same options always give the same documents.
 */

export interface DemoCityOptions {
  orgs: number;
  years: number;
  seed: number;
  /** The last (current) ROC year; earlier years are approved, the last one is a draft. */
  lastYear: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEMO_CITY = '示範市政府';
const CITY_THEMES = [
  '營造永續環境',
  '健全都市發展',
  '發展多元文化',
  '優化產業勞動',
  '強化社會支持',
  '打造優質教育',
  '精進健康安全',
  '精實良善治理',
];
const BUREAUS = [
  '教育局',
  '社會局',
  '環境保護局',
  '文化局',
  '產業發展局',
  '衛生局',
  '交通局',
  '都市發展局',
  '工務局',
  '民政局',
  '財政局',
  '勞動局',
  '觀光傳播局',
  '消防局',
  '警察局',
  '地政局',
  '資訊局',
  '人事處',
  '主計處',
  '研究發展考核委員會',
];
const AGENCY_KINDS = [
  '圖書館',
  '動物園',
  '美術館',
  '醫院',
  '運動中心',
  '區公所',
  '國民中學',
  '國民小學',
  '清潔隊',
  '檢驗所',
];
const VERBS = ['提升', '強化', '精進', '推動', '優化', '建構', '擴大', '落實'];
const NOUNS = [
  '服務品質',
  '市民滿意度',
  '預算執行效能',
  '數位服務',
  '人才培育',
  '跨域合作',
  '資源運用',
  '環境品質',
  '學習成效',
  '流程效率',
];
const UNITS = ['%', '人次', '件', '場次', '家數', '千元/人'];
const PERSPECTIVES = ['C', 'P', 'L', 'F'] as const;

function orgNames(count: number): { name: string; parent: string | null }[] {
  const out: { name: string; parent: string | null }[] = [{ name: DEMO_CITY, parent: null }];
  const bureauCount = Math.min(40, Math.max(1, Math.round((count - 1) * 0.13)));
  const bureaus: string[] = [];
  for (let i = 0; i < bureauCount && out.length < count; i++) {
    const base = BUREAUS[i % BUREAUS.length] as string;
    const name = `${DEMO_CITY}${i < BUREAUS.length ? base : `第${i + 1}${base}`}`;
    bureaus.push(name);
    out.push({ name, parent: DEMO_CITY });
  }
  for (let i = 0; out.length < count; i++) {
    const parent = bureaus[i % bureaus.length] as string;
    out.push({ name: `示範市立第${i + 1}${AGENCY_KINDS[i % AGENCY_KINDS.length]}`, parent });
  }
  return out;
}

function planFor(
  org: { name: string; parent: string | null },
  orgIndex: number,
  year: number,
  options: DemoCityOptions,
): PlanDocumentInput {
  // One stream per organisation and year, so plans do not depend on the order they are made in.
  const random = mulberry32(options.seed * 1_000_003 + orgIndex * 1009 + year);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  const isCity = org.parent === null;
  const themeCount = isCity ? 8 : 4 + Math.floor(random() * 2);
  const letters = 'ABCDEFGH'.slice(0, themeCount).split('');
  const themes = letters.map((letter, i) => ({
    letter,
    name: isCity ? (CITY_THEMES[i] as string) : `${pick(VERBS)}${pick(NOUNS)}`,
    ...(isCity
      ? {}
      : { cascadesFrom: { org: org.parent as string, letter: 'ABCDEFGH'[(orgIndex + i) % 4] as string } }),
  }));
  const objectives: NonNullable<PlanDocumentInput['objectives']> = [];
  const kpis: NonNullable<PlanDocumentInput['kpis']> = [];
  const actions: NonNullable<PlanDocumentInput['actions']> = [];
  const targets: NonNullable<PlanDocumentInput['targets']> = [];
  const actuals: NonNullable<PlanDocumentInput['actuals']> = [];
  for (const t of themes) {
    for (const p of PERSPECTIVES) {
      const n = objectives.length < 25 && random() < 0.6 ? 2 : 1;
      for (let i = 1; i <= n; i++) {
        const code = `${t.letter}${p}${i}`;
        objectives.push({ code, name: `${pick(VERBS)}${pick(NOUNS)}` });
        const kpiCount = kpis.length < 30 && random() < 0.3 ? 2 : 1;
        for (let k = 1; k <= kpiCount; k++) {
          const kpi = `${code}.${k}`;
          const percent = random() < 0.6;
          const polarity = random() < 0.85 ? 'higher' : 'lower';
          kpis.push({
            code: kpi,
            objective: code,
            name: `${pick(NOUNS)}${percent ? '達成率' : '數量'}`,
            formula: percent ? '實際完成數/預定完成數×100%' : null,
            unit: percent ? '%' : pick(UNITS),
            polarity,
            frequency: 'quarter',
          });
          actions.push({ code: `${kpi}.1`, kpi, name: `${pick(NOUNS)}推動計畫` });
          const target = percent ? 90 + Math.floor(random() * 10) : 100 + Math.floor(random() * 900);
          targets.push({ kpi, period: String(year), value: target });
          const skill = 0.75 + random() * 0.4;
          for (let q = 1; q <= 4; q++) {
            const ratio = skill + (random() - 0.5) * 0.2;
            const value = Math.round(target * (polarity === 'higher' ? ratio : 2 - ratio) * 10) / 10;
            actuals.push({ kpi, period: `${year}Q${q}`, value });
          }
        }
      }
    }
  }
  const links = objectives
    .filter((o) => o.code.includes('L1'))
    .map((o) => ({ from: o.code, to: o.code.replace('L1', 'P1') }))
    .filter((l) => objectives.some((o) => o.code === l.to));
  return {
    format: 'stratmap.plan/1',
    org: { name: org.name, parent: org.parent },
    year,
    status: year === options.lastYear ? 'draft' : 'approved',
    mission: '為市民服務，替城市創新',
    vision: '成為宜居永續城市',
    coreValues: ['正直誠信', '團隊合作', '創新卓越', '開放共享'],
    themes,
    objectives,
    kpis,
    actions,
    links,
    targets,
    actuals,
  };
}

/** The plans of one year, parents before children. */
export function demoCityYear(options: DemoCityOptions, year: number): PlanDocumentInput[] {
  return orgNames(options.orgs).map((org, i) => planFor(org, i, year, options));
}

export function demoCityYears(options: DemoCityOptions): number[] {
  return Array.from({ length: options.years }, (_, i) => options.lastYear - options.years + 1 + i);
}
