import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Database } from '../../src/db/client';
import { buildApp } from '../../src/server/app';
import { openTestDatabase } from './test-database';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  request(
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies of many shapes
  ): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export async function createTestApp(): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildApp({ db: database.db });
  return {
    app,
    database,
    async request(method, url, payload) {
      const res = await app.inject({
        method,
        url,
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : null };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
