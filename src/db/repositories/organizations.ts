import { eq, inArray } from 'drizzle-orm';
import { orgNameKey } from '../../domain/org-names';
import type { DbOrTx } from '../client';
import { organizations } from '../schema';

export type OrganizationRow = typeof organizations.$inferSelect;

export async function findOrgByName(db: DbOrTx, name: string): Promise<OrganizationRow | undefined> {
  const [row] = await db
    .select()
    .from(organizations)
    .where(eq(organizations.nameKey, orgNameKey(name)));
  return row;
}

export async function findOrgById(db: DbOrTx, id: number): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function orgNamesById(db: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every ancestor id of an organisation, nearest first (used to refuse cycles). */
export async function ancestorIds(db: DbOrTx, orgId: number): Promise<number[]> {
  const all = await db.select({ id: organizations.id, parentId: organizations.parentId }).from(organizations);
  const parentOf = new Map(all.map((r) => [r.id, r.parentId]));
  const result: number[] = [];
  let current = parentOf.get(orgId) ?? null;
  while (current !== null && !result.includes(current)) {
    result.push(current);
    current = parentOf.get(current) ?? null;
  }
  return result;
}
