import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { tablesInDependencyOrder } from '../../db/table-order';
import type { ServiceContext } from '../context';
import { authorize } from '../shared/authorize';
import { BACKUP_FORMAT, type BackupHeader } from './backup-format';
import { currentSchemaVersion } from './schema-version';

const PAGE = 5_000;

export function primaryKeyOf(table: Parameters<typeof getTableConfig>[0]): string {
  const pk = getTableConfig(table).columns.find((c) => c.primary);
  if (!pk) throw new Error(`table ${getTableConfig(table).name} has no single-column primary key`);
  return pk.name;
}

function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

/** Reads a table page by page in primary-key order (keyset pagination keeps memory flat). */
async function* tableRows(db: DbOrTx, name: string, pk: string): AsyncGenerator<Record<string, unknown>> {
  let last: unknown = null;
  for (;;) {
    const page = rowsOf<{ r: Record<string, unknown>; k: unknown }>(
      await db.execute(
        last === null
          ? sql`select row_to_json(t) as r, ${sql.identifier(pk)} as k from ${sql.identifier(name)} t order by ${sql.identifier(pk)} limit ${PAGE}`
          : sql`select row_to_json(t) as r, ${sql.identifier(pk)} as k from ${sql.identifier(name)} t where ${sql.identifier(pk)} > ${last} order by ${sql.identifier(pk)} limit ${PAGE}`,
      ),
    );
    for (const row of page) yield typeof row.r === 'string' ? JSON.parse(row.r) : row.r;
    if (page.length < PAGE) return;
    last = page[page.length - 1]?.k;
  }
}

/** Parents first within a self-referencing table (an organisation before its sub-organisations). */
function parentsFirst(
  rows: Record<string, unknown>[],
  pk: string,
  column: string,
): Record<string, unknown>[] {
  const byId = new Map(rows.map((r) => [r[pk], r]));
  const done = new Set<unknown>();
  const out: Record<string, unknown>[] = [];
  const visit = (row: Record<string, unknown>, depth: number) => {
    if (done.has(row[pk]) || depth > 1000) return;
    const parent = byId.get(row[column]);
    if (parent && parent !== row) visit(parent, depth + 1);
    done.add(row[pk]);
    out.push(row);
  };
  for (const row of rows) visit(row, 0);
  return out;
}

/**
 * Writes everything — organisations, plans, results, accounts, sessions, tokens, audit — from one
 * consistent snapshot. The file appears only when complete (written aside, then renamed).
 */
export async function createBackup(
  ctx: ServiceContext,
  file: string,
  engine: 'pglite' | 'postgres',
): Promise<BackupHeader> {
  await authorize(ctx.db, ctx, 'user.manage', null);
  const tables = tablesInDependencyOrder();
  const temp = `${file}.partial`;
  let header: BackupHeader | null = null;
  try {
    await ctx.db.transaction(
      async (tx) => {
        const counts: BackupHeader['tables'] = [];
        for (const t of tables) {
          const result = rowsOf<{ n: number | string }>(
            await tx.execute(sql`select count(*) as n from ${sql.identifier(t.name)}`),
          );
          counts.push({ name: t.name, rows: Number(result[0]?.n ?? 0) });
        }
        header = {
          format: BACKUP_FORMAT,
          createdAt: new Date().toISOString(),
          engine,
          schema: currentSchemaVersion(),
          tables: counts,
        };
        const head = header;
        async function* lines(): AsyncGenerator<string> {
          yield `${JSON.stringify(head)}\n`;
          for (const t of tables) {
            const pk = primaryKeyOf(t.table);
            let rows: AsyncIterable<Record<string, unknown>> | Record<string, unknown>[] = tableRows(
              tx,
              t.name,
              pk,
            );
            if (t.selfReferences.length > 0) {
              const all: Record<string, unknown>[] = [];
              for await (const r of rows) all.push(r);
              rows = t.selfReferences.reduce((acc, column) => parentsFirst(acc, pk, column), all);
            }
            for await (const r of rows) yield `${JSON.stringify({ t: t.name, r })}\n`;
          }
        }
        await pipeline(Readable.from(lines()), createGzip(), createWriteStream(temp));
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return header as unknown as BackupHeader;
}
