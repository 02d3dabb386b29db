import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementKind } from '../../scripts/corpus/kinds';
import type { CorpusEntry, CorpusManifest } from '../../scripts/corpus/manifest';
import { type PlanDocument, PlanDocumentSchema } from '../../src/domain/plan-document';
import { tryImportDocument } from '../../src/import';
import { type Comparison, comparePlans, describeDifference } from './compare';

/**
 * Imports every file of a built corpus and compares it with its expected plans; the table the
 * suite asserts on and the bench prints.
 */

export interface FormResult {
  entry: CorpusEntry;
  /** The importer's refusal, when it refused the file. */
  refused?: string;
  comparison: Comparison;
  importMs: number;
}

const loadPlan = (dir: string, file: string): PlanDocument =>
  PlanDocumentSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));

export async function runForm(dir: string, entry: CorpusEntry): Promise<FormResult> {
  const bytes = new Uint8Array(readFileSync(join(dir, entry.file)));
  const expected = entry.expected.map((e) => ({ plan: loadPlan(dir, e.file), kinds: e.kinds }));
  const t0 = performance.now();
  const r = await tryImportDocument(bytes, entry.file.split('/').pop() as string);
  const importMs = performance.now() - t0;
  if (!r.ok) {
    const comparison = comparePlans(expected, [], [], entry.tolerated);
    return { entry, refused: `${r.error.code}: ${r.error.message}`, comparison, importMs };
  }
  return {
    entry,
    comparison: comparePlans(expected, r.result.plans, r.result.findings, entry.tolerated),
    importMs,
  };
}

export async function runCorpus(dir: string): Promise<FormResult[]> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CorpusManifest;
  const results: FormResult[] = [];
  for (const e of manifest.entries) results.push(await runForm(dir, e));
  return results;
}

const KIND_SHORT: Partial<Record<ElementKind, string>> = {
  themes: 'thm',
  cascades: 'cas',
  objectives: 'obj',
  links: 'lnk',
  ksfs: 'ksf',
  kpis: 'kpi',
  formulas: 'fml',
  actions: 'act',
  mvv: 'mvv',
  plan: 'pln',
  parent: 'par',
  leads: 'led',
};

/** One row per form: exact/total per element kind, findings, unexplained differences or the refusal. */
export function resultTable(results: FormResult[], detail = 3): string {
  const lines = results.map((r) => {
    const kinds = Object.entries(r.comparison.tally)
      .map(([k, t]) => `${KIND_SHORT[k as ElementKind] ?? k} ${t.exact}/${t.total}`)
      .join('  ');
    const status = r.refused
      ? `REFUSED ${r.refused.slice(0, 120)}`
      : r.comparison.unexplained.length
        ? `${r.comparison.unexplained.length} unexplained`
        : 'ok';
    const head = `${r.entry.id}  [${kinds}]  findings ${r.comparison.findings}  ${status}`;
    const diffs = r.refused
      ? []
      : r.comparison.unexplained.slice(0, detail).map((d) => `    ${describeDifference(d)}`);
    const more =
      r.comparison.unexplained.length > detail && !r.refused
        ? [`    … ${r.comparison.unexplained.length - detail} more`]
        : [];
    return [head, ...diffs, ...more].join('\n');
  });
  return lines.join('\n');
}

/**
 * Results grouped by `key` (a source plan, a writer): elements exact/total, forms without an
 * unexplained difference out of all, findings raised. One line per group.
 */
export function summaryTable(results: FormResult[], key: (r: FormResult) => string): string {
  const groups = new Map<
    string,
    { exact: number; total: number; findings: number; forms: number; ok: number }
  >();
  for (const r of results) {
    const k = key(r);
    const g = groups.get(k) ?? { exact: 0, total: 0, findings: 0, forms: 0, ok: 0 };
    for (const t of Object.values(r.comparison.tally)) {
      g.exact += t.exact;
      g.total += t.total;
    }
    g.findings += r.comparison.findings;
    g.forms++;
    if (!r.refused && r.comparison.unexplained.length === 0) g.ok++;
    groups.set(k, g);
  }
  return [...groups]
    .map(([k, g]) => `  ${k}  ${g.exact}/${g.total}  forms ${g.ok}/${g.forms}  findings ${g.findings}`)
    .join('\n');
}
