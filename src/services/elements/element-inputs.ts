import { z } from 'zod';
import { normalizeCode } from '../../domain/codes';
import { FREQUENCIES } from '../../domain/periods';
import { AGGREGATES, MilestoneStageSchema, PolaritySchema, WeightSchema } from '../../domain/scoring';

/** Field schemas shared by the create and update use cases of plan elements. */

export const elementName = z
  .string({ error: 'name must be text' })
  .transform((s) => s.normalize('NFC').trim())
  .pipe(z.string().min(1, 'name must not be empty').max(500, 'name is longer than 500 characters'));

export const elementCode = z
  .string({ error: 'code must be text' })
  .transform(normalizeCode)
  .pipe(z.string().min(1));

export const optionalText = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max))
    .transform((s) => (s === '' ? null : s))
    .nullish();

/** What the plan says beside a KPI's formula (「以上各數均含保留款」); as long as a result's note may be. */
export const kpiNote = optionalText(2000);

export const position = z.number().int().min(0).max(100_000);
export const version = z.number({ error: 'version (the one you loaded) is required' }).int().positive();

/** A weight in its parent's score: 0 leaves the element out; 1 (equal) by default. */
export const weight = WeightSchema;

/** The scoring fields of a KPI (docs/SCORING.md); `null` clears an optional one. */
export const kpiScoringInputs = {
  polarity: PolaritySchema.optional(),
  frequency: z
    .enum(FREQUENCIES, { error: 'frequency must be "year", "half", "quarter" or "month"' })
    .nullish(),
  baseline: z.number({ error: 'baseline must be a number' }).nullish(),
  weight: WeightSchema.optional(),
  aggregate: z.enum(AGGREGATES, { error: 'aggregate must be "last" or "sum"' }).optional(),
  stages: z
    .array(MilestoneStageSchema)
    .max(20)
    .refine((s) => new Set(s.map((x) => x.name)).size === s.length, 'stage names must differ')
    .nullish(),
  tolerance: z
    .number({ error: 'tolerance must be a number' })
    .positive('tolerance must be above 0')
    .nullish(),
};

type KpiScoringInput = { [K in keyof typeof kpiScoringInputs]?: z.output<(typeof kpiScoringInputs)[K]> };

/** The columns a KPI input sets; fields left out stay as they are. */
export function kpiScoringValues(input: KpiScoringInput): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(kpiScoringInputs) as (keyof KpiScoringInput)[]) {
    const v = input[key];
    if (v === undefined) continue;
    values[key] = key === 'stages' && Array.isArray(v) && v.length === 0 ? null : v;
  }
  return values;
}
