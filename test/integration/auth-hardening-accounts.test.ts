import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliEnv, createCliEnv } from '../support/cli-env';
import { type Client, createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

interface Listed {
  id: number;
  login: string;
  version: number;
  disabled: boolean;
  grants: { orgId: number | null; role: string }[];
}

/** Issue 12 item 11: the last administrator stays, passwords do not contain the login, audit is not truncated. */
describe(`account rules on ${engineName()}`, () => {
  let t: TestApp;
  const usersAs = async (c: Client) => (await c.request('GET', '/api/users')).body.users as Listed[];
  const findAs = async (c: Client, login: string) =>
    (await usersAs(c)).find((u) => u.login === login) as Listed;
  const find = (login: string) => findAs(t, login);
  const enabledAdmins = async (c: Client) =>
    (await usersAs(c)).filter(
      (u) => !u.disabled && u.grants.some((g) => g.role === 'admin' && g.orgId === null),
    );

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('refuses to remove or disable the last enabled administrator (409 at the field)', async () => {
    const admin = await find('admin');
    const demote = await t.request('PATCH', `/api/users/${admin.id}`, { version: admin.version, grants: [] });
    expect(demote.status).toBe(409);
    expect(demote.body.message).toMatch(/last .*administrator/);
    expect(demote.body.issues).toEqual([{ path: 'grants', message: expect.stringMatching(/last/) }]);
    expect((await find('admin')).grants).toEqual([{ orgId: null, role: 'admin' }]);

    // A disabled administrator does not count; an enabled second one would.
    await t.userWith('second.admin', [{ orgId: null, role: 'admin' }]);
    const second = await find('second.admin');
    expect(
      (await t.request('PATCH', `/api/users/${second.id}`, { version: second.version, disabled: true }))
        .status,
    ).toBe(200);
    const me = await find('admin');
    const stillLast = await t.request('PATCH', `/api/users/${me.id}`, { version: me.version, grants: [] });
    expect(stillLast.status).toBe(409);
    const enable = await t.request('PATCH', `/api/users/${second.id}`, {
      version: (await find('second.admin')).version,
      disabled: false,
    });
    expect(enable.status).toBe(200);
    expect((await enabledAdmins(t)).map((u) => u.login).sort()).toEqual(['admin', 'second.admin']);
  });

  it('keeps one administrator when the last two remove each other at the same moment', async () => {
    const race = await createTestApp();
    try {
      for (let round = 0; round < 3; round++) {
        const a = await race.userWith(`race.a${round}`, [{ orgId: null, role: 'admin' }]);
        const b = await race.userWith(`race.b${round}`, [{ orgId: null, role: 'admin' }]);
        // Whoever is left steps down, so that these two are the last administrators.
        for (const u of await enabledAdmins(a)) {
          if (u.login.endsWith(`${round}`)) continue;
          const res = await a.request('PATCH', `/api/users/${u.id}`, { version: u.version, grants: [] });
          expect(res.status, JSON.stringify(res.body)).toBe(200);
        }
        const [ua, ub] = [await findAs(a, `race.a${round}`), await findAs(a, `race.b${round}`)];
        const answers = await Promise.all([
          a.request('PATCH', `/api/users/${ub.id}`, { version: ub.version, grants: [] }),
          b.request('PATCH', `/api/users/${ua.id}`, { version: ua.version, disabled: true }),
        ]);
        expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
        const survivor = answers[0]?.status === 200 ? a : b;
        expect(await enabledAdmins(survivor)).toHaveLength(1);
      }
    } finally {
      await race.close();
    }
  });

  it('refuses a password that contains the login, however it is written', async () => {
    const created = await t.request('POST', '/api/users', {
      login: 'Wang.Min',
      displayName: '王敏',
      password: 'my-WANG.MIN-2024',
    });
    expect(created.status).toBe(400);
    expect(created.body.issues).toEqual([{ path: 'password', message: expect.stringMatching(/login/) }]);
    const fullWidth = await t.request('POST', '/api/users', {
      login: 'wang.min',
      displayName: '王敏',
      password: 'ｗａｎｇ．ｍｉｎ-2024-x',
    });
    expect(fullWidth.status).toBe(400);
    expect(
      (
        await t.request('POST', '/api/users', {
          login: 'wang.min',
          displayName: '王敏',
          password: 'a-fine-secret-1',
        })
      ).status,
    ).toBe(201);

    const user = await find('wang.min');
    const reset = await t.request('POST', `/api/users/${user.id}/reset-password`, {
      password: 'Wang.Min.2025!',
    });
    expect(reset.status).toBe(400);
    expect(reset.body.issues).toEqual([{ path: 'password', message: expect.stringMatching(/login/) }]);

    const wang = await t.signIn('wang.min', 'a-fine-secret-1');
    const change = await wang.request('POST', '/api/auth/password', {
      currentPassword: 'a-fine-secret-1',
      newPassword: 'wang.min-rocks',
    });
    expect(change.status).toBe(400);
    expect(change.body.issues).toEqual([{ path: 'newPassword', message: expect.stringMatching(/login/) }]);
    expect((await t.signIn('wang.min', 'a-fine-secret-1')).cookies.stratmap_session).toBeTruthy();
  });

  it('refuses TRUNCATE of the audit trail', async () => {
    const count = async () =>
      Number(
        (
          (await t.database.db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as {
            rows: { n: number }[];
          }
        ).rows[0]?.n,
      );
    const before = await count();
    expect(before).toBeGreaterThan(0);
    const refusal = await t.database.db.execute(sql`truncate audit_log`).then(
      () => null,
      (error: Error) => String((error.cause as Error | undefined)?.message ?? error.message),
    );
    expect(refusal).toMatch(/append-only/);
    expect(await count()).toBe(before);
  });
});

describe(`stratmap user keeps the last administrator on ${engineName()}`, () => {
  let cli: CliEnv;
  beforeAll(async () => {
    cli = await createCliEnv();
  });
  afterAll(async () => cli.cleanup());

  it('refuses --revoke admin and disable for the only administrator (exit 5)', async () => {
    expect((await cli.run(['user', 'add', 'chief', '--name', '主任', '--role', 'admin'])).code).toBe(0);
    const revoke = await cli.run(['user', 'roles', 'chief', '--revoke', 'admin']);
    expect(revoke.code).toBe(5);
    expect(revoke.err).toMatch(/last .*administrator/);
    expect((await cli.run(['user', 'disable', 'chief'])).code).toBe(5);
    expect((await cli.run(['user', 'add', 'deputy', '--name', '副主任', '--role', 'admin'])).code).toBe(0);
    expect((await cli.run(['user', 'roles', 'chief', '--revoke', 'admin'])).code).toBe(0);
  });
});
