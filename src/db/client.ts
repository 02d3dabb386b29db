import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { fail } from '../domain/app-error';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; services take it so that one use case is one transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Human-readable location, for logs: the data dir or the server host. */
  location: string;
  close(): Promise<void>;
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenOptions {
  /** PostgreSQL connection string; when absent PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; `memory://` keeps it in memory (tests). */
  dataDir?: string | undefined;
  /** Apply pending migrations after connecting (default true). */
  migrate?: boolean;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const database = options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : await openPglite(options.dataDir ?? './data');
  if (options.migrate ?? true) await migrateDatabase(database);
  return database;
}

/**
 * PGlite's default 128 MB of shared buffers is most of its memory; a planning database is small,
 * and 32 MB keeps the whole server well under 300 MB.
 */
const PGLITE_CONF = ['shared_buffers=32MB'];
const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Creating a cluster (initdb) grows PGlite's WebAssembly memory to ~700 MB, which a process never
 * gives back; so a new data directory is created by a short-lived child process.
 */
function initPgliteDataDir(dataDir: string): void {
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) return;
  const script = `import { PGlite } from '@electric-sql/pglite';
const db = await PGlite.create(process.argv[1], { postgresqlconf: ${JSON.stringify(PGLITE_CONF)} });
await db.close();`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script, dataDir], {
    cwd: packageRoot,
    stdio: 'pipe',
  });
}

async function openPglite(dataDir: string): Promise<Database> {
  let client: PGlite;
  try {
    if (!dataDir.startsWith('memory://')) {
      mkdirSync(dataDir, { recursive: true });
      initPgliteDataDir(dataDir);
    }
    client = await PGlite.create(dataDir, { postgresqlconf: PGLITE_CONF });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw fail('db.cannot_open', { dataDir, reason });
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  countTransactions(db);
  return { db, kind: 'pglite', location: dataDir, close: () => client.close() };
}

function openPostgres(url: string, max: number): Database {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const host = new URL(url).host;
  return { db, kind: 'postgres', location: host, close: () => pool.end() };
}

/**
 * A PGlite database belongs to one process (its data directory is locked) and runs one transaction
 * at a time, so counting finished transactions in memory tells exactly whether anything may have
 * changed — without the query that PostgreSQL, shared by several processes, needs
 * (src/services/shared/read-cache.ts).
 */
const transactionCounts = new WeakMap<object, { value: number }>();
const uncountedTransactions = new WeakMap<object, Db['transaction']>();

/**
 * Runs a transaction that changes nothing any cached read depends on (a sign-in adds a session and
 * resets failure counts), so on PGlite it does not invalidate the caches the way every other
 * transaction does. On PostgreSQL it is an ordinary transaction; writeAudit skips the generation there.
 */
export function transactionKeepingCaches<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  const run = uncountedTransactions.get(db) ?? db.transaction.bind(db);
  return run(work as never) as Promise<T>;
}

function countTransactions(db: Db): void {
  const counter = { value: 0 };
  transactionCounts.set(db, counter);
  const run = db.transaction.bind(db);
  uncountedTransactions.set(db, run);
  Object.assign(db, {
    transaction: async (...args: Parameters<Db['transaction']>) => {
      try {
        return await run(...args);
      } finally {
        counter.value += 1;
      }
    },
  });
}

/** For a PGlite database: the number of transactions finished so far; undefined for PostgreSQL. */
export function localTransactionCount(db: object): number | undefined {
  return transactionCounts.get(db)?.value;
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder });
  } else {
    await migratePg(database.db as never, { migrationsFolder });
  }
}
