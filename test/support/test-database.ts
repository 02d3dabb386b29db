import { type Database, openDatabase } from '../../src/db/client';
import { createThrowawayDatabase } from './throwaway-database';

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or a new database on
 * the PostgreSQL server named by STRATMAP_TEST_DATABASE_URL (scripts/with-postgres.sh sets it),
 * dropped again on close. The same tests therefore run on both engines.
 */
export async function openTestDatabase(): Promise<Database> {
  const adminUrl = process.env.STRATMAP_TEST_DATABASE_URL;
  if (!adminUrl) return openDatabase({ dataDir: 'memory://' });
  const throwaway = await createThrowawayDatabase(adminUrl, 'stratmap_test');
  const database = await openDatabase({ databaseUrl: throwaway.url });
  return {
    ...database,
    async close() {
      await database.close();
      await throwaway.drop();
    },
  };
}

export const engineName = () => (process.env.STRATMAP_TEST_DATABASE_URL ? 'postgres' : 'pglite');
