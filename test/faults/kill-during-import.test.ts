import { spawn } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigPlanBatch } from '../support/big-plans';
import { type CliEnv, createCliEnv } from '../support/cli-env';
import { bureauPlan, cityPlan } from '../support/fixtures';
import { engineName } from '../support/test-database';

const BIN = path.resolve(import.meta.dirname, '../../bin/stratmap.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fingerprint of PGlite's write-ahead log: it changes as soon as the import starts writing. */
function walFingerprint(dataDir: string): string {
  const wal = path.join(dataDir, 'pg_wal');
  return readdirSync(wal)
    .filter((f) => /^[0-9A-F]{24}$/.test(f))
    .map((f) => `${f}:${statSync(path.join(wal, f)).mtimeMs}`)
    .join(',');
}

/** Whether the importer's transaction is inserting rows right now (PostgreSQL). */
async function importIsWriting(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const res = await client.query(
      `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state in ('active', 'idle in transaction') and query ilike 'insert%'`,
    );
    return res.rows[0].n > 0;
  } finally {
    await client.end();
  }
}

/**
 * Runs `stratmap import` as a real process, waits until it is writing inside its transaction,
 * then SIGKILLs it a moment later.
 */
async function importKilledWhileWriting(
  env: Record<string, string>,
  file: string,
  delayMs: number,
): Promise<NodeJS.Signals | null> {
  const dataDir = env.STRATMAP_DATA_DIR as string;
  const baseline = env.DATABASE_URL ? '' : walFingerprint(dataDir);
  const child = spawn(process.execPath, [BIN, 'import', file], {
    env: { ...process.env, ...env, DATABASE_URL: env.DATABASE_URL ?? '' },
    stdio: 'ignore',
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  let finished = false;
  void exited.then(() => {
    finished = true;
  });
  for (let i = 0; i < 1200 && !finished; i++) {
    const writing = env.DATABASE_URL
      ? await importIsWriting(env.DATABASE_URL)
      : walFingerprint(dataDir) !== baseline;
    if (writing) break;
    await sleep(50);
  }
  await sleep(delayMs);
  child.kill('SIGKILL');
  return exited;
}

describe(`SIGKILL during a large import on ${engineName()}`, () => {
  let cli: CliEnv;
  let before: string;

  beforeAll(async () => {
    cli = await createCliEnv();
    const small = path.join(cli.dir, 'small.json');
    writeFileSync(small, JSON.stringify({ plans: [cityPlan(), bureauPlan()] }));
    expect((await cli.run(['import', small])).code).toBe(0);
    before = (await cli.run(['plans', '--json'])).out;
  });
  afterAll(async () => cli.cleanup());

  it('leaves the database exactly as before, and usable', async () => {
    const count = 80;
    const big = path.join(cli.dir, 'big.json');
    writeFileSync(big, JSON.stringify({ plans: bigPlanBatch(count) }));
    const storedOfBatch = (listing: string) =>
      (JSON.parse(listing).plans as { year: number }[]).filter((p) => p.year === 120).length;
    // Batched inserts write a batch this size in about a second, so a later kill may come after the
    // commit while the process is still closing the database: then everything must be there.
    let committed = false;
    for (const delay of [100, 1500]) {
      const signal = await importKilledWhileWriting(cli.env, big, delay);
      expect(signal, `the import finished before it was killed (${delay} ms)`).toBe('SIGKILL');
      const listing = (await cli.run(['plans', '--json'])).out;
      const stored = storedOfBatch(listing);
      expect([0, count], `killed ${delay} ms into writing: ${stored} of ${count} plans stored`).toContain(
        stored,
      );
      if (stored === count) {
        expect(delay, 'a kill 100 ms into writing must catch the transaction open').not.toBe(100);
        committed = true;
        break;
      }
      expect(listing, `killed ${delay} ms into writing`).toBe(before);
    }
    const again = path.join(cli.dir, 'again.json');
    writeFileSync(again, JSON.stringify(cityPlan({ year: 111 })));
    expect((await cli.run(['import', again])).code).toBe(0);
    if (!committed) expect((await cli.run(['orgs'])).out).not.toContain('測試機關');
  });
});
