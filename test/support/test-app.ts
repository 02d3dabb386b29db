import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Database } from '../../src/db/client';
import { operator } from '../../src/domain/authz';
import { buildApp } from '../../src/server/app';
import { ensureInitialAdmin } from '../../src/services/auth/ensure-initial-admin';
import { serviceContext } from '../../src/services/context';
import { createUser } from '../../src/services/users/create-user';
import { openTestDatabase } from './test-database';

export const ADMIN_PASSWORD = 'admin-password-1';

/** The password userWith gives an account: never containing the login, which the product refuses. */
export const passwordOf = (login: string) => `pw-${[...login].map((c) => c.codePointAt(0)).join('-')}`;

export interface Response {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies of many shapes
  body: any;
  headers: Record<string, unknown>;
}

/** Sends requests as one client: keeps its cookies and echoes the CSRF token like the web app. */
export interface Client {
  request(
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  cookies: Record<string, string>;
}

export interface TestApp extends Client {
  app: FastifyInstance;
  database: Database;
  /** A fresh client without cookies on every access. */
  readonly anonymous: Client;
  /** A new client signed in with these credentials (throws when sign-in fails). */
  signIn(login: string, password: string): Promise<Client>;
  /** Creates an account with these roles and returns a client signed in as it. */
  userWith(
    login: string,
    grants: { orgId: number | null; role: 'admin' | 'editor' | 'reporter' | 'viewer' }[],
  ): Promise<Client>;
  close(): Promise<void>;
}

function client(app: FastifyInstance): Client {
  const cookies: Record<string, string> = {};
  return {
    cookies,
    async request(method, url, payload, headers = {}) {
      const cookieHeader = Object.entries(cookies)
        .map(([k, v]) => `${k}=${v}`)
        .join('; ');
      const res = await app.inject({
        method,
        url,
        headers: {
          ...(cookieHeader ? { cookie: cookieHeader } : {}),
          ...(cookies.stratmap_csrf ? { 'x-csrf-token': cookies.stratmap_csrf } : {}),
          ...headers,
        },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      for (const c of res.cookies) {
        if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) delete cookies[c.name];
        else cookies[c.name] = c.value;
      }
      return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : null, headers: res.headers };
    },
  };
}

export async function createTestApp(): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildApp({ db: database.db });
  const system = serviceContext(database.db, operator('system'));
  await ensureInitialAdmin(system, ADMIN_PASSWORD);

  const signIn = async (login: string, password: string) => {
    const c = client(app);
    const res = await c.request('POST', '/api/auth/login', { login, password });
    if (res.status !== 200) throw new Error(`sign-in of ${login} failed: ${JSON.stringify(res.body)}`);
    return c;
  };
  const admin = await signIn('admin', ADMIN_PASSWORD);
  return {
    app,
    database,
    cookies: admin.cookies,
    request: admin.request,
    get anonymous() {
      return client(app);
    },
    signIn,
    async userWith(login, grants) {
      const password = passwordOf(login);
      await createUser(system, { login, displayName: login, grants, password });
      return signIn(login, password);
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
