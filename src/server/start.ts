import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { openConfiguredDatabase } from '../db/open-configured';
import { operator } from '../domain/authz';
import { ensureInitialAdmin } from '../services/auth/ensure-initial-admin';
import { serviceContext } from '../services/context';
import { importSampleDataIfEmpty } from '../services/plans/import-sample-data';
import { buildApp } from './app';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  close(): Promise<void>;
}

/** Opens the database (migrating it), loads sample data on first start and listens. */
export async function startServer(config: Config, log: (line: string) => void): Promise<RunningServer> {
  const database = await openConfiguredDatabase(config, `stratmap serve on port ${config.port}`);
  try {
    const system = serviceContext(database.db, operator('system'));
    const seeded = await importSampleDataIfEmpty(system);
    if (seeded && seeded.length > 0) log(`first start: loaded ${seeded.length} sample plan(s)`);
    const admin = await ensureInitialAdmin(system, process.env.STRATMAP_ADMIN_PASSWORD || undefined);
    if (admin) {
      log(
        admin.password
          ? `first start: created the administrator "${admin.login}" with password ${admin.password} (shown once; change it after signing in)`
          : `first start: created the administrator "${admin.login}" with the password from STRATMAP_ADMIN_PASSWORD`,
      );
    }
    const app = await buildApp({
      db: database.db,
      logger: { level: process.env.LOG_LEVEL ?? 'warn' },
      trustProxy: config.trustProxy,
    });
    const address = await app.listen({ port: config.port, host: config.host });
    const url = address.replace('127.0.0.1', 'localhost');
    return {
      app,
      database,
      url,
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
