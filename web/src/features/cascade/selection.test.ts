import { describe, expect, it } from 'vitest';
import type { OrganizationSummary } from '../../../../src/services/organizations/list-organizations.contract';
import { defaultOrg, resolveSelection, yearsOf } from './selection';

const org = (id: number, parentId: number | null, years: number[]): OrganizationSummary => ({
  id,
  name: `org${id}`,
  parentId,
  version: 1,
  plans: years.map((year) => ({ id: id * 1000 + year, year, status: 'draft' })),
});

describe('cascade selection', () => {
  const orgs = [org(1, null, [110]), org(2, 1, [108, 110]), org(3, 2, [108]), org(4, null, [110])];

  it('starts from the root holding most plans, at its latest year', () => {
    expect(defaultOrg(orgs)?.id).toBe(1);
    expect(resolveSelection(orgs, null, null)).toMatchObject({ org: { id: 1 }, year: 110 });
    // A city without a plan of its own: the first organisation that has one.
    expect(defaultOrg([org(1, null, []), org(2, 1, [110])])?.id).toBe(2);
    expect(defaultOrg([])).toBeUndefined();
  });

  it('follows the address when it names a known organisation', () => {
    expect(resolveSelection(orgs, '2', null)).toMatchObject({ org: { id: 2 }, year: 110 });
    expect(resolveSelection(orgs, '2', '108')).toMatchObject({ org: { id: 2 }, year: 108 });
    // A year without a plan stays chosen, so the page can say there is none.
    expect(resolveSelection(orgs, '2', '109')).toMatchObject({ year: 109 });
    expect(resolveSelection(orgs, '99', '108')).toMatchObject({ org: { id: 1 }, year: 110 });
    expect(resolveSelection(orgs, '2', 'abc')).toMatchObject({ year: 110 });
  });

  it('lists years newest first', () => {
    expect(yearsOf(org(5, null, [108, 110, 109]))).toEqual([110, 109, 108]);
    expect(yearsOf(undefined)).toEqual([]);
  });
});
