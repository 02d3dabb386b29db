import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main';
import { createThrowawayDatabase } from './throwaway-database';

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
  const database = adminUrl ? await createThrowawayDatabase(adminUrl, 'stratmap_cli') : null;
  if (database) env.DATABASE_URL = database.url;
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
      await database?.drop();
    },
  };
}
