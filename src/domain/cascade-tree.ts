/**
 * Who takes up a theme: the themes of other organisations' plans that cascade from it (承接),
 * and the themes that cascade from those, to any depth.
 */

export interface CascadeThemeRow {
  themeId: number;
  letter: string;
  name: string;
  position: number;
  planId: number;
  year: number;
  status: string;
  orgId: number;
  orgName: string;
  /** The parent theme; `year` null means the year of this theme's own plan. */
  from: { orgId: number; letter: string; year: number | null } | null;
}

export interface CascadeTreeNode {
  theme: CascadeThemeRow;
  children: CascadeTreeNode[];
}

const parentKey = (orgId: number, letter: string, year: number) => `${orgId}:${letter}:${year}`;

/**
 * The tree under each root theme. A theme is placed once (the first parent reached breadth-first),
 * so a cycle in stored references cannot loop. Children read by organisation, then letter.
 */
export function buildCascadeTree(roots: CascadeThemeRow[], candidates: CascadeThemeRow[]): CascadeTreeNode[] {
  const byParent = new Map<string, CascadeThemeRow[]>();
  for (const c of candidates) {
    if (!c.from) continue;
    const key = parentKey(c.from.orgId, c.from.letter, c.from.year ?? c.year);
    const list = byParent.get(key);
    if (list) list.push(c);
    else byParent.set(key, [c]);
  }
  const placed = new Set<number>(roots.map((r) => r.themeId));
  const nodes = roots.map((theme) => ({ theme, children: [] as CascadeTreeNode[] }));
  let frontier = nodes;
  while (frontier.length > 0) {
    const next: CascadeTreeNode[] = [];
    for (const node of frontier) {
      const { orgId, letter, year } = node.theme;
      const children = (byParent.get(parentKey(orgId, letter, year)) ?? [])
        .filter((c) => !placed.has(c.themeId))
        .sort(
          (a, b) =>
            a.orgName.localeCompare(b.orgName, 'zh-Hant-TW') ||
            a.year - b.year ||
            a.position - b.position ||
            a.letter.localeCompare(b.letter),
        );
      for (const c of children) {
        placed.add(c.themeId);
        const child = { theme: c, children: [] };
        node.children.push(child);
        next.push(child);
      }
    }
    frontier = next;
  }
  return nodes;
}

/** Every theme of a subtree, the node itself first. */
export function themesUnder(node: CascadeTreeNode): CascadeThemeRow[] {
  return [node.theme, ...node.children.flatMap(themesUnder)];
}
