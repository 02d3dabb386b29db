import type { PlanDocument } from '../domain/plan-document';
import { importTextDocument } from './import-document';

/**
 * The sample data set the app loads on first start: one plan document per organisation and
 * year found in the seed documents. When two documents hold the same organisation-year (an
 * agency deck quoting the city's map header), the fuller plan is kept.
 */

export interface SampleEntry {
  file: string;
  org: string;
  parent: string | null;
  year: number;
  source: string;
  counts: { themes: number; objectives: number; ksfs: number; kpis: number; actions: number };
  findings: { error: number; warning: number; info: number };
}

export interface SampleSet {
  files: { name: string; content: string }[];
  index: SampleEntry[];
}

function weight(p: PlanDocument): number {
  return p.objectives.length * 1000 + p.kpis.length * 10 + p.themes.length;
}

/** Characters that are unsafe in a file name on some system are replaced, Chinese is kept. */
export function sampleFileName(org: string, year: number): string {
  return `${org.replace(/[\\/:*?"<>|\s]+/g, '_')}-${year}.json`;
}

export function buildSampleSet(documents: { name: string; bytes: Uint8Array }[]): SampleSet {
  const chosen = new Map<string, { plan: PlanDocument; source: string; findings: SampleEntry['findings'] }>();
  for (const doc of [...documents].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const result = importTextDocument(doc.bytes, doc.name);
    for (const plan of result.plans) {
      const key = sampleFileName(plan.org.name, plan.year);
      const own = result.findings.filter((f) => f.plan?.org === plan.org.name && f.plan.year === plan.year);
      const findings = {
        error: own.filter((f) => f.severity === 'error').length,
        warning: own.filter((f) => f.severity === 'warning').length,
        info: own.filter((f) => f.severity === 'info').length,
      };
      const current = chosen.get(key);
      if (!current || weight(plan) > weight(current.plan))
        chosen.set(key, { plan, source: doc.name, findings });
    }
  }
  const keys = [...chosen.keys()].sort();
  const files = keys.map((name) => ({
    name,
    content: `${JSON.stringify(chosen.get(name)?.plan, null, 2)}\n`,
  }));
  const index = keys.map((file): SampleEntry => {
    const { plan, source, findings } = chosen.get(file) as {
      plan: PlanDocument;
      source: string;
      findings: SampleEntry['findings'];
    };
    return {
      file,
      org: plan.org.name,
      parent: plan.org.parent ?? null,
      year: plan.year,
      source,
      counts: {
        themes: plan.themes.length,
        objectives: plan.objectives.length,
        ksfs: plan.ksfs.length,
        kpis: plan.kpis.length,
        actions: plan.actions.length,
      },
      findings,
    };
  });
  return { files, index };
}
