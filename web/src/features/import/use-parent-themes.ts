import { useMemo } from 'react';
import type { PlanDocument } from '../../../../src/domain/plan-document';
import type { PlanDetail } from '../../api/types';
import { useApi } from '../../api/use-api';
import { sameOrg } from './plan-edits';
import type { ImportOrgs } from './use-import-orgs';

export interface ParentTheme {
  letter: string;
  name: string;
}

/** Where the themes a plan may take up come from, for the picker to say so. */
export type ParentThemes =
  | { source: 'none' }
  | { source: 'loading'; org: string; year: number }
  | { source: 'stored' | 'document'; org: string; year: number; themes: ParentTheme[] }
  | { source: 'unavailable'; org: string; year: number };

/**
 * The themes of the parent organisation's plan of a year: the stored plan when the user may read
 * it (the organisation list only lists readable plans), else the parent's map the document itself
 * carried. Another agency's draft stays unreadable, as everywhere else; the picker then offers
 * letters.
 */
export function useParentThemes(
  orgs: ImportOrgs,
  parent: string | null,
  year: number,
  documentPlans: PlanDocument[],
): ParentThemes {
  const parentOrg = orgs.byName(parent);
  const planId = parentOrg?.plans.find((p) => p.year === year)?.id;
  const stored = useApi<PlanDetail>(planId === undefined ? null : `/api/plans/${planId}`);
  const data = stored.data?.id === planId ? stored.data : undefined;
  return useMemo((): ParentThemes => {
    if (!parent) return { source: 'none' };
    const org = parentOrg?.name ?? parent;
    if (planId !== undefined && !data && !stored.error) return { source: 'loading', org, year };
    if (data) {
      const themes = data.themes.map((t) => ({ letter: t.letter, name: t.name }));
      return { source: 'stored', org: data.org.name, year, themes };
    }
    const carried = documentPlans.find((p) => sameOrg(p.org.name, parent) && p.year === year);
    if (carried?.themes.length)
      return {
        source: 'document',
        org,
        year,
        themes: carried.themes.map((t) => ({ letter: t.letter, name: t.name })),
      };
    return { source: 'unavailable', org, year };
  }, [parent, parentOrg, planId, data, stored.error, year, documentPlans]);
}
