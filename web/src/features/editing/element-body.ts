import type { ElementKind } from './elements';
import { DEFAULT_WEIGHT, type KpiScoring, scoringBody, scoringFormValues } from './kpi-scoring';

/** The fields the element form edits per kind; a KPI's scoring fields come on top (kpi-scoring.ts). */
export const FIELDS: Record<ElementKind, string[]> = {
  theme: ['letter', 'name', 'weight', 'position'],
  objective: ['code', 'name', 'weight', 'position'],
  ksf: ['code', 'name', 'position'],
  kpi: ['code', 'name', 'formula', 'note', 'unit', 'position'],
  action: ['code', 'name', 'position'],
};

/** The form's starting values from the element being changed, or a new one's defaults. */
export function elementFormValues(
  kind: ElementKind,
  source: Record<string, unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = Object.fromEntries(
    FIELDS[kind].map((f) => [f, source[f] ?? undefined]),
  );
  if (FIELDS[kind].includes('weight')) values.weight = source.weight ?? DEFAULT_WEIGHT;
  if (kind === 'kpi') Object.assign(values, scoringFormValues(source as Partial<KpiScoring>));
  return values;
}

/** The create or update body from the form's values (the version is added by the caller). */
export function elementBody(kind: ElementKind, values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of FIELDS[kind]) if (values[f] !== undefined) body[f] = values[f];
  // An emptied text field clears the stored one; the API reads '' as "none".
  for (const f of ['formula', 'note', 'unit']) if (FIELDS[kind].includes(f)) body[f] = body[f] ?? '';
  if (kind === 'ksf' && !body.code) body.code = null;
  if (body.position === null || body.position === undefined) delete body.position;
  if (FIELDS[kind].includes('weight')) body.weight = body.weight ?? DEFAULT_WEIGHT;
  if (kind === 'kpi') Object.assign(body, scoringBody(values));
  return body;
}
