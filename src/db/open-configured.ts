import { mkdirSync } from 'node:fs';
import type { Config } from '../config';
import { type Database, openDatabase } from './client';
import { lockDataDir } from './data-dir-lock';

/**
 * Opens the configured database: PostgreSQL when DATABASE_URL is set, otherwise the PGlite data
 * directory, locked against other processes for as long as it stays open.
 */
export async function openConfiguredDatabase(config: Config, purpose: string): Promise<Database> {
  if (config.databaseUrl) return openDatabase({ databaseUrl: config.databaseUrl });
  mkdirSync(config.dataDir, { recursive: true });
  const lock = lockDataDir(config.dataDir, purpose);
  try {
    const database = await openDatabase({ dataDir: config.dataDir });
    return {
      ...database,
      async close() {
        try {
          await database.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
