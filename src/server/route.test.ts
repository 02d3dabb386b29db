import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Organization } from '../services/organizations/get-organization.contract';
import { installErrorHandler } from './error-handler';
import { route } from './route';

const org: Organization = {
  id: 3,
  name: '臺北市政府教育局',
  parentId: 1,
  version: 2,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
};

let app: FastifyInstance;
async function appWith(register: (app: FastifyInstance) => void): Promise<FastifyInstance> {
  app = Fastify({ logger: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  register(app);
  await app.ready();
  return app;
}
afterEach(async () => app?.close());

describe('routes registered from a contract', () => {
  it('answer only what the response schema declares, with its status', async () => {
    await appWith((a) =>
      route(a, 'orgs.create', async ({ body }) => ({ ...org, name: body.name, passwordHash: 'secret' })),
    );
    const res = await app.inject({ method: 'POST', url: '/api/orgs', payload: { name: '  新 機關 ' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ ...org, name: '新 機關' });
  });

  it('refuse to send an answer that breaks the response schema, as an unexpected error', async () => {
    await appWith((a) =>
      route(a, 'orgs.get', async () => ({ ...org, version: 'two' }) as unknown as Organization),
    );
    const res = await app.inject({ method: 'GET', url: '/api/orgs/3' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ error: 'internal', code: 'http.unexpected' });
    expect(res.body).not.toContain('two');
  });

  it('answer 204 without a body', async () => {
    let deleted: unknown;
    await appWith((a) =>
      route(a, 'orgs.delete', async ({ params, query }) => {
        deleted = { id: params.id, version: query.version };
      }),
    );
    const res = await app.inject({ method: 'DELETE', url: '/api/orgs/5?version=2' });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect(deleted).toEqual({ id: 5, version: 2 });
  });

  it('refuse bad input with catalog codes, while routes without a contract keep the old shape', async () => {
    await appWith((a) => {
      route(a, 'orgs.update', async () => org);
      a.post(
        '/legacy',
        { schema: { body: z.object({ name: z.string().min(1, 'name must not be empty') }) } },
        async () => ({}),
      );
    });
    const coded = await app.inject({ method: 'PATCH', url: '/api/orgs/x', payload: { name: '' } });
    expect(coded.statusCode).toBe(400);
    expect(coded.json()).toEqual({
      error: 'validation',
      code: 'validation.invalid_input',
      params: { path: 'params.id', count: 1 },
      message: 'invalid input at params.id',
      issues: [
        {
          path: 'params.id',
          code: 'validation.invalid_type',
          params: { expected: 'number' },
          message: 'must be a number',
        },
      ],
    });
    const body = await app.inject({ method: 'PATCH', url: '/api/orgs/3', payload: { name: ' ' } });
    expect(body.json().issues).toEqual([
      { path: 'version', code: 'validation.required', params: {}, message: 'required' },
      {
        path: 'name',
        code: 'org.name_required',
        params: { origin: 'string', minimum: 1, inclusive: true, exact: false },
        message: 'name must not be empty',
      },
    ]);
    const legacy = await app.inject({ method: 'POST', url: '/legacy', payload: { name: '' } });
    expect(legacy.json()).toEqual({
      error: 'validation',
      message: 'invalid name: name must not be empty',
      issues: [{ path: 'name', message: 'name must not be empty' }],
    });
  });
});
