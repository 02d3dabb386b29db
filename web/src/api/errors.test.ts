import { describe, expect, it } from 'vitest';
import { errorFromResponse } from './errors';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('API errors', () => {
  it('keeps the kind, message and issues by field path', async () => {
    const error = await errorFromResponse(
      json(400, {
        error: 'validation',
        message: 'bad',
        issues: [
          { path: 'objectives.0.name', message: 'required' },
          { path: 'objectives.0.code', message: 'not a code' },
          { path: '', message: 'general' },
        ],
      }),
    );
    expect(error.kind).toBe('validation');
    expect(error.status).toBe(400);
    expect(error.issuesAt('objectives.0.name')).toEqual(['required']);
    expect(error.issuesAt('objectives.0', true)).toEqual(['required', 'not a code']);
    expect(error.fieldErrors['']).toEqual(['general']);
  });

  it('reads a 409 as a conflict with its details and a 429 as rate limited', async () => {
    const conflict = await errorFromResponse(
      json(409, { error: 'conflict', message: 'stale', issues: [], details: { version: 3 } }),
    );
    expect(conflict.kind).toBe('conflict');
    expect(conflict.details).toEqual({ version: 3 });
    expect((await errorFromResponse(json(429, { message: 'slow down' }))).kind).toBe('rate_limited');
  });

  it('survives a body that is not JSON', async () => {
    const error = await errorFromResponse(new Response('<html>bad gateway</html>', { status: 502 }));
    expect(error.kind).toBe('server');
    expect(error.issues).toEqual([]);
  });
});
