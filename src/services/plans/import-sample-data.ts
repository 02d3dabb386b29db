import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import { z } from 'zod';
import { organizations } from '../../db/schema';
import { type PlanDocument, parsePlanFile } from '../../domain/plan-document';
import type { ServiceContext } from '../context';
import { importPlanDocuments, type PlanImportOutcome } from './import-plan-documents';

/** `samples/index.json`, written by `npm run samples`: one entry per plan file. */
const SampleIndex = z.array(z.object({ file: z.string().min(1) }).loose());

export const SAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../samples');

/** The committed sample plans (imported from the real documents by `npm run samples`). */
export function readSamplePlans(dir = SAMPLES_DIR): PlanDocument[] {
  const index = path.join(dir, 'index.json');
  if (!existsSync(index)) return [];
  const entries = SampleIndex.parse(JSON.parse(readFileSync(index, 'utf8')));
  return entries.flatMap(({ file: f }) => {
    const parsed = parsePlanFile(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
    if (!parsed.ok)
      throw new Error(`sample ${f} is not a valid plan document: ${JSON.stringify(parsed.issues[0])}`);
    return parsed.plans;
  });
}

/** On an empty database, stores the sample plans so that a first start shows something real. */
export async function importSampleDataIfEmpty(ctx: ServiceContext): Promise<PlanImportOutcome[] | null> {
  const [row] = await ctx.db.select({ n: count() }).from(organizations);
  if ((row?.n ?? 0) > 0) return null;
  const plans = readSamplePlans();
  if (plans.length === 0) return [];
  return importPlanDocuments(ctx, plans);
}
