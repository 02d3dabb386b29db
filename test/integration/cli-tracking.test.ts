import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliEnv, createCliEnv } from '../support/cli-env';
import { engineName } from '../support/test-database';

const TRACKED = fileURLToPath(
  new URL('../fixtures/tracking/臺北市立圖書館-108-tracked.json', import.meta.url),
);

describe(`stratmap score and actuals import on ${engineName()}`, () => {
  let cli: CliEnv;
  const file = (name: string, content: string) => {
    const p = path.join(cli.dir, name);
    writeFileSync(p, content);
    return p;
  };

  beforeAll(async () => {
    cli = await createCliEnv();
  });
  afterAll(async () => cli.cleanup());

  it('scores a plan document without a database, as ratios and lights', async () => {
    const res = await cli.run(['score', '--json', TRACKED]);
    expect(res.code, res.err).toBe(0);
    const out = JSON.parse(res.out);
    expect(Object.keys(out)).toEqual(['kpis', 'objectives', 'themes', 'perspectives', 'plan']);
    for (const k of out.kpis) expect(Object.keys(k)).toEqual(['code', 'period', 'achievement', 'light']);
    const kpi = Object.fromEntries(
      out.kpis.map((k: { code: string; achievement: number | null; light: string }) => [k.code, k]),
    );
    expect(kpi['AC1.1']).toEqual({ code: 'AC1.1', period: '108', achievement: 1.04, light: 'green' });
    // (80 + 5) / 100 × 100 % = 85 against 90.
    expect(kpi['AF1.1'].achievement).toBeCloseTo(85 / 90, 9);
    expect(kpi['AF1.1'].light).toBe('yellow');
    // A count per quarter: the year is the sum of the four quarters.
    expect(kpi['BC1.1']).toMatchObject({ achievement: 1, light: 'green' });
    // Band [60, 80], actual 85: 1 − 5 / 20.
    expect(kpi['CP2.1']).toMatchObject({ achievement: 0.75, light: 'red' });
    expect(kpi['AP1.1']).toMatchObject({ achievement: null, light: 'none' });
    // Theme C: CP2 = 0.75, CP3 = 1/3 (its KPI weight does not matter alone under its objective).
    const themeC = out.themes.find((t: { letter: string }) => t.letter === 'C');
    expect(themeC.achievement).toBeCloseTo((0.75 + 1 / 3) / 2, 9);
    expect(out.plan.light).toMatch(/^(green|yellow|red|none)$/);
    const q1 = JSON.parse((await cli.run(['score', '--json', '--period', '108q1', TRACKED])).out);
    expect(q1.kpis.find((k: { code: string }) => k.code === 'BC1.1')).toEqual({
      code: 'BC1.1',
      period: '108Q1',
      achievement: 0.25,
      light: 'red',
    });
    expect(q1.plan).toEqual({ achievement: 0.25, light: 'red' });
  });

  it('prints a readable table, and refuses a bad period', async () => {
    const res = await cli.run(['score', TRACKED]);
    expect(res.code).toBe(0);
    expect(res.out).toContain('臺北市立圖書館 108: 108');
    expect(res.out).toMatch(/CP2\.1\s+60–80\s+85\s+75\.0 %\s+red 紅/);
    const bad = await cli.run(['score', '--period', '108Q5', TRACKED]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--period 108Q5 is not a period');
  });

  it('imports actuals from a sheet into a stored plan, all or nothing', async () => {
    expect((await cli.run(['orgs', 'add', '臺北市政府'])).code).toBe(0);
    expect((await cli.run(['orgs', 'add', '臺北市政府教育局', '--parent', '臺北市政府'])).code).toBe(0);
    const imported = await cli.run(['import', TRACKED]);
    expect(imported.code, imported.err).toBe(0);
    const bad = file('bad.csv', '指標代碼,實績值\nBP1.1,12\nZZ1.1,3\nBP2.1,abc\n');
    const refused = await cli.run([
      'actuals',
      'import',
      bad,
      '--org',
      '臺北市立圖書館',
      '--year',
      '108',
      '--period',
      '108Q1',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('bad.csv: 2 problem(s) in 2 row(s); nothing was stored');
    expect(refused.err).toContain('row 3, 指標代碼: unknown KPI code "ZZ1.1"');
    expect(refused.err).toContain('row 4, 實績值: "abc" is not a number');
    // Row 3 is a template's unfilled line: skipped, and said so.
    const good = file('good.csv', '指標代碼,實績值\nBP1.1,12\nAC1.1,\nBP2.1,8\n');
    const ok = await cli.run([
      'actuals',
      'import',
      good,
      '--org',
      '臺北市立圖書館',
      '--year',
      '108',
      '--period',
      '108Q1',
    ]);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.err).toContain(
      'good.csv: stored 2 actual(s) for 臺北市立圖書館 108; skipped 1 row(s) that name a KPI but give nothing to store (row 3)',
    );
    expect(ok.out.trim().split('\n')).toEqual([
      expect.stringMatching(/^BP1\.1 108Q1: 12 \(/),
      expect.stringMatching(/^BP2\.1 108Q1: 8 \(/),
    ]);
    const again = await cli.run([
      'actuals',
      'import',
      file('q2.csv', '指標代碼,期別,實績值\nBP1.1,108Q2,13\n'),
      '--org',
      '臺北市立圖書館',
      '--year',
      '108',
      '--json',
    ]);
    expect(again.code, again.err).toBe(0);
    expect(again.err).toContain('q2.csv: stored 1 actual(s) for 臺北市立圖書館 108; skipped none');
    const json = JSON.parse(again.out);
    expect(json).toEqual({
      file: 'q2.csv',
      stored: [expect.objectContaining({ kpi: 'BP1.1', period: '108Q2', value: 13 })],
      skipped: [],
    });
    const withSkipped = JSON.parse(
      (
        await cli.run([
          'actuals',
          'import',
          file('q3.csv', '指標代碼,期別,實績值\nBP1.1,,\nBP2.1,108Q3,9\nBP1.1,,\n'),
          '--org',
          '臺北市立圖書館',
          '--year',
          '108',
          '--json',
        ])
      ).out,
    );
    expect(withSkipped.stored.map((s: { kpi: string }) => s.kpi)).toEqual(['BP2.1']);
    expect(withSkipped.skipped).toEqual([2, 4]);
    const exported = await cli.run(['export', '--org', '臺北市立圖書館', '--year', '108']);
    const doc = JSON.parse(exported.out);
    expect(doc.actuals).toContainEqual({ kpi: 'BP1.1', period: '108Q1', value: 12 });
    expect(doc.actuals.find((a: { kpi: string }) => a.kpi === 'AF1.1')).toMatchObject({ value: 85 });
  });
});
