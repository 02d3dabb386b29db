import { resolve } from 'node:path';
import type { Finding } from '../domain/lint/finding';
import type { PlanDocument } from '../domain/plan-document';
import { PlanDocumentSchema } from '../domain/plan-document';
import { checkPlanIntegrity } from '../domain/plan-integrity';
import { type ImportResult, importTextDocument } from './import-document';

/** The real documents of ../shared/seeds, copied so that every clone and CI machine has them. */
export const SEED_DIR = resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'seeds');

/** Shared by the importer's tests: import a string and check every plan is storable. */

export function importText(text: string, fileName = 'doc.txt'): ImportResult {
  const result = importTextDocument(new TextEncoder().encode(text), fileName);
  for (const p of result.plans) assertStorable(p);
  return result;
}

export function assertStorable(plan: PlanDocument): void {
  const reparsed = PlanDocumentSchema.safeParse(JSON.parse(JSON.stringify(plan)));
  if (!reparsed.success)
    throw new Error(`plan ${plan.org.name} ${plan.year} fails the schema: ${reparsed.error.message}`);
  const problems = checkPlanIntegrity(reparsed.data);
  if (problems.length > 0)
    throw new Error(`plan ${plan.org.name} ${plan.year}: ${problems.map((p) => p.message).join('; ')}`);
}

export function planOf(result: ImportResult, org: string, year?: number): PlanDocument {
  const p = result.plans.find((x) => x.org.name === org && (year === undefined || x.year === year));
  if (!p)
    throw new Error(
      `no plan for ${org} ${year ?? ''}; found ${result.plans.map((x) => `${x.org.name} ${x.year}`).join(', ')}`,
    );
  return p;
}

export function findingsOf(result: ImportResult, rule: string, org?: string): Finding[] {
  return result.findings.filter((f) => f.rule === rule && (org === undefined || f.plan?.org === org));
}
