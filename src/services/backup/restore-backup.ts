import { createReadStream, existsSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client';
import { tablesInDependencyOrder } from '../../db/table-order';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { authorize } from '../shared/authorize';
import { bumpGeneration } from '../shared/read-cache';
import { inTransaction } from '../shared/transaction';
import { BACKUP_FORMAT, type BackupHeader, type BackupRowLine } from './backup-format';
import { primaryKeyOf } from './create-backup';
import { currentSchemaVersion } from './schema-version';

const BATCH = 2_000;

function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

async function insertBatch(tx: Tx, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  // The database rebuilds each row from its own JSON, so every type comes back exactly.
  await tx.execute(
    sql`insert into ${sql.identifier(table)} select * from json_populate_recordset(null::${sql.identifier(table)}, ${JSON.stringify(rows)}::json)`,
  );
}

/**
 * Loads a backup into an EMPTY, migrated database, all or nothing. Serial sequences are moved past
 * the restored ids so new rows do not collide.
 */
export async function restoreBackup(ctx: ServiceContext, file: string): Promise<BackupHeader> {
  if (!existsSync(file)) throw new AppError('not_found', `${file}: no such file`);
  const tables = tablesInDependencyOrder();
  const known = new Set(tables.map((t) => t.name));
  // Iterating the stream itself (not readline) makes read and gunzip errors reject the loop.
  const input = pipeline(createReadStream(file), createGunzip(), () => {});
  const lines = linesOf(input);
  let header: BackupHeader | null = null;
  try {
    return await inTransaction(ctx, async (tx) => {
      await authorize(tx, ctx, 'user.manage', null);
      for (const t of tables) {
        const [row] = rowsOf<{ n: number | string }>(
          await tx.execute(sql`select count(*) as n from ${sql.identifier(t.name)}`),
        );
        if (Number(row?.n ?? 0) > 0) {
          throw new AppError(
            'conflict',
            `the database is not empty (table ${t.name} has rows): restore into a new database, e.g. a new STRATMAP_DATA_DIR after "stratmap migrate"`,
          );
        }
      }
      let current = '';
      let batch: Record<string, unknown>[] = [];
      const counts = new Map<string, number>();
      let lineNumber = 0;
      for await (const line of lines) {
        lineNumber += 1;
        if (line.trim() === '') continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          throw new AppError('validation', `${file}: line ${lineNumber} is not JSON; the backup is damaged`);
        }
        if (header === null) {
          header = parsed as BackupHeader;
          if (header.format !== BACKUP_FORMAT)
            throw new AppError('validation', `${file} is not a Stratmap backup (${BACKUP_FORMAT})`);
          if (header.schema !== currentSchemaVersion()) {
            throw new AppError(
              'validation',
              `${file} was taken at schema ${header.schema}, this version is at ${currentSchemaVersion()}: restore it with the Stratmap version that made it, then upgrade`,
            );
          }
          continue;
        }
        const { t, r } = parsed as BackupRowLine;
        if (!known.has(t))
          throw new AppError('validation', `${file}: line ${lineNumber} names an unknown table ${t}`);
        if (t !== current || batch.length >= BATCH) {
          await insertBatch(tx, current, batch);
          batch = [];
          current = t;
        }
        batch.push(r);
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      await insertBatch(tx, current, batch);
      if (header === null) throw new AppError('validation', `${file} is empty`);
      const expected = (header as BackupHeader).tables;
      for (const { name, rows } of expected) {
        if ((counts.get(name) ?? 0) !== rows) {
          throw new AppError(
            'validation',
            `${file}: table ${name} should have ${rows} rows but has ${counts.get(name) ?? 0}; the backup is incomplete`,
          );
        }
      }
      for (const t of tables) {
        const pk = primaryKeyOf(t.table);
        const column = getTableConfig(t.table).columns.find((c) => c.name === pk);
        if (!column?.hasDefault || column.columnType === 'PgText') continue;
        await tx.execute(
          sql`select setval(pg_get_serial_sequence(${t.name}, ${pk}), coalesce((select max(${sql.identifier(pk)}) from ${sql.identifier(t.name)}), 0) + 1, false)`,
        );
      }
      // Whatever was cached from before the restore is no longer true.
      await bumpGeneration(tx);
      return header as BackupHeader;
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new AppError('not_found', `${file}: no such file`);
    if ((error as NodeJS.ErrnoException).code === 'Z_DATA_ERROR') {
      throw new AppError('validation', `${file} is not a Stratmap backup (not gzip data)`);
    }
    throw error;
  } finally {
    input.destroy();
  }
}

async function* linesOf(stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  // A chunk may end inside a multi-byte character (all Chinese text is); the decoder keeps it whole.
  const decoder = new StringDecoder('utf8');
  let carry = '';
  for await (const chunk of stream) {
    const text = carry + decoder.write(chunk);
    const parts = text.split('\n');
    carry = parts.pop() ?? '';
    yield* parts;
  }
  if (carry !== '') yield carry;
}
