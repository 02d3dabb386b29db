import { z } from 'zod';
import { optionalText } from '../elements/element-inputs';

/** Field schemas shared by the entry of targets and actuals. */

const finite = (what: string) =>
  z.number({ error: `${what} must be a number` }).refine(Number.isFinite, `${what} must be a finite number`);

/** An evidence link: a web address, or a plain reference such as a document number. */
export const evidenceText = optionalText(2000).refine(
  (s) => s == null || !/^[a-z][a-z0-9+.-]*:/i.test(s) || /^https?:\/\//i.test(s),
  'evidence must be an http(s) link or a plain reference (other link types are refused)',
);

export const ActualEntrySchema = z.object({
  kpi: z.string({ error: 'kpi must be a KPI code such as "AC1.1"' }),
  period: z.string().optional().describe('e.g. 110Q1; defaults to the request period'),
  value: finite('value').nullish(),
  stage: z.string().max(200).nullish(),
  inputs: z.record(z.string(), finite('a formula input')).optional(),
  note: optionalText(2000),
  evidence: evidenceText,
  explanation: optionalText(2000),
  correctiveAction: optionalText(2000),
  version: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('the version you loaded, to change a stored actual'),
});

export const TargetEntrySchema = z.object({
  kpi: z.string({ error: 'kpi must be a KPI code such as "AC1.1"' }),
  period: z.string({ error: 'period must be text such as "110" or "110Q1"' }),
  value: finite('value').nullish(),
  min: finite('min').nullish(),
  max: finite('max').nullish(),
  stage: z.string().max(200).nullish(),
  version: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('the version you loaded, to change a stored target'),
});
