import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import { bureauPlan, cityPlan } from '../support/fixtures';
import { type Client, createTestApp, passwordOf, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

/** The authorisation cases; each refused request must leave the data untouched. */
describe(`accounts, roles and workflow on ${engineName()}`, () => {
  let t: TestApp;
  let libraryEditor: Client;
  let reporter: Client;
  const ids = { city: 0, social: 0, library: 0, libraryOrg: 0, socialOrg: 0 };
  const auditCount = async () =>
    (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]?.n ?? 0;
  const doc = async (planId: number) => (await t.request('GET', `/api/plans/${planId}/document`)).body;
  const objective = async (c: Client, planId: number, code: string) =>
    (await c.request('GET', `/api/plans/${planId}`)).body.objectives.find(
      (o: { code: string }) => o.code === code,
    );

  beforeAll(async () => {
    t = await createTestApp();
    const imported = await t.request('POST', '/api/plans/import', {
      plans: [
        cityPlan(),
        bureauPlan({
          org: { name: '臺北市政府社會局', parent: '臺北市政府' },
          themes: [{ letter: 'A', name: '強化社會支持' }],
        }),
        bureauPlan(),
        bureauPlan({
          org: { name: '臺北市立圖書館', parent: '臺北市政府教育局' },
          year: 108,
          themes: [
            { letter: 'A', name: '發展館藏資源', cascadesFrom: { org: '臺北市政府教育局', letter: 'A' } },
          ],
          objectives: [{ code: 'AC1', name: '提升市民圖書資料擁有率' }],
          kpis: [{ code: 'AC1.1', objective: 'AC1', name: '每位市民平均擁書冊數' }],
        }),
      ],
    });
    expect(imported.status).toBe(200);
    const plans = imported.body.plans as { org: string; planId: number }[];
    ids.city = plans.find((p) => p.org === '臺北市政府')?.planId as number;
    ids.social = plans.find((p) => p.org === '臺北市政府社會局')?.planId as number;
    ids.library = plans.find((p) => p.org === '臺北市立圖書館')?.planId as number;
    const orgs = (await t.request('GET', '/api/orgs')).body.organizations as { id: number; name: string }[];
    ids.libraryOrg = orgs.find((o) => o.name === '臺北市立圖書館')?.id as number;
    ids.socialOrg = orgs.find((o) => o.name === '臺北市政府社會局')?.id as number;
    libraryEditor = await t.userWith('lib-editor', [{ orgId: ids.libraryOrg, role: 'editor' }]);
    reporter = await t.userWith('lib-reporter', [{ orgId: ids.libraryOrg, role: 'reporter' }]);
  });
  afterAll(async () => t.close());

  it('refuses anonymous writes with 401 and changes nothing', async () => {
    const before = await auditCount();
    const cases: [string, string, unknown][] = [
      ['POST', '/api/orgs', { name: '匿名機關' }],
      ['POST', '/api/plans/import', cityPlan({ year: 150 })],
      ['PATCH', `/api/plans/${ids.city}`, { version: 1, vision: 'x' }],
      ['POST', `/api/plans/${ids.city}/objectives`, { code: 'AC9', name: 'x' }],
      ['DELETE', `/api/plans/${ids.city}`, undefined],
      ['POST', `/api/plans/${ids.city}/workflow`, { transition: 'submit', version: 1 }],
    ];
    for (const [method, url, body] of cases) {
      const res = await t.anonymous.request(method as 'POST', url, body);
      expect(res.status, `${method} ${url}`).toBe(401);
      expect(res.body.error).toBe('unauthorized');
    }
    expect((await t.anonymous.request('GET', '/api/plans')).status).toBe(401);
    expect(await auditCount()).toBe(before);
  });

  it("lets an agency editor change its own plan but not another bureau's (403)", async () => {
    const social = await objective(t, ids.social, 'AC1');
    const before = await auditCount();
    const refused = await libraryEditor.request('PATCH', `/api/plans/${ids.social}/objectives/${social.id}`, {
      version: social.version,
      name: '越權修改',
    });
    expect([403, 404]).toContain(refused.status);
    const visibleDraft = await libraryEditor.request('GET', `/api/plans/${ids.social}`);
    expect(visibleDraft.status).toBe(404);
    expect(await auditCount()).toBe(before);
    expect((await objective(t, ids.social, 'AC1')).name).toBe(social.name);

    const own = await objective(libraryEditor, ids.library, 'AC1');
    const ok = await libraryEditor.request('PATCH', `/api/plans/${ids.library}/objectives/${own.id}`, {
      version: own.version,
      name: '提升市民圖書資源擁有率',
    });
    expect(ok.status).toBe(200);
    const audit = await t.request('GET', `/api/audit?planId=${ids.library}&entity=objective`);
    expect(audit.body.entries[0]).toMatchObject({ actor: 'lib-editor', action: 'update' });
  });

  it('gives an explicit 403 once the other plan is published and thus visible', async () => {
    const plan = (await t.request('GET', `/api/plans/${ids.social}`)).body;
    await t.request('POST', `/api/plans/${ids.social}/workflow`, {
      transition: 'submit',
      version: plan.version,
    });
    await t.request('POST', `/api/plans/${ids.social}/workflow`, {
      transition: 'approve',
      version: plan.version + 1,
    });
    const created = await libraryEditor.request('POST', `/api/plans/${ids.social}/objectives`, {
      code: 'AP5',
      name: 'x',
    });
    expect(created.status).toBe(403);
    expect(created.body.message).toContain('lib-editor may not change plans of 臺北市政府社會局');
  });

  it('refuses a reporter who changes a KPI definition (403)', async () => {
    const kpi = (await reporter.request('GET', `/api/plans/${ids.library}`)).body.kpis[0];
    const res = await reporter.request('PATCH', `/api/plans/${ids.library}/kpis/${kpi.id}`, {
      version: kpi.version,
      formula: '分子/分母×100%',
    });
    expect(res.status).toBe(403);
    expect(res.body.message).toContain('may not change plans');
  });

  it('runs the review cycle; an approved plan is read-only until reopened with a reason', async () => {
    let plan = (await libraryEditor.request('GET', `/api/plans/${ids.library}`)).body;
    const submitted = await libraryEditor.request('POST', `/api/plans/${ids.library}/workflow`, {
      transition: 'submit',
      version: plan.version,
    });
    expect(submitted.body.status).toBe('submitted');
    const selfApprove = await libraryEditor.request('POST', `/api/plans/${ids.library}/workflow`, {
      transition: 'approve',
      version: submitted.body.version,
    });
    expect(selfApprove.status).toBe(403);
    const comment = await t.request('POST', `/api/plans/${ids.library}/comments`, {
      body: 'KPI 請補上計算公式',
      elementKind: 'kpi',
      elementCode: 'ac1.1',
    });
    expect(comment.body).toMatchObject({ author: 'admin', elementCode: 'AC1.1' });
    const approved = await t.request('POST', `/api/plans/${ids.library}/workflow`, {
      transition: 'approve',
      version: submitted.body.version,
    });
    expect(approved.body.status).toBe('approved');

    const own = await objective(libraryEditor, ids.library, 'AC1');
    const edit = await libraryEditor.request('PATCH', `/api/plans/${ids.library}/objectives/${own.id}`, {
      version: own.version,
      name: '核定後修改',
    });
    expect(edit.status).toBe(409);
    expect(edit.body.message).toContain('is approved and therefore read-only');
    const noReason = await t.request('POST', `/api/plans/${ids.library}/workflow`, {
      transition: 'reopen',
      version: approved.body.version,
    });
    expect(noReason.status).toBe(400);
    const reopened = await t.request('POST', `/api/plans/${ids.library}/workflow`, {
      transition: 'reopen',
      version: approved.body.version,
      reason: '配合府級策略調整',
    });
    expect(reopened.body.status).toBe('draft');
    plan = (await libraryEditor.request('GET', `/api/plans/${ids.library}/comments`)).body;
    expect(plan.comments.map((c: { body: string }) => c.body)).toEqual([
      'KPI 請補上計算公式',
      '[reopen] 配合府級策略調整',
    ]);
    const history = await t.request('GET', `/api/audit?planId=${ids.library}&entity=plan`);
    expect(history.body.entries.map((e: { action: string }) => e.action).slice(0, 3)).toEqual([
      'workflow.reopen',
      'workflow.approve',
      'workflow.submit',
    ]);
    expect(
      (
        await libraryEditor.request('PATCH', `/api/plans/${ids.library}/objectives/${own.id}`, {
          version: own.version,
          name: '重新開放後修改',
        })
      ).status,
    ).toBe(200);
  });

  it('locks an account after five wrong passwords, and records it', async () => {
    await t.userWith('victim', [{ orgId: ids.libraryOrg, role: 'viewer' }]);
    for (let i = 0; i < 4; i++) {
      const res = await t.anonymous.request('POST', '/api/auth/login', {
        login: 'victim',
        password: 'wrong-password',
      });
      expect(res.status).toBe(401);
      expect(res.body.message).toBe('the login or the password is wrong');
    }
    const fifth = await t.anonymous.request('POST', '/api/auth/login', {
      login: 'victim',
      password: 'wrong-password',
    });
    expect(fifth.body.message).toContain('locked');
    const right = await t.anonymous.request('POST', '/api/auth/login', {
      login: 'victim',
      password: passwordOf('victim'),
    });
    expect(right.status).toBe(401);
    expect(right.body.message).toContain('locked');
    const audit = await t.request('GET', '/api/audit?entity=user&limit=20');
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['login.failed', 'login.lockout', 'login.locked']),
    );
    const users = (await t.request('GET', '/api/users')).body.users;
    const victim = users.find((u: { login: string }) => u.login === 'victim');
    expect(victim.locked).toBe(true);
    expect(JSON.stringify(users)).not.toMatch(/scrypt|password/i);
    await t.request('POST', `/api/users/${victim.id}/reset-password`, { password: 'a-new-password-1' });
    expect(
      (
        await t.anonymous.request('POST', '/api/auth/login', {
          login: 'victim',
          password: 'a-new-password-1',
        })
      ).status,
    ).toBe(200);
  });

  it('accepts API tokens until they are revoked (then 401)', async () => {
    const created = await t.request('POST', '/api/tokens', {
      name: 'KPI feed',
      orgId: ids.libraryOrg,
      role: 'viewer',
    });
    expect(created.status).toBe(201);
    const secret = created.body.secret as string;
    const bearer = { authorization: `Bearer ${secret}` };
    expect((await t.anonymous.request('GET', `/api/plans/${ids.library}`, undefined, bearer)).status).toBe(
      200,
    );
    const write = await t.anonymous.request(
      'POST',
      `/api/plans/${ids.library}/objectives`,
      { code: 'AC7', name: 'x' },
      bearer,
    );
    expect(write.status).toBe(403);
    const listed = (await t.request('GET', '/api/tokens')).body.tokens;
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect((await t.request('DELETE', `/api/tokens/${created.body.token.id}`)).body.revokedAt).toBeTruthy();
    const after = await t.anonymous.request('GET', `/api/plans/${ids.library}`, undefined, bearer);
    expect(after.status).toBe(401);
    const audit = await t.request('GET', '/api/audit?entity=api_token');
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual(['revoke', 'create']);
  });

  it('rejects cookie-authenticated writes without the CSRF header', async () => {
    const res = await t.request('POST', '/api/orgs', { name: '跨站請求' }, { 'x-csrf-token': 'forged' });
    expect(res.status).toBe(403);
    expect(res.body.message).toContain('x-csrf-token');
    const orgs = (await t.request('GET', '/api/orgs')).body.organizations;
    expect(orgs.some((o: { name: string }) => o.name === '跨站請求')).toBe(false);
  });

  it('ends the sessions of a disabled account and refuses its sign-in', async () => {
    const temp = await t.userWith('leaving', [{ orgId: ids.libraryOrg, role: 'viewer' }]);
    expect((await temp.request('GET', '/api/auth/me')).body.name).toBe('leaving');
    const user = (await t.request('GET', '/api/users')).body.users.find(
      (u: { login: string }) => u.login === 'leaving',
    );
    await t.request('PATCH', `/api/users/${user.id}`, { version: user.version, disabled: true });
    expect((await temp.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('lets anonymous visitors read approved plans only when the instance allows it', async () => {
    const before = await t.anonymous.request('GET', `/api/plans/${ids.social}`);
    expect(before.status, JSON.stringify(before.body)).toBe(401);
    expect((await t.request('PATCH', '/api/settings', { publicRead: true })).body).toEqual({
      publicRead: true,
    });
    expect((await t.anonymous.request('GET', `/api/plans/${ids.social}`)).status).toBe(200);
    expect((await t.anonymous.request('GET', `/api/plans/${ids.city}`)).status).toBe(401);
    const listed = (await t.anonymous.request('GET', '/api/plans')).body.plans.map(
      (p: { id: number }) => p.id,
    );
    expect(listed).toEqual([ids.social]);
    expect((await t.anonymous.request('PATCH', '/api/settings', { publicRead: false })).status).toBe(401);
    expect((await libraryEditor.request('PATCH', '/api/settings', { publicRead: false })).status).toBe(403);
    await t.request('PATCH', '/api/settings', { publicRead: false });
  });

  it('sends security headers and never leaks internals', async () => {
    const res = await t.anonymous.request('GET', '/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    const big = await t.request('POST', '/api/plans/import', {
      plans: [cityPlan({ mission: 'x'.repeat(11 * 1024 * 1024) })],
    });
    expect(big.status).toBe(413);
  });

  it('changes a password, ending the other sessions', async () => {
    const first = await t.userWith('changer', [{ orgId: ids.libraryOrg, role: 'viewer' }]);
    const second = await t.signIn('changer', passwordOf('changer'));
    const wrong = await first.request('POST', '/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'long-enough-1',
    });
    expect(wrong.status).toBe(400);
    const ok = await first.request('POST', '/api/auth/password', {
      currentPassword: passwordOf('changer'),
      newPassword: 'long-enough-1',
    });
    expect(ok.status).toBe(204);
    expect((await first.request('GET', '/api/auth/me')).status).toBe(200);
    expect((await second.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await first.request('POST', '/api/auth/logout')).status).toBe(204);
    expect((await first.request('GET', '/api/auth/me')).status).toBe(401);
  });
  void doc;
});
