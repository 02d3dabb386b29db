import type { OrganizationSummary } from '../../../../src/services/organizations/list-organizations.contract';

export interface OrgNode {
  org: OrganizationSummary;
  children: OrgNode[];
}

/** City → bureaus → agencies from the flat list; an organisation whose parent is missing becomes a root. */
export function buildOrgTree(orgs: OrganizationSummary[]): OrgNode[] {
  const nodes = new Map(orgs.map((org) => [org.id, { org, children: [] as OrgNode[] }]));
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.org.parentId === null ? undefined : nodes.get(node.org.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort((a, b) => a.org.name.localeCompare(b.org.name, 'zh-Hant-TW'));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** Folds what people type and what documents print alike: 台/臺, full/half width, case. */
export function foldName(text: string): string {
  return text.normalize('NFKC').replace(/台/g, '臺').replace(/\s+/g, '').toLowerCase();
}

/** The tree keeping only matches and their ancestors (a match keeps its whole subtree). */
export function filterOrgTree(nodes: OrgNode[], query: string): OrgNode[] {
  const q = foldName(query);
  if (!q) return nodes;
  const out: OrgNode[] = [];
  for (const node of nodes) {
    if (foldName(node.org.name).includes(q)) out.push(node);
    else {
      const children = filterOrgTree(node.children, query);
      if (children.length) out.push({ org: node.org, children });
    }
  }
  return out;
}

export function allKeys(nodes: OrgNode[]): string[] {
  return nodes.flatMap((n) => [String(n.org.id), ...allKeys(n.children)]);
}
