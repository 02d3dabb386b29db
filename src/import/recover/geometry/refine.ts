import type { Finding } from '../../../domain/lint/finding';
import type { TableFrame } from '../../pages';
import type { SourceDocument } from '../../source';
import type { PlanDraft } from '../draft-plan';
import { readPageMaps } from './page-maps';
import { type PartPage, partPages } from './part-pages';
import { refineFromMaps } from './refine-map';
import { refineFromScorecards } from './refine-scorecard';
import { type LocatedTable, readScorecards } from './scorecard';

/**
 * Recovery that uses geometry when it has it: the one step between the text recovery of a part
 * and the relating of parts. Documents without positions (text files) have no placed items, so
 * their drafts come back unchanged.
 */

function tablesOf(pp: PartPage): LocatedTable[] {
  const tables = pp.page.items.filter((i): i is TableFrame => i.kind === 'table');
  tables.sort((a, b) => (a.box?.y ?? 0) - (b.box?.y ?? 0) || (a.box?.x ?? 0) - (b.box?.x ?? 0));
  return tables.map((table) => ({
    table,
    lineOf: (r: number) => {
      const cells = (table.rows[r] ?? [])
        .filter((c) => !c.covered)
        .map((c) => c.text.split('\n')[0]?.trim() ?? '');
      const longest = [...cells].sort((a, b) => b.length - a.length)[0] ?? '';
      return pp.lineOfText(longest);
    },
  }));
}

function copy(d: PlanDraft): PlanDraft {
  return {
    ...d,
    themes: d.themes.map((t) => ({ ...t })),
    objectives: d.objectives.map((o) => ({ ...o })),
    ksfs: d.ksfs.map((k) => ({ ...k })),
    kpis: d.kpis.map((k) => ({ ...k })),
    actions: d.actions.map((a) => ({ ...a })),
    links: d.links.map((l) => ({ ...l })),
    perspectiveOrder: [...d.perspectiveOrder],
    codeLines: new Map(d.codeLines),
    findings: [...d.findings],
  };
}

function unique(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.rule}\u0000${f.codes.join(',')}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function refineWithGeometry(draft: PlanDraft, doc: SourceDocument): PlanDraft {
  const pages = partPages(doc, draft.part);
  if (pages.length === 0) return draft;
  const maps = pages.flatMap(readPageMaps);
  const tables = pages.flatMap(tablesOf);
  if (maps.length === 0 && tables.length === 0) return draft;
  const out = copy(draft);
  const added = [...refineFromMaps(out, maps), ...refineFromScorecards(out, readScorecards(tables))];
  out.findings.push(...unique(added));
  return out;
}
