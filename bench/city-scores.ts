/**
 * The city roll-up of one year as the API computes it (GET /api/city/scores): 300 organisations
 * under a city, each plan with 3 themes cascading from the city's, 24 KPIs of every polarity,
 * a year target and four quarters of actuals (some as formula inputs), stored in an in-memory
 * PGlite. Times loading every plan (one query per table) and scoring the city for a quarter and
 * for the year. Deterministic data, so runs compare.
 */
import { openDatabase } from '../src/db/client';
import { operator } from '../src/domain/authz';
import { PERSPECTIVES } from '../src/domain/codes';
import type { PlanDocumentInput } from '../src/domain/plan-document';
import { parsePlanFile } from '../src/domain/plan-document';
import { serviceContext } from '../src/services/context';
import { importPlanDocuments } from '../src/services/plans/import-plan-documents';
import { getCityScores } from '../src/services/tracking/city-scores';
import type { BenchResult } from './bench';

export const name = 'city-scores';

/** PGlite decodes rows in WebAssembly; PostgreSQL answers the same seven queries faster. */
export const targets = { quarter_median_ms: 2000, year_median_ms: 3000 };

const ORGS = 300;
const THEMES = ['A', 'B', 'C'];
const CITY = '臺北市政府';
const POLARITIES = ['higher', 'lower', 'range', 'milestone'] as const;
const STAGES = [
  { name: '招標', percent: 25 },
  { name: '完工', percent: 75 },
  { name: '啟用', percent: 100 },
];

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

export function agencyPlan(n: number): PlanDocumentInput {
  const objectives = THEMES.flatMap((t) =>
    PERSPECTIVES.map((p) => ({ code: `${t}${p}1`, name: `目標${t}${p}` })),
  );
  const kpis = objectives.flatMap((o, i) =>
    [1, 2].map((k) => {
      const polarity = POLARITIES[(i + k) % POLARITIES.length] ?? 'higher';
      return {
        code: `${o.code}.${k}`,
        objective: o.code,
        name: `指標${o.code}.${k}`,
        polarity,
        frequency: 'quarter' as const,
        formula: polarity === 'higher' ? '分子/分母×100%' : null,
        ...(polarity === 'milestone' ? { stages: STAGES } : {}),
      };
    }),
  );
  const targetOf = (k: (typeof kpis)[number]) =>
    k.polarity === 'range'
      ? { min: 40, max: 60 }
      : k.polarity === 'milestone'
        ? { stage: '啟用' }
        : { value: 90 };
  return {
    format: 'stratmap.plan/1',
    org: { name: `機關${n}`, parent: CITY },
    year: 110,
    themes: THEMES.map((letter) => ({ letter, name: `主題${letter}`, cascadesFrom: { org: CITY, letter } })),
    objectives,
    kpis,
    targets: kpis.map((k) => ({ kpi: k.code, period: '110', ...targetOf(k) })),
    actuals: kpis.flatMap((k) =>
      [1, 2, 3, 4].map((q) => {
        const period = `110Q${q}`;
        if (k.polarity === 'milestone') return { kpi: k.code, period, stage: STAGES[q % 3]?.name };
        if (k.formula)
          return { kpi: k.code, period, inputs: { 分子: Math.round(100 * random()), 分母: 100 } };
        return { kpi: k.code, period, value: Math.round(100 * random()) };
      }),
    ),
  };
}

async function time(work: () => Promise<unknown>, rounds: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(rounds / 2)] ?? 0;
}

export async function run(): Promise<BenchResult> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    const ctx = serviceContext(database.db, operator('bench'));
    const city: PlanDocumentInput = {
      format: 'stratmap.plan/1',
      org: { name: CITY },
      year: 110,
      themes: THEMES.map((letter) => ({ letter, name: `市府主題${letter}` })),
    };
    const parsed = parsePlanFile({
      plans: [city, ...Array.from({ length: ORGS }, (_, i) => agencyPlan(i + 1))],
    });
    if (!parsed.ok)
      throw new Error(`bench data is not a valid plan file: ${JSON.stringify(parsed.issues[0])}`);
    const t0 = performance.now();
    await importPlanDocuments(ctx, parsed.plans);
    const storeMs = performance.now() - t0;
    for (let i = 0; i < 3; i++) await getCityScores(ctx, 110, '110Q2');
    const quarter = await time(() => getCityScores(ctx, 110, '110Q2'), 10);
    const year = await time(() => getCityScores(ctx, 110, '110'), 10);
    const check = await getCityScores(ctx, 110, '110Q2');
    return {
      organisations: check.score.orgs.length,
      store_all_ms: storeMs,
      quarter_median_ms: quarter,
      year_median_ms: year,
    };
  } finally {
    await database.close();
  }
}
