import type { DbOrTx } from '../../db/client';
import { ancestorIdsOf } from '../../db/repositories/org-tree';
import { type Grant, type Role, roleAtMost } from '../../domain/authz';

const weaker = (a: Role, b: Role): Role => (roleAtMost(a, b) ? b : a);

/**
 * What a token created by a user may do now: its own scope (its organisation and everything
 * below, at its role) intersected with its creator's current roles. An administrator creator
 * leaves the scope whole; a creator demoted to viewer makes an editor token a viewer; a creator's
 * role on an organisation below the token's narrows the token to that organisation; a creator
 * with no role there leaves the token nothing there.
 */
export async function effectiveTokenGrants(
  db: DbOrTx,
  token: Grant,
  creatorGrants: Grant[],
): Promise<Grant[]> {
  if (creatorGrants.some((g) => g.role === 'admin')) return [token];
  if (token.orgId === null) return [];
  const tokenAncestors = await ancestorIdsOf(db, token.orgId);
  const grants: Grant[] = [];
  for (const held of creatorGrants) {
    if (held.orgId === null) continue;
    const role = weaker(held.role, token.role);
    if (held.orgId === token.orgId || tokenAncestors.includes(held.orgId)) {
      grants.push({ orgId: token.orgId, role });
    } else if ((await ancestorIdsOf(db, held.orgId)).includes(token.orgId)) {
      grants.push({ orgId: held.orgId, role });
    }
  }
  return grants;
}
