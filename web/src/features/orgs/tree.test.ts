import { describe, expect, it } from 'vitest';
import type { OrganizationSummary } from '../../../../src/services/organizations/list-organizations.contract';
import { allKeys, buildOrgTree, filterOrgTree, foldName } from './tree';

const org = (id: number, name: string, parentId: number | null): OrganizationSummary => ({
  id,
  name,
  parentId,
  version: 1,
  plans: [],
});
const orgs = [
  org(3, '臺北市政府教育局', 1),
  org(1, '臺北市政府', null),
  org(4, '臺北市立圖書館', 3),
  org(2, '臺北市政府人事處', 1),
  org(9, '孤兒機關', 99),
];

describe('organisation tree', () => {
  it('nests city → bureaus → agencies and keeps orphans as roots', () => {
    const tree = buildOrgTree(orgs);
    expect(tree.map((n) => n.org.name).sort()).toEqual(['孤兒機關', '臺北市政府']);
    const city = tree.find((n) => n.org.id === 1);
    expect(city?.children.map((n) => n.org.id).sort()).toEqual([2, 3]);
    expect(allKeys(tree).sort()).toEqual(['1', '2', '3', '4', '9']);
  });

  it('searches across 台/臺 and full-width forms, keeping the ancestors of a match', () => {
    expect(foldName('台北市 ＡＢＣ')).toBe('臺北市abc');
    const found = filterOrgTree(buildOrgTree(orgs), '台北市立圖書館');
    expect(allKeys(found)).toEqual(['1', '3', '4']);
    expect(filterOrgTree(buildOrgTree(orgs), '不存在')).toEqual([]);
  });
});
