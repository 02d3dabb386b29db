/**
 * How long scoring a whole city takes: 300 organisations × 30 KPIs, actuals for 4 quarters,
 * each organisation scored for every quarter and the year, then the city roll-up per quarter.
 * Run with `npx tsx bench/scoring.ts`. Deterministic data, so runs compare.
 */
import { PERSPECTIVES } from '../src/domain/codes';
import {
  type Actual,
  type CityOrgInput,
  type PlanScore,
  type ScorePlanInput,
  scoreCity,
  scorePlan,
  type Target,
} from '../src/domain/scoring';

const ORGS = 300;
const KPIS = 30;
const QUARTERS = ['110Q1', '110Q2', '110Q3', '110Q4'];
const POLARITY = ['higher', 'lower', 'range', 'higher', 'milestone'] as const;
const THEMES = ['A', 'B', 'C'];

let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

function makePlan(): ScorePlanInput {
  const objectives = THEMES.flatMap((theme) =>
    PERSPECTIVES.map((perspective) => ({ code: `${theme}${perspective}1`, theme, perspective })),
  );
  const kpis = Array.from({ length: KPIS }, (_, i) => {
    const objective = objectives[i % objectives.length]?.code ?? 'AC1';
    const polarity = POLARITY[i % POLARITY.length] ?? 'higher';
    return {
      code: `${objective}.${Math.floor(i / objectives.length) + 1}`,
      objective,
      polarity,
      formula: i % 3 === 0 ? '(實支數+應付未付數)/預算數×100%' : null,
      stages: [
        { name: '招標', percent: 25 },
        { name: '完工', percent: 75 },
        { name: '啟用', percent: 100 },
      ],
    };
  });
  const targets: Target[] = kpis.map((k) =>
    k.polarity === 'range'
      ? { kpi: k.code, period: '110', min: 40, max: 60 }
      : { kpi: k.code, period: '110', value: k.polarity === 'milestone' ? 100 : 90 },
  );
  const actuals: Actual[] = kpis.flatMap((k, i) =>
    QUARTERS.map((period): Actual => {
      if (i % 3 === 0) {
        return { kpi: k.code, period, inputs: { 實支數: 50 + 50 * random(), 應付未付數: 5, 預算數: 100 } };
      }
      return { kpi: k.code, period, value: Math.round(100 * random()) };
    }),
  );
  return { themes: THEMES.map((letter) => ({ letter })), objectives, kpis, targets, actuals };
}

const plans = Array.from({ length: ORGS }, makePlan);
const city = { org: '臺北市政府', themes: THEMES.map((letter) => ({ letter })) };

function run(): number {
  let scored = 0;
  for (const period of [...QUARTERS, '110']) {
    const scores: PlanScore[] = plans.map((p) => scorePlan(p, period));
    scored += scores.length;
    const orgs: CityOrgInput[] = scores.map((score, i) => ({
      org: `機關${i}`,
      themes: THEMES.map((letter) => ({ letter, cascadesFrom: { org: city.org, letter } })),
      score,
    }));
    scoreCity({ city, orgs });
  }
  return scored;
}

for (let i = 0; i < 3; i++) run();
const rounds = 10;
const times: number[] = [];
for (let i = 0; i < rounds; i++) {
  const t0 = performance.now();
  run();
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(rounds / 2)] ?? 0;
const per = median / (ORGS * (QUARTERS.length + 1));
console.log(
  `scoring: ${ORGS} organisations × ${KPIS} KPIs × ${QUARTERS.length} quarters, scored for each quarter and the year with the city roll-up: ${median.toFixed(1)} ms median (${per.toFixed(3)} ms per plan and period)`,
);
