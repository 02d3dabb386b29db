import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export interface TableInfo {
  table: PgTable;
  name: string;
  /** Columns referring to the same table (e.g. an organisation's parent). */
  selfReferences: string[];
}

/**
 * What a backup leaves out: derived bookkeeping (the change counter of read-cache.ts) and
 * short-lived security counters (wrong passwords in a row, sign-ins per address and minute), which
 * expire within minutes and, restored, would lock accounts or addresses out for no present reason.
 */
const LEFT_OUT_TABLES = new Set(['change_generation', 'login_failures', 'rate_limit_counters']);

/**
 * Every table of the schema, parents before children (foreign keys decide), so that a backup can
 * be written and restored in one pass whatever tables later migrations add.
 */

export function tablesInDependencyOrder(): TableInfo[] {
  const tables = (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .filter((table) => !LEFT_OUT_TABLES.has(getTableConfig(table).name));
  const infos = new Map<string, { info: TableInfo; deps: Set<string> }>();
  for (const table of tables) {
    const config = getTableConfig(table);
    const deps = new Set<string>();
    const selfReferences: string[] = [];
    for (const fk of config.foreignKeys) {
      const ref = fk.reference();
      const target = getTableConfig(ref.foreignTable).name;
      if (target === config.name) selfReferences.push(...ref.columns.map((c) => c.name));
      else deps.add(target);
    }
    infos.set(config.name, { info: { table, name: config.name, selfReferences }, deps });
  }
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  const visit = (name: string, path: string[]) => {
    if (done.has(name)) return;
    if (path.includes(name)) throw new Error(`foreign keys form a cycle: ${[...path, name].join(' → ')}`);
    const entry = infos.get(name);
    if (!entry) return;
    for (const dep of [...entry.deps].sort()) visit(dep, [...path, name]);
    done.add(name);
    ordered.push(entry.info);
  };
  for (const name of [...infos.keys()].sort()) visit(name, []);
  return ordered;
}
