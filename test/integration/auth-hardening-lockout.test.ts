import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import { operator } from '../../src/domain/authz';
import { deleteExpiredAuthState } from '../../src/services/auth/expired-state';
import { serviceContext } from '../../src/services/context';
import { createUser } from '../../src/services/users/create-user';
import { type Client, createTestApp, type Response, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

const WRONG = 'the login or the password is wrong';
const attempt = (c: Client, login: string, password: string) =>
  c.request('POST', '/api/auth/login', { login, password });
const isLocked = (r: Response) => r.status === 401 && typeof r.body.details?.lockedUntil === 'string';
const isWrong = (r: Response) => r.status === 401 && r.body.message === WRONG;
/** What a caller sees, without the lock's end time (two locks a few milliseconds apart differ there). */
const seen = (r: Response) => ({
  status: r.status,
  body: JSON.parse(
    JSON.stringify(r.body)
      .replace(/\d\d:\d\d \(Asia\/Taipei\)/, 'HH:MM (Asia/Taipei)')
      .replace(/"lockedUntil":"[^"]+"/, '"lockedUntil":"…"'),
  ),
});

/** Issue 12 items 1 and 8: an atomic lockout that tells nobody who exists and locks no owner out. */
describe(`sign-in lockout on ${engineName()}`, () => {
  let t: TestApp;
  const savedLimit = process.env.STRATMAP_LOGIN_RATE_LIMIT;
  const addUser = (login: string, password: string) =>
    createUser(serviceContext(t.database.db, operator('test')), { login, displayName: login, password });

  beforeAll(async () => {
    // These tests are about the per-account lock, not the per-address limit.
    process.env.STRATMAP_LOGIN_RATE_LIMIT = '10000';
    t = await createTestApp();
  });
  afterAll(async () => {
    if (savedLimit === undefined) delete process.env.STRATMAP_LOGIN_RATE_LIMIT;
    else process.env.STRATMAP_LOGIN_RATE_LIMIT = savedLimit;
    await t.close();
  });

  it('evaluates at most five of 50 wrong passwords sent at once, then refuses the right one', async () => {
    const { user } = await addUser('racer', 'racing-secret-1');
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => attempt(t.anonymous, 'racer', 'not-the-password')),
    );
    const [row] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(
        and(eq(auditLog.entityId, user.id), inArray(auditLog.action, ['login.failed', 'login.lockout'])),
      );
    const evaluated = row?.n ?? 0;
    const wrong = answers.filter(isWrong).length;
    const locked = answers.filter(isLocked).length;
    console.info(
      `[${engineName()}] 50 concurrent wrong passwords: ${evaluated} evaluated, ${wrong} answered wrong, ${locked} answered locked`,
    );
    expect(evaluated).toBeLessThanOrEqual(5);
    expect(wrong).toBeLessThanOrEqual(4);
    expect(wrong + locked).toBe(50);
    const right = await attempt(t.anonymous, 'racer', 'racing-secret-1');
    expect(isLocked(right), JSON.stringify(right.body)).toBe(true);
  });

  it('answers an unknown login exactly like a known one, and locks it alike', async () => {
    await addUser('known.person', 'known-secret-1');
    const known: Response[] = [];
    const unknown: Response[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await attempt(t.anonymous, 'known.person', 'guess-guess-1'));
      // Differently written, the same folded name: the counter follows what would be looked up.
      unknown.push(await attempt(t.anonymous, i % 2 ? 'NOBODY.HERE' : 'ｎｏｂｏｄｙ.here', 'guess-guess-1'));
    }
    expect(known.slice(0, 4).every(isWrong)).toBe(true);
    expect(known.slice(4).every(isLocked)).toBe(true);
    expect(unknown.map(seen)).toEqual(known.map(seen));
    expect(known.map((r) => r.headers['set-cookie'])).toEqual(unknown.map((r) => r.headers['set-cookie']));
  });

  it('says an account is disabled only to someone who knows its password', async () => {
    const { user } = await addUser('gone.away', 'gone-secret-1');
    await t.request('PATCH', `/api/users/${user.id}`, { version: user.version, disabled: true });
    expect(seen(await attempt(t.anonymous, 'gone.away', 'wrong-guess-1'))).toEqual(
      seen(await attempt(t.anonymous, 'never.was', 'wrong-guess-1')),
    );
    const right = await attempt(t.anonymous, 'gone.away', 'gone-secret-1');
    expect(right.status).toBe(401);
    expect(right.body.message).toContain('disabled');
  });

  it('lets the owner in from a browser that signed in before, while strangers stay locked out', async () => {
    await addUser('owner', 'tr0ub4dor-and-3');
    const owner = await t.signIn('owner', 'tr0ub4dor-and-3');
    expect(owner.cookies.stratmap_device).toBeTruthy();
    const firstDevice = owner.cookies.stratmap_device;
    await owner.request('POST', '/api/auth/logout');
    expect(owner.cookies.stratmap_device).toBe(firstDevice);

    const stranger = t.anonymous;
    for (let i = 0; i < 5; i++) await attempt(stranger, 'owner', 'attacker-guess');
    expect(isLocked(await attempt(t.anonymous, 'owner', 'tr0ub4dor-and-3'))).toBe(true);
    // A made-up or another account's device secret does not count as known.
    const forged = t.anonymous;
    forged.cookies.stratmap_device = 'not-a-device-secret';
    expect(isLocked(await attempt(forged, 'owner', 'tr0ub4dor-and-3'))).toBe(true);
    const borrowed = t.anonymous;
    borrowed.cookies.stratmap_device = t.cookies.stratmap_device as string;
    expect(borrowed.cookies.stratmap_device).toBeTruthy();
    expect(isLocked(await attempt(borrowed, 'owner', 'tr0ub4dor-and-3'))).toBe(true);

    const back = await attempt(owner, 'owner', 'tr0ub4dor-and-3');
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    // A new secret at every sign-in; the old one is no longer known.
    expect(owner.cookies.stratmap_device).not.toBe(firstDevice);
    const replay = t.anonymous;
    replay.cookies.stratmap_device = firstDevice as string;
    expect(isLocked(await attempt(replay, 'owner', 'tr0ub4dor-and-3'))).toBe(true);
    // The owner signing in does not lift the lock for everyone else.
    expect(isLocked(await attempt(t.anonymous, 'owner', 'tr0ub4dor-and-3'))).toBe(true);

    // Wrong passwords typed on the owner's browser count on their own: five lock that browser…
    await owner.request('POST', '/api/auth/logout');
    for (let i = 0; i < 4; i++) expect(isWrong(await attempt(owner, 'owner', 'typo-typo-1'))).toBe(true);
    expect(isLocked(await attempt(owner, 'owner', 'typo-typo-1'))).toBe(true);
    expect(isLocked(await attempt(owner, 'owner', 'tr0ub4dor-and-3'))).toBe(true);
  });

  it('sets the device cookie HttpOnly, for the sign-in path only, for months', async () => {
    await addUser('cookie.check', 'cookie-secret-1');
    const res = await attempt(t.anonymous, 'cookie.check', 'cookie-secret-1');
    const cookie = [res.headers['set-cookie']].flat().find((c) => String(c).startsWith('stratmap_device='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const expires = new Date(/Expires=([^;]+)/.exec(String(cookie))?.[1] ?? 0).getTime();
    expect(expires - Date.now()).toBeGreaterThan(90 * 86_400_000);
  });

  it('forgets known browsers when an administrator resets the password', async () => {
    await addUser('reset.me', 'reset-secret-1');
    const owner = await t.signIn('reset.me', 'reset-secret-1');
    const users = (await t.request('GET', '/api/users')).body.users as { id: number; login: string }[];
    const id = users.find((u) => u.login === 'reset.me')?.id;
    await t.request('POST', `/api/users/${id}/reset-password`, { password: 'after-reset-1' });
    for (let i = 0; i < 5; i++) await attempt(t.anonymous, 'reset.me', 'attacker-guess');
    expect(isLocked(await attempt(owner, 'reset.me', 'after-reset-1'))).toBe(true);
  });

  it('shows administrators which accounts are locked, and unlocks on a password reset', async () => {
    await addUser('victim', 'hidden-secret-1');
    for (let i = 0; i < 5; i++) await attempt(t.anonymous, 'victim', 'attacker-guess');
    const listed = (await t.request('GET', '/api/users')).body.users as {
      id: number;
      login: string;
      locked: boolean;
    }[];
    const victim = listed.find((u) => u.login === 'victim');
    expect(victim?.locked).toBe(true);
    expect(listed.find((u) => u.login === 'admin')?.locked).toBe(false);
    await t.request('POST', `/api/users/${victim?.id}/reset-password`, { password: 'fresh-secret-1' });
    expect((await attempt(t.anonymous, 'victim', 'fresh-secret-1')).status).toBe(200);
  });

  it('lets the lock pass after its time', async () => {
    await addUser('patient', 'waiting-secret-1');
    for (let i = 0; i < 5; i++) await attempt(t.anonymous, 'patient', 'attacker-guess');
    expect(isLocked(await attempt(t.anonymous, 'patient', 'waiting-secret-1'))).toBe(true);
    await t.database.db.execute(
      sql`update login_failures set expires_at = now() - interval '1 second' where login = 'patient'`,
    );
    expect((await attempt(t.anonymous, 'patient', 'waiting-secret-1')).status).toBe(200);
  });

  it('deletes expired counters, sessions and known browsers, and keeps the rest', async () => {
    const db = t.database.db;
    const rows = async (table: string) =>
      Number(
        (
          (await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`)) as unknown as {
            rows: { n: number }[];
          }
        ).rows[0]?.n,
      );
    await db.execute(sql`delete from rate_limit_counters`);
    await db.execute(
      sql`insert into login_failures values ('old.one', 'any', 3, now() - interval '1 minute')`,
    );
    await db.execute(
      sql`insert into rate_limit_counters values ('old', 4, now() - interval '1 minute'), ('new', 1, now() + interval '1 minute')`,
    );
    await db.execute(
      sql`insert into sessions (token_hash, user_id, csrf_token, expires_at) select 'stale', id, 'x', now() - interval '1 hour' from users where login = 'admin'`,
    );
    await db.execute(
      sql`insert into known_devices (token_hash, user_id, expires_at) select 'stale', id, now() - interval '1 day' from users where login = 'admin'`,
    );
    const before = {
      failures: await rows('login_failures'),
      devices: await rows('known_devices'),
      sessions: await rows('sessions'),
    };
    await deleteExpiredAuthState(db, { force: true });
    expect(await rows('login_failures')).toBe(before.failures - 1);
    expect(await rows('rate_limit_counters')).toBe(1);
    expect(await rows('known_devices')).toBe(before.devices - 1);
    expect(await rows('sessions')).toBe(before.sessions - 1);
    // The administrator's live session was kept.
    expect((await t.request('GET', '/api/auth/me')).status).toBe(200);
  });
});
