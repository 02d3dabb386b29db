/**
 * The server as `stratmap serve` runs it, plus one extra route that answers with the same bytes
 * as a plan document read, from memory: the ceiling the real route is compared against.
 * Started by bench/server.ts as its own process (so the load generator does not share its CPU).
 */

import { openDatabase } from '../../src/db/client';
import { operator } from '../../src/domain/authz';
import { buildApp } from '../../src/server/app';
import { ensureInitialAdmin } from '../../src/services/auth/ensure-initial-admin';
import { serviceContext } from '../../src/services/context';
import { getPlanDocument } from '../../src/services/plans/get-plan';

const planId = Number(process.env.BENCH_PLAN_ID);
const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.STRATMAP_DATA_DIR,
});
const system = serviceContext(database.db, operator('system'));
await ensureInitialAdmin(system, process.env.STRATMAP_ADMIN_PASSWORD);
const bytes = JSON.stringify(await getPlanDocument(system, planId));
const app = await buildApp({ db: database.db, logger: false });
app.get('/bench/memory', async (_request, reply) =>
  reply.type('application/json; charset=utf-8').send(bytes),
);
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening on ${address}`);
process.on('SIGTERM', async () => {
  await app.close();
  await database.close();
  process.exit(0);
});
