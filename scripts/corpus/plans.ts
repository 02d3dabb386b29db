import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { demoCityYear } from '../../src/domain/demo-city';
import { type PlanDocument, PlanDocumentSchema } from '../../src/domain/plan-document';
import { englishHealthPlan, sharedObjectivesPlan } from './tricky-plans';

/**
 * The plans the corpus renders: the committed samples (what the seed documents import to), a
 * city, a bureau and an agency of the synthetic demo city, and hand-made plans with the content
 * that trips importers (English, shared objectives F1/L1, long wrapping names, formulas).
 */

export interface CorpusPlan {
  /** Stable id used in file names and manifests, e.g. `sample-臺北市立圖書館-108`. */
  id: string;
  origin: 'sample' | 'demo' | 'tricky';
  plan: PlanDocument;
  /** Seed file the sample was imported from (samples/index.json), for the seed text variations. */
  seed?: string;
  /** Language the deck is drawn in. */
  locale: 'zh-TW' | 'en';
}

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The real documents of ../shared/seeds, copied into the repository so every clone has them. */
export const SEED_DIR = resolve(ROOT, 'test', 'fixtures', 'seeds');

const parse = (json: unknown, what: string): PlanDocument => {
  const r = PlanDocumentSchema.safeParse(json);
  if (!r.success) throw new Error(`${what} is not a plan document: ${r.error.issues[0]?.message}`);
  return r.data;
};

export function loadSample(file: string): PlanDocument {
  return parse(JSON.parse(readFileSync(join(ROOT, 'samples', file), 'utf8')), file);
}

/**
 * The seeds lost their arrows when they were turned into text, so the samples have no links.
 * Their decks draw the usual ones — learning → process → customer, finance → process, within
 * each theme — so that arrows are tested on the agencies' own maps too.
 */
export function withDrawnLinks(plan: PlanDocument): PlanDocument {
  if (plan.links.length || !plan.kpis.length) return plan;
  const first = (theme: string, p: string) =>
    plan.objectives.find((o) => o.theme === theme && o.perspective === p)?.code;
  const links = plan.themes.flatMap((t) => {
    const [c, pr, l, f] = (['C', 'P', 'L', 'F'] as const).map((p) => first(t.letter, p));
    return [
      [l, pr],
      [pr, c],
      [f, pr],
    ].flatMap(([from, to]) => (from && to ? [{ from, to }] : []));
  });
  return { ...plan, links };
}

function samplePlans(): CorpusPlan[] {
  const dir = join(ROOT, 'samples');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
    file: string;
    source: string;
  }[];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort()
    .map((f) => ({
      id: `sample-${f.replace(/\.json$/, '')}`,
      origin: 'sample' as const,
      plan: withDrawnLinks(loadSample(f)),
      seed: index.find((e) => e.file === f)?.source,
      locale: 'zh-TW' as const,
    }));
}

/** What a deck shows: the tracking data (targets, actuals, status, scoring) is not drawn. */
export function deckContent(plan: PlanDocument): PlanDocument {
  const { status: _s, targets: _t, actuals: _a, scoring: _c, ...rest } = plan;
  return {
    ...rest,
    kpis: plan.kpis.map(({ code, objective, name, formula, unit }) => ({
      code,
      objective,
      name,
      formula: formula ?? null,
      unit: unit ?? null,
    })),
  };
}

/** The city, its bureau and one agency under that bureau: three shapes of plan (8, 5 and 4 themes). */
function demoPlans(): CorpusPlan[] {
  const year = 110;
  const plans = demoCityYear({ orgs: 12, years: 1, seed: 7, lastYear: year }, year).map((p, i) =>
    parse(p, `demo plan ${i}`),
  );
  const city = plans[0];
  const bureau = plans[1];
  const agency = plans.find((p) => p.org.parent === bureau?.org.name && p.themes.length === 4);
  if (!city || !bureau || !agency) throw new Error('the demo city no longer has a city, bureau and agency');
  return [city, bureau, agency].map((p, i) => ({
    id: `demo-${['city', 'bureau', 'agency'][i]}`,
    origin: 'demo' as const,
    plan: deckContent(p),
    locale: 'zh-TW' as const,
  }));
}

export function corpusPlans(): CorpusPlan[] {
  return [
    ...samplePlans(),
    ...demoPlans(),
    { id: 'tricky-shared', origin: 'tricky', plan: parse(sharedObjectivesPlan(), 'shared'), locale: 'zh-TW' },
    { id: 'tricky-english', origin: 'tricky', plan: parse(englishHealthPlan(), 'english'), locale: 'en' },
  ];
}

/** The plan of the parent organisation for the same year, when the corpus has it. */
export function parentOf(plans: CorpusPlan[], p: CorpusPlan): CorpusPlan | undefined {
  const parent = p.plan.org.parent;
  if (!parent) return undefined;
  return plans.find((q) => q.plan.org.name === parent && q.plan.year === p.plan.year);
}
