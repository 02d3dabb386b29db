import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, callUrl, setCsrfToken } from './client';
import { ApiError } from './errors';

const answer = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api.call', () => {
  it('fills in path params, serialises the query and sends the body, by contract key', async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => answer(204));
    vi.stubGlobal('fetch', fetch);
    setCsrfToken('token');
    await api.call('orgs.delete', { params: { id: 12 }, query: { version: 3 } });
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/orgs/12?version=3');
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ method: 'DELETE', body: undefined });
    const org = { id: 1, name: '臺北市政府', parentId: null, version: 1, createdAt: 'a', updatedAt: 'b' };
    fetch.mockResolvedValueOnce(answer(201, org));
    const created = await api.call('orgs.create', { body: { name: '臺北市政府' } });
    expect(created.name).toBe('臺北市政府');
    expect(fetch.mock.calls[1]?.[1]).toMatchObject({
      method: 'POST',
      body: '{"name":"臺北市政府"}',
      headers: { 'x-csrf-token': 'token', 'content-type': 'application/json' },
    });
    expect(callUrl('orgs.list')).toBe('/api/orgs');
  });

  it('turns a refusal into an ApiError with its code, params and coded issues', async () => {
    vi.stubGlobal('fetch', async () =>
      answer(409, {
        error: 'conflict',
        code: 'org.name_taken',
        params: { name: '臺北市政府' },
        message: 'an organisation named 臺北市政府 already exists',
        issues: [],
      }),
    );
    setCsrfToken('token');
    const error = await api.call('orgs.create', { body: { name: '臺北市政府' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      kind: 'conflict',
      code: 'org.name_taken',
      params: { name: '臺北市政府' },
    });
  });
});
