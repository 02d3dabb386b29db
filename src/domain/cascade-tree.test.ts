import { describe, expect, it } from 'vitest';
import { buildCascadeTree, type CascadeThemeRow, themesUnder } from './cascade-tree';

let nextId = 1;
function theme(
  orgId: number,
  orgName: string,
  year: number,
  letter: string,
  from: CascadeThemeRow['from'] = null,
): CascadeThemeRow {
  const id = nextId++;
  return {
    themeId: id,
    letter,
    name: `${orgName}${letter}`,
    position: 0,
    planId: orgId * 1000 + year,
    year,
    status: 'draft',
    orgId,
    orgName,
    from,
  };
}

describe('cascade tree', () => {
  const cityA = theme(1, '市府', 110, 'A');
  const cityB = theme(1, '市府', 110, 'B');
  const eduX = theme(2, '教育局', 110, 'X', { orgId: 1, letter: 'A', year: 110 });
  // Year left out: the year of its own plan (110), so it takes up 市府 110 A.
  const socY = theme(3, '社會局', 110, 'Y', { orgId: 1, letter: 'A', year: null });
  const libP = theme(4, '圖書館', 110, 'P', { orgId: 2, letter: 'X', year: 110 });
  // A 111 theme naming 市府 A without a year belongs to the 111 cascade, not this one.
  const later = theme(3, '社會局', 111, 'Y', { orgId: 1, letter: 'A', year: null });
  // A 111 plan may still explicitly take up the 110 theme.
  const explicit = theme(5, '工務局', 111, 'Q', { orgId: 1, letter: 'A', year: 110 });
  const elsewhere = theme(5, '工務局', 110, 'R', { orgId: 9, letter: 'A', year: 110 });

  it('follows cascades to any depth, by organisation, letter and year', () => {
    const tree = buildCascadeTree([cityA, cityB], [libP, socY, eduX, later, explicit, elsewhere]);
    const [a, b] = tree;
    expect(a?.children.map((c) => c.theme.orgName)).toEqual(['工務局', '社會局', '教育局']);
    expect(a?.children.find((c) => c.theme === eduX)?.children.map((c) => c.theme)).toEqual([libP]);
    expect(b?.children).toEqual([]);
    expect(themesUnder(a as NonNullable<typeof a>).map((t) => t.orgName)).toEqual([
      '市府',
      '工務局',
      '社會局',
      '教育局',
      '圖書館',
    ]);
  });

  it('places each theme once even when stored references loop', () => {
    const p = theme(6, '甲', 110, 'A', null);
    const q = theme(7, '乙', 110, 'A', { orgId: 6, letter: 'A', year: 110 });
    const loop = { ...p, from: { orgId: 7, letter: 'A', year: 110 } };
    const [root] = buildCascadeTree([p], [q, loop]);
    expect(root?.children.map((c) => c.theme)).toEqual([q]);
    expect(root?.children[0]?.children).toEqual([]);
  });
});
