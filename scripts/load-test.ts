/**
 * `npm run test:load`: 100 readers and 10 writers against a real server on PostgreSQL for
 * LOAD_SECONDS (default 60), loopback only. Passes when no request got a 5xx and every write the
 * server acknowledged is in the database afterwards. Prints throughput and latency percentiles.
 */
import path from 'node:path';
import autocannon from 'autocannon';
import { type ServerProcess, startServerProcess } from '../test/support/server-process';
import { createThrowawayDatabase } from '../test/support/throwaway-database';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const READERS = 100;
const WRITERS = 10;
const adminUrl = process.env.STRATMAP_TEST_DATABASE_URL ?? '';
if (!adminUrl) {
  console.error(
    'run through scripts/with-postgres.sh (npm run test:load does): STRATMAP_TEST_DATABASE_URL is not set',
  );
  process.exit(2);
}

function startServer(databaseUrl: string): Promise<ServerProcess> {
  const bin = path.resolve(import.meta.dirname, '../bin/stratmap.js');
  return startServerProcess([bin, 'serve', '--port', '0'], {
    DATABASE_URL: databaseUrl,
    STRATMAP_ADMIN_PASSWORD: 'load-test-password',
    LOG_LEVEL: 'error',
  });
}

interface Session {
  cookie: string;
  csrf: string;
}

async function signIn(url: string): Promise<Session> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: 'load-test-password' }),
  });
  const body = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: body.csrfToken };
}

async function api(url: string, s: Session, method: string, route: string, body?: unknown) {
  const res = await fetch(`${url}${route}`, {
    method,
    headers: {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** One writer: appends review comments and renames its own objective, tracking what was acknowledged. */
async function writer(url: string, s: Session, planId: number, index: number, until: number) {
  const acknowledgedComments: { id: number; body: string }[] = [];
  const statuses: number[] = [];
  const code = `AC${90 + index}`;
  const created = await api(url, s, 'POST', `/api/plans/${planId}/objectives`, {
    code,
    name: `負載測試目標${index}`,
  });
  let objective = created.body as { id: number; version: number; name: string };
  let lastName = objective.name;
  let n = 0;
  while (Date.now() < until) {
    n += 1;
    const body = `writer ${index} comment ${n}`;
    const comment = await api(url, s, 'POST', `/api/plans/${planId}/comments`, { body });
    statuses.push(comment.status);
    if (comment.status === 201) acknowledgedComments.push({ id: comment.body.id, body });
    const name = `負載測試目標${index}-${n}`;
    const renamed = await api(url, s, 'PATCH', `/api/plans/${planId}/objectives/${objective.id}`, {
      version: objective.version,
      name,
    });
    statuses.push(renamed.status);
    if (renamed.status === 200) {
      objective = renamed.body;
      lastName = name;
    }
  }
  return { acknowledgedComments, statuses, objectiveId: objective.id, lastName };
}

async function main() {
  const database = await createThrowawayDatabase(adminUrl, 'stratmap_load');
  const server = await startServer(database.url);
  try {
    const session = await signIn(server.url);
    const plans = (await api(server.url, session, 'GET', '/api/plans')).body.plans as {
      id: number;
      orgName: string;
    }[];
    const target = plans.find((p) => p.orgName.includes('圖書館')) ?? plans[0];
    if (!target) throw new Error('no sample plans were loaded');
    const until = Date.now() + SECONDS * 1000;
    console.log(
      `load: ${READERS} readers + ${WRITERS} writers for ${SECONDS} s against ${server.url} (PostgreSQL)`,
    );
    const [reads, writes] = await Promise.all([
      autocannon({
        url: `${server.url}/api/plans/${target.id}/document`,
        connections: READERS,
        duration: SECONDS,
        headers: { cookie: session.cookie },
      }),
      Promise.all(
        Array.from({ length: WRITERS }, (_, i) => writer(server.url, session, target.id, i, until)),
      ),
    ]);
    const readServerErrors = Object.entries(reads.statusCodeStats ?? {})
      .filter(([code]) => Number(code) >= 500)
      .reduce((n, [, v]) => n + (v as { count: number }).count, 0);
    const writeStatuses = writes.flatMap((w) => w.statuses);
    const writeServerErrors = writeStatuses.filter((s) => s >= 500).length;

    // Every acknowledged write must be there afterwards.
    const stored = (await api(server.url, session, 'GET', `/api/plans/${target.id}/comments`)).body
      .comments as { id: number; body: string }[];
    const storedById = new Map(stored.map((c) => [c.id, c.body]));
    const lostComments = writes
      .flatMap((w) => w.acknowledgedComments)
      .filter((c) => storedById.get(c.id) !== c.body);
    const detail = (await api(server.url, session, 'GET', `/api/plans/${target.id}`)).body as {
      objectives: { id: number; name: string }[];
    };
    const lostRenames = writes.filter(
      (w) => detail.objectives.find((o) => o.id === w.objectiveId)?.name !== w.lastName,
    );

    console.log(
      JSON.stringify(
        {
          reads: {
            requests: reads.requests.total,
            rps: Math.round(reads.requests.average),
            p50Ms: reads.latency.p50,
            p99Ms: reads.latency.p99,
            errors: reads.errors,
            timeouts: reads.timeouts,
            server5xx: readServerErrors,
          },
          writes: {
            requests: writeStatuses.length,
            acknowledgedComments: writes.reduce((n, w) => n + w.acknowledgedComments.length, 0),
            conflicts409: writeStatuses.filter((s) => s === 409).length,
            server5xx: writeServerErrors,
            lostComments: lostComments.length,
            lostRenames: lostRenames.length,
          },
        },
        null,
        2,
      ),
    );
    const failed =
      readServerErrors + writeServerErrors + lostComments.length + lostRenames.length + reads.errors;
    console.log(failed === 0 ? 'load test: passed' : 'load test: FAILED');
    process.exitCode = failed === 0 ? 0 : 1;
  } finally {
    server.child.kill('SIGTERM');
  }
}

await main();
