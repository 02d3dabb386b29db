import { useMemo } from 'react';
import { can, type Principal } from '../../../../src/domain/authz';
import { orgNameKey } from '../../../../src/domain/org-names';
import type { ApiError } from '../../api/errors';
import type { OrganizationSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { useSession } from '../auth/session';
import { ancestorsOf } from '../editing/rights';
import { buildOrgTree, type OrgNode } from '../orgs/tree';

export interface OrgOption {
  value: number;
  title: string;
  /** Shown for the tree's sake (an editable agency's bureau) but not pickable. */
  disabled: boolean;
  children: OrgOption[];
}

export interface ImportOrgs {
  list: OrganizationSummary[] | undefined;
  error: ApiError | undefined;
  reload(): void;
  isAdmin: boolean;
  /** The organisation of that name (台/臺, widths and spaces folded as the server does). */
  byName(name: string | null | undefined): OrganizationSummary | undefined;
  byId(id: number | null | undefined): OrganizationSummary | undefined;
  /** Whether the signed-in user may store plans of this organisation: the server's `can`. */
  mayWrite(org: OrganizationSummary | undefined): boolean;
  /** The tree cut down to the organisations one may write, with the ancestors that lead to them. */
  writableTree: OrgOption[];
  /** The whole tree, every node pickable (an administrator placing a new organisation). */
  fullTree: OrgOption[];
}

/**
 * The organisation tree (GET /api/orgs, which every signed-in user may read) with the user's
 * rights worked out by the same rule as the server's, so the page offers only organisations the
 * import will accept. Never asks for anything only administrators may read.
 */
export function useImportOrgs(): ImportOrgs {
  const { me, isAdmin } = useSession();
  const orgs = useApi<{ organizations: OrganizationSummary[] }>('/api/orgs');
  const list = orgs.data?.organizations;
  return useMemo(() => {
    const all = list ?? [];
    const parents = new Map(all.map((o) => [o.id, o.parentId]));
    const ids = new Map(all.map((o) => [o.id, o]));
    const names = new Map(all.map((o) => [orgNameKey(o.name), o]));
    const principal: Principal = {
      kind: 'user',
      name: '',
      userId: null,
      tokenId: null,
      grants: me?.grants ?? [],
    };
    const mayWrite = (org: OrganizationSummary | undefined) =>
      !!org && can(principal, 'plan.write', org.id, ancestorsOf(org.id, parents));
    const prune = (nodes: OrgNode[]): OrgOption[] =>
      nodes.flatMap((n) => {
        const children = prune(n.children);
        const writable = mayWrite(n.org);
        if (!writable && children.length === 0) return [];
        return [{ value: n.org.id, title: n.org.name, disabled: !writable, children }];
      });
    const full = (nodes: OrgNode[]): OrgOption[] =>
      nodes.map((n) => ({ value: n.org.id, title: n.org.name, disabled: false, children: full(n.children) }));
    const tree = buildOrgTree(all);
    return {
      list,
      error: orgs.error,
      reload: orgs.reload,
      isAdmin,
      byName: (name) => (name ? names.get(orgNameKey(name)) : undefined),
      byId: (id) => (id === null || id === undefined ? undefined : ids.get(id)),
      mayWrite,
      writableTree: prune(tree),
      fullTree: full(tree),
    };
  }, [list, orgs.error, orgs.reload, me, isAdmin]);
}
