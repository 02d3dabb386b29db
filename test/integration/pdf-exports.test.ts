import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfRenderer } from '../../src/export/pdf-renderer';
import { chromiumUnder } from '../support/process-tree';
import { createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';
import { trackedPlan } from '../support/tracking-fixtures';

/**
 * Issue 12, item 9: PDF exports share one browser through a bounded queue, refuse with 503 and
 * Retry-After past it, serve a printed file again while the plan is unchanged (anonymous callers
 * included), and leave no Chromium behind when the server closes. Needs Chromium.
 */
describe(`PDF exports through one browser on ${engineName()}`, () => {
  let t: TestApp;
  const ids: number[] = [];

  const get = async (url: string, signedIn = true) => {
    const res = await t.app.inject({
      method: 'GET',
      url,
      headers: signedIn
        ? {
            cookie: Object.entries(t.cookies)
              .map(([k, v]) => `${k}=${v}`)
              .join('; '),
          }
        : {},
    });
    return {
      status: res.statusCode,
      retryAfter: res.headers['retry-after'],
      pdf: res.statusCode === 200 ? res.rawPayload : null,
      body: res.statusCode === 200 ? null : JSON.parse(res.body),
    };
  };
  const pdfOf = (id: number, signedIn = true) => get(`/api/plans/${id}/export.pdf`, signedIn);

  beforeAll(async () => {
    t = await createTestApp();
    const plans = Array.from({ length: 21 }, (_, i) =>
      trackedPlan({ org: { name: `臺北市測試機關${i + 1}` } }),
    );
    const res = await t.request('POST', '/api/plans/import', { plans });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    for (const p of res.body.plans) ids.push(p.planId);
  });
  afterAll(async () => {
    await t.close();
    // Closing the server closes its browser: no Chromium process of this one is left.
    expect(chromiumUnder(process.pid)).toEqual([]);
  });

  it('prints 8 different plans at once with one browser launch: every answer a PDF', async () => {
    const launches = pdfRenderer.launches;
    const answers = await Promise.all(ids.slice(0, 8).map((id) => pdfOf(id)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    for (const a of answers) expect(a.pdf?.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfRenderer.launches - launches).toBeLessThanOrEqual(1);
    expect(pdfRenderer.state.browserOpen).toBe(true);
    const processes = chromiumUnder(process.pid);
    expect(processes.length).toBeGreaterThan(0);
    expect(processes.length).toBeLessThan(12);
  }, 180_000);

  it('answers 20 at once with PDFs or 503 + Retry-After, never 500, the same browser', async () => {
    const launches = pdfRenderer.launches;
    // Plans 9–21 were never printed, 1–7 were: those are served from what was printed.
    const answers = await Promise.all([...ids.slice(8, 21), ...ids.slice(0, 7)].map((id) => pdfOf(id)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(7 + 10);
    const busy = answers.filter((a) => a.status === 503);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    for (const a of busy) {
      expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(a.body).toMatchObject({ error: 'unavailable', details: { code: 'export_busy' } });
      expect(a.body.message).toContain('try again');
    }
    expect(pdfRenderer.launches - launches).toBe(0);
  }, 180_000);

  it('serves anonymous callers the printed file; a plan not yet printed is printed once for all of them', async () => {
    const [printed, edited] = ids as [number, number];
    // Plan 2 was printed in the first test; a change makes its next export print anew.
    const before = (await t.request('GET', `/api/plans/${edited}`)).body;
    const changed = await t.request('PATCH', `/api/plans/${edited}`, {
      mission: '新使命',
      version: before.version,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    for (const id of [printed, edited]) {
      const plan = (await t.request('GET', `/api/plans/${id}`)).body;
      const submitted = await t.request('POST', `/api/plans/${id}/workflow`, {
        transition: 'submit',
        version: plan.version,
      });
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
      const approved = await t.request('POST', `/api/plans/${id}/workflow`, {
        transition: 'approve',
        version: submitted.body.version,
      });
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    }
    expect((await t.request('PATCH', '/api/settings', { publicRead: true })).status).toBe(200);

    const signedIn = await pdfOf(printed);
    let renders = pdfRenderer.renders;
    const anonymous = await pdfOf(printed, false);
    expect(anonymous.status).toBe(200);
    expect(pdfRenderer.renders).toBe(renders);
    expect(Buffer.compare(anonymous.pdf as Buffer, signedIn.pdf as Buffer)).toBe(0);

    renders = pdfRenderer.renders;
    const crowd = await Promise.all(Array.from({ length: 5 }, () => pdfOf(edited, false)));
    expect(crowd.map((a) => a.status)).toEqual(Array(5).fill(200));
    expect(pdfRenderer.renders - renders).toBe(1);
    expect((await pdfOf(edited)).status).toBe(200);
    expect(pdfRenderer.renders - renders).toBe(1);
    // Drafts stay closed to anonymous callers, printed or not.
    expect((await pdfOf(ids[5] as number, false)).status).toBe(401);
  });
});
