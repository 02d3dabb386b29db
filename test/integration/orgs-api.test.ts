import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReceived } from '../../src/domain/messages/catalog';
import { createTestApp, type Response, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

/** A refusal as the API must give it: coded, said in English, and sayable in Chinese without English. */
function expectRefusal(res: Response, status: number, code: string, params?: Record<string, unknown>) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.code).toBe(code);
  if (params) expect(res.body.params).toEqual(params);
  expect(renderReceived(res.body.code, res.body.params, 'en')).toBe(res.body.message);
  // No English in the Chinese text but the names it quotes (an account's login) and the acronym API.
  const quoted = [res.body.params?.who, res.body.params?.name].filter((v) => typeof v === 'string');
  const zh = quoted.reduce(
    (text, word) => text.split(word).join(''),
    renderReceived(res.body.code, res.body.params, 'zh') ?? '',
  );
  expect(zh.replace(/API/g, '')).not.toMatch(/[A-Za-z]{2,}/);
  expect(res.body.details?.messageZh).toBeUndefined();
}

describe(`organisations API on ${engineName()}`, () => {
  let t: TestApp;
  let city: number;
  let bureau: number;
  beforeAll(async () => {
    t = await createTestApp();
    const created = await t.request('POST', '/api/orgs', { name: '  臺北市政府 ' });
    expect(created.status).toBe(201);
    city = created.body.id;
    bureau = (await t.request('POST', '/api/orgs', { name: '臺北市政府教育局', parentId: city })).body.id;
  });
  afterAll(async () => t.close());

  it('creates, lists, reads, renames, moves and deletes, answering exactly the contract', async () => {
    const agency = await t.request('POST', '/api/orgs', { name: '臺北市立圖書館', parentId: city });
    expect(agency.status).toBe(201);
    expect(Object.keys(agency.body).sort()).toEqual([
      'createdAt',
      'id',
      'name',
      'parentId',
      'updatedAt',
      'version',
    ]);
    const list = await t.request('GET', '/api/orgs');
    expect(list.body.organizations.map((o: { name: string }) => o.name)).toEqual([
      '臺北市政府',
      '臺北市政府教育局',
      '臺北市立圖書館',
    ]);
    expect(list.body.organizations[0]).toEqual({
      id: city,
      name: '臺北市政府',
      parentId: null,
      version: 1,
      plans: [],
    });
    const moved = await t.request('PATCH', `/api/orgs/${agency.body.id}`, {
      version: 1,
      name: '臺北市立圖書館總館',
      parentId: bureau,
    });
    expect(moved.body).toMatchObject({ name: '臺北市立圖書館總館', parentId: bureau, version: 2 });
    expect((await t.request('GET', `/api/orgs/${agency.body.id}`)).body).toEqual(moved.body);
    const removed = await t.request('DELETE', `/api/orgs/${agency.body.id}?version=2`);
    expect(removed.status).toBe(204);
    expectRefusal(await t.request('GET', `/api/orgs/${agency.body.id}`), 404, 'common.not_found', {
      entity: 'organisation',
      id: agency.body.id,
    });
  });

  it('refuses each wrong change with its code, its field and nothing written', async () => {
    const before = (await t.request('GET', '/api/orgs')).body;
    expectRefusal(await t.request('POST', '/api/orgs', { name: '台北市政府' }), 409, 'org.name_taken');
    expectRefusal(
      await t.request('PATCH', `/api/orgs/${bureau}`, { version: 1, name: '臺北市政府' }),
      409,
      'org.name_taken',
      {
        name: '臺北市政府',
      },
    );
    const orphan = await t.request('POST', '/api/orgs', { name: '孤兒局', parentId: 999 });
    expectRefusal(orphan, 400, 'org.parent_not_found', { id: 999 });
    expect(orphan.body.issues).toEqual([
      {
        path: 'parentId',
        code: 'org.parent_not_found',
        params: { id: 999 },
        message: 'parent organisation 999 does not exist',
      },
    ]);
    expectRefusal(
      await t.request('PATCH', `/api/orgs/${bureau}`, { version: 1, parentId: bureau }),
      400,
      'org.parent_is_self',
    );
    expectRefusal(
      await t.request('PATCH', `/api/orgs/${city}`, { version: 1, parentId: bureau }),
      400,
      'org.parent_is_descendant',
    );
    const stale = await t.request('PATCH', `/api/orgs/${bureau}`, { version: 7, name: '新名稱' });
    expectRefusal(stale, 409, 'common.stale_version', { entity: 'organisation', id: bureau, current: 1 });
    expect(stale.body.details).toEqual({ currentVersion: 1 });
    expectRefusal(await t.request('DELETE', `/api/orgs/${city}`), 409, 'org.not_empty', {
      name: '臺北市政府',
      children: 1,
      plans: 0,
    });
    expect((await t.request('GET', '/api/orgs')).body).toEqual(before);
  });

  it('says what is wrong with the input field by field, in codes', async () => {
    const empty = await t.request('POST', '/api/orgs', { name: '   ', parentId: 'one' });
    expectRefusal(empty, 400, 'validation.invalid_input', { path: 'name', count: 2 });
    expect(empty.body.issues.map((i: { path: string; code: string }) => [i.path, i.code])).toEqual([
      ['name', 'org.name_required'],
      ['parentId', 'validation.invalid_type'],
    ]);
    const long = await t.request('POST', '/api/orgs', { name: '局'.repeat(201) });
    expect(long.body.issues[0]).toMatchObject({ code: 'org.name_too_long', params: { maximum: 200 } });
    expect(renderReceived(long.body.issues[0].code, long.body.issues[0].params, 'zh')).toBe(
      '機關名稱最多 200 個字',
    );
    const missing = await t.request('PATCH', `/api/orgs/${bureau}`, {});
    expect(missing.body.issues).toEqual([
      { path: 'version', code: 'validation.required', params: {}, message: 'required' },
    ]);
  });

  it('holds callers to their roles', async () => {
    const viewer = await t.userWith('org.viewer', [{ orgId: bureau, role: 'viewer' }]);
    expect((await viewer.request('GET', '/api/orgs')).status).toBe(200);
    expectRefusal(await viewer.request('POST', '/api/orgs', { name: '新局' }), 403, 'auth.forbidden', {
      who: 'org.viewer',
      action: 'org.manage',
      orgId: null,
      org: null,
      grants: [{ role: 'viewer', orgId: bureau }],
    });
    expectRefusal(await t.anonymous.request('GET', '/api/orgs'), 401, 'auth.sign_in_first');
  });

  it('documents every organisation route with its answer and the shared error body', async () => {
    const openapi = (await t.request('GET', '/api/openapi.json')).body;
    const routes = [
      ['/api/orgs', 'get', '200'],
      ['/api/orgs', 'post', '201'],
      ['/api/orgs/{id}', 'get', '200'],
      ['/api/orgs/{id}', 'patch', '200'],
      ['/api/orgs/{id}', 'delete', '204'],
    ] as const;
    for (const [path, method, status] of routes) {
      const op = openapi.paths[path][method];
      expect(op.responses[status], `${method} ${path}`).toBeDefined();
      expect(op.responses['4XX'].content['application/json'].schema).toEqual({
        $ref: '#/components/schemas/ErrorBody',
      });
    }
    expect(
      openapi.paths['/api/orgs'].post.responses['201'].content['application/json'].schema.required,
    ).toEqual(expect.arrayContaining(['id', 'name', 'parentId', 'version']));
    expect(openapi.paths['/api/orgs/{id}'].delete.responses['204'].content).toBeUndefined();
    expect(openapi.paths['/api/orgs'].post.description).toContain('`org.name_taken` (409)');
    expect(openapi.components.schemas.ErrorBody.properties.code.enum).toContain('org.name_taken');
  });
});
