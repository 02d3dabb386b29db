import { z } from 'zod';
import { CROSS_THEME_LETTER, normalizeCode, PERSPECTIVES, parseCodeOfKind } from './codes';
import { findControlCharacters } from './control-characters';
import { FREQUENCIES } from './periods';
import {
  ActualSchema,
  AGGREGATES,
  MilestoneStageSchema,
  PLAN_BASES,
  PolaritySchema,
  ROLLUPS,
  ScoringSettingsSchema,
  TargetSchema,
  WeightSchema,
} from './scoring/types';

/**
 * The JSON plan document (`stratmap.plan/1`): what every importer produces and every exporter
 * reads. Shared by the server, the CLI and the web app.
 */

export const PLAN_FORMAT = 'stratmap.plan/1';

export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

const trimmed = z.string().transform((s) => s.normalize('NFC').trim());
const required = (what: string, kind: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${what} is required` : `${what} must be ${kind}`;

const name = (what: string) =>
  z
    .string({ error: required(what, 'text') })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1, `${what} must not be empty`).max(500, `${what} is longer than 500 characters`));

const code = (what: string) => z.string({ error: required(what, 'text') }).transform((s) => normalizeCode(s));

export const PerspectiveSchema = z.enum(PERSPECTIVES, {
  error: 'perspective must be one of C (顧客), P (內部流程), L (學習成長), F (財務)',
});

export const ThemeLetterSchema = z
  .string()
  .transform((s) => s.normalize('NFKC').trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]$/, 'a theme letter is one letter A–Z'));

export const OrgRefSchema = z.object({
  name: name('organisation name'),
  parent: name('parent organisation name').nullish(),
});

export const CascadeRefSchema = z.object({
  org: name('organisation of the parent theme'),
  letter: ThemeLetterSchema,
  year: z.number().int().min(1).max(999).nullish(),
});

export const ThemeSchema = z.object({
  letter: ThemeLetterSchema,
  name: name('theme name'),
  cascadesFrom: CascadeRefSchema.nullish(),
  lead: name('lead organisation').nullish(),
  members: z.array(name('member organisation')).optional(),
  weight: WeightSchema.optional(),
});

/**
 * An objective's theme and perspective may be left out: the code says them (AC1 → A, C; F1 →
 * no theme, F). When given they must agree with the code (plan-integrity checks that).
 */
export const ObjectiveSchema = z
  .object({
    code: code('objective code'),
    theme: ThemeLetterSchema.nullish(),
    perspective: PerspectiveSchema.optional(),
    name: name('objective name'),
    weight: WeightSchema.optional(),
  })
  .transform((o) => {
    const parsed = parseCodeOfKind(o.code, 'objective');
    const letter = parsed?.themeLetter ?? null;
    return {
      code: o.code,
      theme: o.theme !== undefined ? o.theme : letter === CROSS_THEME_LETTER ? null : letter,
      perspective: o.perspective ?? parsed?.perspective ?? ('C' as const),
      name: o.name,
      ...(o.weight !== undefined ? { weight: o.weight } : {}),
    };
  });

export const KsfSchema = z.object({
  code: code('KSF code').nullish(),
  objective: code('objective code'),
  name: name('KSF name'),
});

export const KpiSchema = z.object({
  code: code('KPI code'),
  objective: code('objective code'),
  name: name('KPI name'),
  formula: trimmed.nullish(),
  unit: trimmed.nullish(),
  /** What the document says beside the formula (「以上各數均含保留款」), kept apart from it. */
  note: trimmed.nullish(),
  // Scoring fields (docs/SCORING.md); all optional so that documents without them keep reading.
  polarity: PolaritySchema.optional(),
  frequency: z
    .enum(FREQUENCIES, { error: 'frequency must be "year", "half", "quarter" or "month"' })
    .optional(),
  baseline: z.number({ error: 'baseline must be a number' }).nullish(),
  weight: WeightSchema.optional(),
  aggregate: z.enum(AGGREGATES, { error: 'aggregate must be "last" or "sum"' }).optional(),
  stages: z.array(MilestoneStageSchema).optional(),
  tolerance: z
    .number({ error: 'tolerance must be a number' })
    .positive('tolerance must be above 0')
    .nullish(),
});

/** An actual as a document carries it: what was reported, plus why a miss happened and what is done. */
export const ActualDocSchema = ActualSchema.extend({
  explanation: trimmed.nullish(),
  correctiveAction: trimmed.nullish(),
});

/**
 * A plan's scoring settings as the plan states them; unstated ones take the defaults of
 * docs/SCORING.md. Kept as written (not filled in), so a document round-trips unchanged.
 */
export const PlanScoringSchema = z
  .object({
    thresholds: z
      .object({ green: z.number().min(0).optional(), yellow: z.number().min(0).optional() })
      .optional(),
    cap: z.number().positive('the cap must be above 0').optional(),
    rollup: z.enum(ROLLUPS, { error: 'rollup must be "weighted" or "worst"' }).optional(),
    planFrom: z.enum(PLAN_BASES, { error: 'planFrom must be "perspectives" or "themes"' }).optional(),
    perspectiveWeights: z.partialRecord(z.enum(PERSPECTIVES), WeightSchema).optional(),
  })
  .superRefine((s, ctx) => {
    const { perspectiveWeights: _w, ...settings } = s;
    const r = ScoringSettingsSchema.safeParse(settings);
    if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
  });
export type PlanScoring = z.output<typeof PlanScoringSchema>;

export const ActionSchema = z.object({
  code: code('action plan code'),
  kpi: code('KPI code'),
  name: name('action plan name'),
});

export const LinkSchema = z.object({
  from: code('link source objective code'),
  to: code('link target objective code'),
});

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD (Gregorian), e.g. 2021-03-30')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real calendar date');

export const PlanDocumentSchema = z
  .object({
    format: z.literal(PLAN_FORMAT, { error: `format must be "${PLAN_FORMAT}"` }),
    org: OrgRefSchema,
    year: z
      .number({ error: 'year must be a ROC year number, e.g. 110' })
      .int('year must be a whole ROC year, e.g. 110')
      .min(1, 'year is a ROC year (民國), e.g. 110 for 2021')
      .max(999, 'year is a ROC year (民國), e.g. 110 for 2021, not a Gregorian year'),
    title: trimmed.nullish(),
    issued: IsoDateSchema.nullish(),
    status: z.enum(PLAN_STATUSES).optional(),
    mission: trimmed.default(''),
    vision: trimmed.default(''),
    coreValues: z.array(name('core value')).default([]),
    perspectiveOrder: z
      .array(PerspectiveSchema)
      .length(4)
      .refine((a) => new Set(a).size === 4, 'perspectiveOrder lists C, P, L and F once each')
      .optional(),
    themes: z.array(ThemeSchema).default([]),
    objectives: z.array(ObjectiveSchema).default([]),
    ksfs: z.array(KsfSchema).default([]),
    kpis: z.array(KpiSchema).default([]),
    actions: z.array(ActionSchema).default([]),
    links: z.array(LinkSchema).default([]),
    scoring: PlanScoringSchema.optional(),
    targets: z.array(TargetSchema).optional(),
    actuals: z.array(ActualDocSchema).optional(),
  })
  // Once for every text of the document, so a field added later is covered too.
  .superRefine((doc, ctx) => {
    for (const issue of findControlCharacters(doc)) ctx.addIssue({ code: 'custom', ...issue });
  });

export type PlanDocument = z.output<typeof PlanDocumentSchema>;
export type PlanDocumentInput = z.input<typeof PlanDocumentSchema>;
export type ThemeDoc = PlanDocument['themes'][number];
export type ObjectiveDoc = PlanDocument['objectives'][number];
export type KsfDoc = PlanDocument['ksfs'][number];
export type KpiDoc = PlanDocument['kpis'][number];
export type ActionDoc = PlanDocument['actions'][number];
export type LinkDoc = PlanDocument['links'][number];
export type TargetDoc = NonNullable<PlanDocument['targets']>[number];
export type ActualDoc = NonNullable<PlanDocument['actuals']>[number];

/** A file holds one plan document or `{ "plans": [ … ] }`. */
export const PlanFileSchema = z.union([
  PlanDocumentSchema,
  z.object({ plans: z.array(PlanDocumentSchema).min(1) }),
]);

const MultiPlanFileSchema = z.object({
  plans: z.array(PlanDocumentSchema).min(1, 'plans must hold at least one plan'),
});

/**
 * Parses the content of a plan file. Dispatches on the `plans` key itself, so that the errors
 * name the real field instead of a union's "invalid input".
 */
export function parsePlanFile(
  json: unknown,
): { ok: true; plans: PlanDocument[] } | { ok: false; issues: z.core.$ZodIssue[] } {
  const isMulti = typeof json === 'object' && json !== null && 'plans' in json;
  const result = isMulti ? MultiPlanFileSchema.safeParse(json) : PlanDocumentSchema.safeParse(json);
  if (!result.success) return { ok: false, issues: result.error.issues };
  return { ok: true, plans: 'plans' in result.data ? result.data.plans : [result.data] };
}
