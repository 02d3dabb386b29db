import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePlan } from '../../src/export/test-plans';
import { readWorkbook } from '../../src/import/workbook/read-workbook';
import { type CliEnv, createCliEnv } from '../support/cli-env';
import { createTestApp, type TestApp } from '../support/test-app';

/** Export over HTTP and on the command line: the files, their names and who may have them. */
describe('exports API', () => {
  let t: TestApp;
  const ids: Record<string, number> = {};

  const get = (url: string, cookies: Record<string, string> = t.cookies) =>
    t.app.inject({
      method: 'GET',
      url,
      headers: {
        cookie: Object.entries(cookies)
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
      },
    });

  beforeAll(async () => {
    t = await createTestApp();
    const plans = ['臺北市政府-110.json', '臺北市政府人事處-110.json', '臺北市政府教育局-110.json'].map(
      samplePlan,
    );
    const res = await t.request('POST', '/api/plans/import', { plans });
    expect(res.status).toBe(200);
    for (const p of (await t.request('GET', '/api/plans?year=110')).body.plans) ids[p.orgName] = p.id;
    const hr = ids.臺北市政府人事處 as number;
    const plan = (await t.request('GET', `/api/plans/${hr}`)).body;
    await t.request('POST', `/api/plans/${hr}/workflow`, { transition: 'submit', version: plan.version });
    const approved = await t.request('POST', `/api/plans/${hr}/workflow`, {
      transition: 'approve',
      version: plan.version + 1,
    });
    expect(approved.body.status).toBe('approved');
  });
  afterAll(async () => t.close());

  it('sends each format with its media type and a UTF-8 file name', async () => {
    const id = ids.臺北市政府人事處;
    const expected: Record<string, string> = {
      pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      svg: 'image/svg+xml; charset=utf-8',
      json: 'application/json; charset=utf-8',
    };
    for (const [format, type] of Object.entries(expected)) {
      const res = await get(`/api/plans/${id}/export.${format}`);
      expect(res.statusCode, format).toBe(200);
      expect(res.headers['content-type']).toBe(type);
      const disposition = String(res.headers['content-disposition']);
      expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('臺北市政府人事處-110年')}`);
      expect(disposition).toMatch(new RegExp(`^attachment; filename="[\\x20-\\x7e]+\\.${format}"`));
    }
    const xlsx = await get(`/api/plans/${id}/export.xlsx`);
    const back = await readWorkbook(new Uint8Array(xlsx.rawPayload));
    expect(back.ok && back.plan.objectives.length).toBe(23);
    const svg = await get(`/api/plans/${id}/export.svg`);
    expect(svg.body).toContain('data-code="AC1"');
  });

  it('refuses an unknown format (400), a missing plan (404) and an anonymous reader of a draft (401)', async () => {
    expect((await get(`/api/plans/${ids.臺北市政府人事處}/export.docx`)).statusCode).toBe(400);
    expect((await get('/api/plans/999999/export.pptx')).statusCode).toBe(404);
    expect((await get(`/api/plans/${ids.臺北市政府}/export.pptx`, {})).statusCode).toBe(401);
  });

  it('packs the approved plans of a year, and only those', async () => {
    const res = await get('/api/city/export.zip?year=110');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const names = Object.keys(files).sort();
    expect(names).toEqual([
      '目錄.txt',
      '臺北市政府人事處/臺北市政府人事處-110年策略地圖及平衡計分卡.pptx',
      '臺北市政府人事處/臺北市政府人事處-110年策略地圖及平衡計分卡.xlsx',
      '臺北市政府人事處/臺北市政府人事處-110年計畫.json',
    ]);
    const doc = JSON.parse(
      strFromU8(files['臺北市政府人事處/臺北市政府人事處-110年計畫.json'] as Uint8Array),
    );
    expect(doc.status).toBe('approved');
    expect((await get('/api/city/export.zip?year=99')).statusCode).toBe(404);
    expect((await get('/api/city/export.zip?year=abc')).statusCode).toBe(400);
  });
});

describe('stratmap export', () => {
  let cli: CliEnv;
  beforeAll(async () => {
    cli = await createCliEnv();
  });
  afterAll(async () => cli.cleanup());

  it('exports a plan document without a database', async () => {
    const input = path.join(import.meta.dirname, '..', '..', 'samples', '臺北市立圖書館-108.json');
    const out = path.join(cli.dir, 'lib.xlsx');
    const run = await cli.run(['export', '--input', input, '--format', 'xlsx', '--out', out]);
    expect(run.code, run.err).toBe(0);
    const back = await readWorkbook(new Uint8Array(readFileSync(out)));
    expect(back.ok && back.plan.kpis.length).toBe(29);
    const svg = await cli.run(['export', '--input', input, '--format', 'svg']);
    expect(svg.out).toContain('<svg');
    // No database was created for these runs.
    expect(() => readFileSync(path.join(cli.dir, 'data', 'PG_VERSION'))).toThrow();
  });

  it('exports from the database and refuses bad options with exit 2', async () => {
    const input = path.join(cli.dir, 'plans.json');
    const plans = ['臺北市政府-110.json', '臺北市政府人事處-110.json'].map(samplePlan);
    writeFileSync(input, JSON.stringify({ plans }));
    const imported = await cli.run(['import', input]);
    expect(imported.code, imported.err).toBe(0);
    const out = path.join(cli.dir, 'hr.pptx');
    const run = await cli.run([
      'export',
      '--org',
      '臺北市政府人事處',
      '--year',
      '110',
      '--format',
      'pptx',
      '--out',
      out,
    ]);
    expect(run.code, run.err).toBe(0);
    expect(
      Object.keys(unzipSync(new Uint8Array(readFileSync(out)))).some((f) => f.startsWith('ppt/slides/')),
    ).toBe(true);
    expect((await cli.run(['export', '--input', input, '--format', 'docx'])).code).toBe(2);
    expect((await cli.run(['export', '--input', input, '--format', 'pptx'])).err).toContain(
      '--out FILE is needed',
    );
    expect((await cli.run(['export', '--format', 'pptx', '--out', out])).code).toBe(2);
    expect(
      (await cli.run(['export', '--city-pack', '--year', '110', '--out', path.join(cli.dir, 'c.zip')])).code,
    ).toBe(4);
  });
});
