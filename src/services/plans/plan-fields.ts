import { z } from 'zod';
import { IsoDateSchema, PerspectiveSchema, PlanScoringSchema } from '../../domain/plan-document';

const text = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max));

/** The editable fields of a plan itself (its elements have their own use cases). */
export const PlanFields = z.object({
  title: text(200).nullish(),
  issued: IsoDateSchema.nullish(),
  mission: text(2000).optional(),
  vision: text(2000).optional(),
  coreValues: z
    .array(text(200).pipe(z.string().min(1, 'a core value must not be empty')))
    .max(50)
    .optional(),
  perspectiveOrder: z
    .array(PerspectiveSchema)
    .length(4, 'perspectiveOrder lists the four perspectives C, P, L, F')
    .refine((a) => new Set(a).size === 4, 'perspectiveOrder lists C, P, L and F once each')
    .optional(),
  /** Thresholds, cap, roll-up and perspective weights (docs/SCORING.md); null = the defaults. */
  scoring: PlanScoringSchema.nullish(),
});
