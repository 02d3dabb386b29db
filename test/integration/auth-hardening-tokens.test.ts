import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operator } from '../../src/domain/authz';
import { createApiToken } from '../../src/services/auth/api-tokens';
import { serviceContext } from '../../src/services/context';
import { bureauPlan, cityPlan } from '../support/fixtures';
import { type Client, createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

type Role = 'admin' | 'editor' | 'reporter' | 'viewer';

/** Issue 12 item 3: a token never does more than its creator may do now. */
describe(`API tokens follow their creator on ${engineName()}`, () => {
  let t: TestApp;
  const ids = { bureauOrg: 0, libraryOrg: 0, bureauPlan: 0, libraryPlan: 0 };
  let creator: Client;

  const setCreator = async (patch: {
    grants?: { orgId: number | null; role: Role }[];
    disabled?: boolean;
  }) => {
    const user = (await t.request('GET', '/api/users')).body.users.find(
      (u: { login: string }) => u.login === 'token.maker',
    );
    const res = await t.request('PATCH', `/api/users/${user.id}`, { version: user.version, ...patch });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };
  const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
  /** Renames AC1 of a plan through the token: the status says whether it may write there. */
  const rename = async (secret: string, planId: number, name: string) => {
    const plan = (await t.request('GET', `/api/plans/${planId}`)).body;
    const objective = plan.objectives.find((o: { code: string }) => o.code === 'AC1');
    return (
      await t.anonymous.request(
        'PATCH',
        `/api/plans/${planId}/objectives/${objective.id}`,
        { version: objective.version, name },
        bearer(secret),
      )
    ).status;
  };
  const comment = async (secret: string, planId: number) =>
    (
      await t.anonymous.request(
        'POST',
        `/api/plans/${planId}/comments`,
        { body: '請補充資料來源' },
        bearer(secret),
      )
    ).status;
  const readDraft = async (secret: string, planId: number) =>
    (await t.anonymous.request('GET', `/api/plans/${planId}`, undefined, bearer(secret))).status;

  beforeAll(async () => {
    t = await createTestApp();
    const imported = await t.request('POST', '/api/plans/import', {
      plans: [
        cityPlan(),
        bureauPlan(),
        bureauPlan({
          org: { name: '臺北市立圖書館', parent: '臺北市政府教育局' },
          themes: [{ letter: 'A', name: '發展館藏資源' }],
          objectives: [{ code: 'AC1', name: '提升市民圖書資料擁有率' }],
          kpis: [{ code: 'AC1.1', objective: 'AC1', name: '每位市民平均擁書冊數' }],
        }),
      ],
    });
    expect(imported.status).toBe(200);
    const plans = imported.body.plans as { org: string; planId: number }[];
    ids.bureauPlan = plans.find((p) => p.org === '臺北市政府教育局')?.planId as number;
    ids.libraryPlan = plans.find((p) => p.org === '臺北市立圖書館')?.planId as number;
    const orgs = (await t.request('GET', '/api/orgs')).body.organizations as { id: number; name: string }[];
    ids.bureauOrg = orgs.find((o) => o.name === '臺北市政府教育局')?.id as number;
    ids.libraryOrg = orgs.find((o) => o.name === '臺北市立圖書館')?.id as number;
    creator = await t.userWith('token.maker', [{ orgId: ids.bureauOrg, role: 'editor' }]);
  });
  afterAll(async () => t.close());

  const newToken = async (role: 'editor' | 'reporter' | 'viewer' = 'editor') => {
    const res = await creator.request('POST', '/api/tokens', {
      name: `feed ${role}`,
      orgId: ids.bureauOrg,
      role,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.secret as string;
  };

  it('acts as viewer at most once its creator is demoted to viewer', async () => {
    await setCreator({ grants: [{ orgId: ids.bureauOrg, role: 'editor' }] });
    const secret = await newToken();
    expect(await rename(secret, ids.bureauPlan, '減輕家長育兒負擔')).toBe(200);
    await setCreator({ grants: [{ orgId: ids.bureauOrg, role: 'viewer' }] });
    expect(await rename(secret, ids.bureauPlan, '越權修改')).toBe(403);
    expect(await comment(secret, ids.bureauPlan)).toBe(403);
    expect(await readDraft(secret, ids.bureauPlan)).toBe(200);
    // Promoted again, the token's own scope is the ceiling once more.
    await setCreator({ grants: [{ orgId: ids.bureauOrg, role: 'editor' }] });
    expect(await comment(secret, ids.bureauPlan)).toBe(201);
  });

  it('holds only where its scope and the creator’s current roles meet', async () => {
    await setCreator({ grants: [{ orgId: ids.bureauOrg, role: 'editor' }] });
    const secret = await newToken();
    expect(await rename(secret, ids.libraryPlan, '館藏一')).toBe(200);
    // Now editor of the library only: the bureau token edits the library, not the bureau.
    await setCreator({ grants: [{ orgId: ids.libraryOrg, role: 'editor' }] });
    expect(await rename(secret, ids.libraryPlan, '館藏二')).toBe(200);
    expect(await rename(secret, ids.bureauPlan, '越權修改')).toBe(404);
  });

  it('can do nothing once its creator has no role left, and answers 401 once the creator is disabled', async () => {
    await setCreator({ grants: [{ orgId: ids.bureauOrg, role: 'editor' }] });
    const secret = await newToken();
    await setCreator({ grants: [] });
    expect(await readDraft(secret, ids.bureauPlan)).toBe(404);
    expect(await comment(secret, ids.bureauPlan)).toBe(404);
    await setCreator({ disabled: true });
    const refused = await t.anonymous.request('GET', '/api/plans', undefined, bearer(secret));
    expect(refused.status).toBe(401);
    expect(refused.body.message).toContain('disabled');
    await setCreator({ disabled: false, grants: [{ orgId: ids.bureauOrg, role: 'editor' }] });
    expect(await readDraft(secret, ids.bureauPlan)).toBe(200);
  });

  it('keeps an administrator’s token while they are one, and the operator’s always', async () => {
    const admin = await t.userWith('token.admin', [{ orgId: null, role: 'admin' }]);
    const byAdmin = (
      await admin.request('POST', '/api/tokens', { name: 'city feed', orgId: ids.bureauOrg, role: 'editor' })
    ).body.secret as string;
    expect(await rename(byAdmin, ids.bureauPlan, '管理者權杖')).toBe(200);
    const { secret: byOperator } = await createApiToken(serviceContext(t.database.db, operator('cli')), {
      name: 'operator feed',
      orgId: ids.bureauOrg,
      role: 'editor',
    });
    expect(await rename(byOperator, ids.bureauPlan, '操作者權杖')).toBe(200);
    const user = (await t.request('GET', '/api/users')).body.users.find(
      (u: { login: string }) => u.login === 'token.admin',
    );
    await t.request('PATCH', `/api/users/${user.id}`, { version: user.version, grants: [] });
    expect(await rename(byAdmin, ids.bureauPlan, '越權修改')).toBe(404);
    expect(await rename(byOperator, ids.bureauPlan, '操作者權杖二')).toBe(200);
  });

  it('answers 401 once its creator is deleted', async () => {
    const gone = await t.userWith('token.gone', [{ orgId: ids.bureauOrg, role: 'viewer' }]);
    const secret = (
      await gone.request('POST', '/api/tokens', { name: 'soon gone', orgId: ids.bureauOrg, role: 'viewer' })
    ).body.secret as string;
    expect(await readDraft(secret, ids.bureauPlan)).toBe(200);
    await t.database.db.execute(sql`delete from users where login = 'token.gone'`);
    expect(await readDraft(secret, ids.bureauPlan)).toBe(401);
  });
});
