import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudoRandomBytes as randomBytes } from '../support/bytes';
import { cityPlan } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

const ZOO = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'import', 'zoo-onecell-tab.txt'));

describe(`import preview and findings API on ${engineName()}`, () => {
  let t: TestApp;

  /** Posts raw bytes, as the web app uploads a file. */
  async function upload(body: Uint8Array | string, query: string, contentType = 'application/octet-stream') {
    const payload = typeof body === 'string' ? body : Buffer.from(body);
    return t.request('POST', `/api/imports/preview?${query}`, payload, { 'content-type': contentType });
  }

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('previews a document, confirms through the plan import, then shows what a new version changes', async () => {
    const preview = await upload(ZOO, 'fileName=zoo.txt');
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ fileName: 'zoo.txt', existing: [] });
    expect(preview.body.plans).toHaveLength(1);
    expect(preview.body.plans[0]).toMatchObject({ org: { name: '臺北市立動物園' }, year: 113 });
    const variant = preview.body.findings.find((f: { rule: string }) => f.rule === 'name-variant');
    expect(variant).toMatchObject({
      severity: 'warning',
      codes: ['BL1'],
      plan: { org: '臺北市立動物園', year: 113 },
    });
    expect(variant.message.zh).toContain('培植解說人才');
    expect(variant.line).toBeGreaterThan(0);
    // Nothing was stored by the preview.
    expect((await t.request('GET', '/api/plans')).body.plans).toEqual([]);

    const confirmed = await t.request('POST', '/api/plans/import', { plans: preview.body.plans });
    expect(confirmed.status).toBe(200);
    const planId = confirmed.body.plans[0].planId;

    const same = await upload(ZOO, 'fileName=zoo.txt', 'text/plain; charset=utf-8');
    expect(same.status).toBe(200);
    expect(same.body.existing).toEqual([{ org: '臺北市立動物園', year: 113, planId, changes: [] }]);

    const renamed = ZOO.toString('utf8').replaceAll('提高預算執行效能', '提升預算執行效率');
    const changed = await upload(renamed, 'fileName=zoo-2.txt', 'text/plain');
    expect(changed.body.existing[0].changes).toEqual([
      {
        element: 'objective',
        change: 'renamed',
        code: 'AF1',
        fromCode: null,
        field: null,
        before: '提高預算執行效能',
        after: '提升預算執行效率',
      },
    ]);
    const refused = await t.request('POST', '/api/plans/import', { plans: changed.body.plans });
    expect(refused.status).toBe(409);
    const replaced = await t.request('POST', '/api/plans/import?replace=true', { plans: changed.body.plans });
    expect(replaced.body.plans[0]).toMatchObject({ action: 'replaced', planId });
  });

  it('takes the organisation and year for documents that do not state them', async () => {
    const untitled = ZOO.toString('utf8').split('\n').slice(2).join('\n');
    const refused = await upload(untitled, 'fileName=untitled.txt');
    expect(refused.status).toBe(400);
    expect(refused.body.details.code).toBe('no-organisation');
    const given = await upload(
      untitled,
      `fileName=untitled.txt&org=${encodeURIComponent('臺北市立動物園')}&year=109`,
    );
    expect(given.status).toBe(200);
    expect(given.body.plans[0]).toMatchObject({ org: { name: '臺北市立動物園' }, year: 109 });
  });

  it('refuses what is not a strategy-map document with 400, in English and zh-TW', async () => {
    const cases: [string, Uint8Array | string, string, string][] = [
      ['empty', new Uint8Array(), 'empty', '檔案是空的'],
      ['binary', new Uint8Array(randomBytes(2048)), 'binary', '二進位檔'],
      [
        'zip renamed',
        new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(256)]),
        'archive-corrupt',
        '壓縮檔結構已損毀',
      ],
      ['no codes', '臺北市政府教育局\n110年策略地圖\n使命：引導學校創新\n', 'no-codes', '找不到策略地圖代碼'],
    ];
    for (const [label, body, code, zh] of cases) {
      const res = await upload(body, 'fileName=doc.txt');
      expect(res.status, label).toBe(400);
      expect(res.body, label).toMatchObject({
        error: 'validation',
        issues: [],
        details: { code, fileName: 'doc.txt' },
      });
      expect(res.body.message, label).toMatch(/^doc\.txt: /);
      expect(res.body.details.messageZh, label).toContain(zh);
    }
    const deck = await upload(new Uint8Array([1, 2, 3]), 'fileName=deck.pptx');
    expect(deck.body.details).toMatchObject({ code: 'corrupt-file' });
    expect(deck.body.details.messageZh).toContain('PowerPoint 簡報（.pptx），但內容不是');
  });

  it('refuses malformed requests: no file name, a JSON body, too large', async () => {
    const noName = await upload(ZOO, '');
    expect(noName.status).toBe(400);
    expect(noName.body.issues[0].path).toBe('querystring.fileName');
    const json = await upload(JSON.stringify({ text: 'x' }), 'fileName=a.txt', 'application/json');
    expect(json.status).toBe(400);
    expect(json.body.message).toContain('Content-Type application/octet-stream or text/plain');
    // Above the importer's 8 MB: its own explanation; above the route's 10 MB: refused unread.
    const nine = await upload(new Uint8Array(9 * 1024 * 1024).fill(0x41), 'fileName=big.txt');
    expect(nine.status).toBe(413);
    expect(nine.body.details.code).toBe('too-large');
    const eleven = await upload(new Uint8Array(11 * 1024 * 1024).fill(0x41), 'fileName=big.txt');
    expect(eleven).toMatchObject({ status: 413, body: { error: 'too_large' } });
  });

  it('lints a stored plan', async () => {
    const created = await t.request('POST', '/api/plans/import', cityPlan());
    const planId = created.body.plans[0].planId;
    const res = await t.request('GET', `/api/plans/${planId}/findings`);
    expect(res.status).toBe(200);
    const withoutKpi = res.body.findings.filter((f: { rule: string }) => f.rule === 'objective-without-kpi');
    expect(withoutKpi.map((f: { codes: string[] }) => f.codes[0])).toEqual(['AL1', 'AP1', 'BC1', 'TC1']);
    expect(withoutKpi[0]).toMatchObject({
      severity: 'warning',
      line: null,
      plan: { org: '臺北市政府', year: 110 },
    });
    expect((await t.request('GET', '/api/plans/999999/findings')).status).toBe(404);
    expect((await t.request('GET', '/api/plans/abc/findings')).status).toBe(400);
  });

  it('describes the new endpoints in OpenAPI', async () => {
    const spec = (await t.request('GET', '/api/openapi.json')).body;
    const preview = spec.paths['/api/imports/preview'].post;
    expect(preview.parameters.map((p: { name: string }) => p.name)).toEqual(['fileName', 'org', 'year']);
    expect(preview.requestBody.content['application/octet-stream'].schema).toMatchObject({
      format: 'binary',
    });
    expect(Object.keys(preview.requestBody.content)).toEqual(['application/octet-stream', 'text/plain']);
    expect(spec.paths['/api/plans/{planId}/findings'].get).toBeDefined();
  });
});
