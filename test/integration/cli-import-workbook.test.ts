import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanDocumentSchema } from '../../src/domain/plan-document';
import { readSamplePlans } from '../../src/services/plans/import-sample-data';
import { type CliEnv, createCliEnv } from '../support/cli-env';
import { engineName } from '../support/test-database';

describe(`importing an exported workbook on ${engineName()}`, () => {
  let cli: CliEnv;
  beforeAll(async () => {
    cli = await createCliEnv();
  });
  afterAll(async () => cli.cleanup());

  it('reads the workbook Stratmap wrote back into the same plan', async () => {
    const plan = readSamplePlans().find((p) => p.org.name === '臺北市立圖書館') as ReturnType<
      typeof readSamplePlans
    >[number];
    const input = path.join(cli.dir, 'plan.json');
    writeFileSync(input, JSON.stringify(plan));
    const workbook = path.join(cli.dir, 'plan.xlsx');
    expect((await cli.run(['export', '--input', input, '--format', 'xlsx', '--out', workbook])).code).toBe(0);
    const dry = await cli.run(['import', '--dry-run', '--json', workbook]);
    expect(dry.code, dry.err).toBe(0);
    const [back] = JSON.parse(dry.out).plans;
    const normalise = (p: unknown) => JSON.parse(JSON.stringify(PlanDocumentSchema.parse(p)));
    expect(normalise(back).objectives).toEqual(normalise(plan).objectives);
    expect(normalise(back).kpis.map((k: { code: string }) => k.code)).toEqual(
      normalise(plan).kpis.map((k: { code: string }) => k.code),
    );
    expect(normalise(back).actions).toEqual(normalise(plan).actions);
    expect(normalise(back).themes.map((t: { letter: string }) => t.letter)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('refuses a file that is not a workbook, naming the problem, storing nothing', async () => {
    const bad = path.join(cli.dir, 'bad.xlsx');
    writeFileSync(bad, 'not a workbook');
    const res = await cli.run(['import', bad]);
    expect(res.code).toBe(2);
    expect(res.err).toContain('named as an Excel workbook (.xlsx) but is not one');
    expect((await cli.run(['plans', '--json'])).out).toContain('"plans": []');
  });
});
