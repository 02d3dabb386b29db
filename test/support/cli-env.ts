import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runCli } from '../../src/cli/main';

/**
 * Environment for running the CLI against a throwaway database: a temporary PGlite data dir, or
 * a fresh PostgreSQL database when STRATMAP_TEST_DATABASE_URL is set.
 */
export interface CliEnv {
  env: Record<string, string>;
  dir: string;
  run(args: string[]): Promise<{ code: number; out: string; err: string }>;
  cleanup(): Promise<void>;
}

export async function createCliEnv(): Promise<CliEnv> {
  const dir = mkdtempSync(path.join(tmpdir(), 'stratmap-cli-'));
  const env: Record<string, string> = { STRATMAP_DATA_DIR: path.join(dir, 'data') };
  const adminUrl = process.env.STRATMAP_TEST_DATABASE_URL;
  let dbName: string | null = null;
  if (adminUrl) {
    dbName = `stratmap_cli_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    env.DATABASE_URL = url.toString();
  }
  return {
    env,
    dir,
    async run(args) {
      const saved = { ...process.env };
      Object.assign(process.env, env);
      if (!env.DATABASE_URL) delete process.env.DATABASE_URL;
      const out: string[] = [];
      const err: string[] = [];
      try {
        const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
        return { code, out: out.join('\n'), err: err.join('\n') };
      } finally {
        for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
        Object.assign(process.env, saved);
      }
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
      if (adminUrl && dbName) {
        const admin = new pg.Client({ connectionString: adminUrl });
        await admin.connect();
        await admin.query(`drop database if exists ${dbName} with (force)`);
        await admin.end();
      }
    },
  };
}
