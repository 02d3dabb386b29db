import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';

/** Ancestors of an organisation, nearest first (recursive query: one round trip at any depth). */
export async function ancestorIdsOf(db: DbOrTx, orgId: number): Promise<number[]> {
  const result = await db.execute<{ id: number }>(sql`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from organizations where id = ${orgId}
      union all
      select o.id, o.parent_id, up.depth + 1 from organizations o join up on o.id = up.parent_id where up.depth < 100
    )
    select id from up where depth > 0 order by depth`);
  return rowsOf<{ id: number }>(result).map((r) => Number(r.id));
}

/** The organisation and all its descendants. */
export async function subtreeIdsOf(db: DbOrTx, orgIds: number[]): Promise<number[]> {
  if (orgIds.length === 0) return [];
  const result = await db.execute<{ id: number }>(sql`
    with recursive down(id, depth) as (
      select id, 0 from organizations where id in (${sql.join(
        orgIds.map((id) => sql`${id}`),
        sql`, `,
      )})
      union all
      select o.id, down.depth + 1 from organizations o join down on o.parent_id = down.id where down.depth < 100
    )
    select distinct id from down`);
  return rowsOf<{ id: number }>(result).map((r) => Number(r.id));
}

/** PGlite returns `{ rows }`, node-postgres a QueryResult with `rows` too; both are normalised here. */
function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}
