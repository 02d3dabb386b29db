import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operator } from '../../src/domain/authz';
import { PLAN_LIMITS } from '../../src/domain/plan-limits';
import { serviceContext } from '../../src/services/context';
import { AppError } from '../../src/services/errors';
import { inTransaction } from '../../src/services/shared/transaction';
import { type CliEnv, createCliEnv } from '../support/cli-env';
import { type PlanSize, planOfSize } from '../support/plan-of-size';
import { createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

const ORG = '大型計畫測試機關';
const EMPTY: PlanSize = {
  themes: 8,
  objectives: 0,
  ksfs: 0,
  kpis: 0,
  actions: 0,
  links: 0,
  themeMembers: 0,
  targets: 0,
  actuals: 0,
};

/** Over the limit of objectives: 20,000 of them (the 2 MB document that once overflowed the stack). */
const TWENTY_THOUSAND = planOfSize({ ...EMPTY, objectives: 20_000 });

/**
 * At the limits that matter for batching (several INSERTs per table: 2,000 objectives, 5,000 KPIs
 * of 20 columns — 100,000 bind parameters in one statement before) and with every other kind of
 * element over one batch, yet quick enough for a test; the plan at every limit is in
 * bench/large-plan.ts.
 */
const AT_LIMIT = planOfSize({
  themes: 8,
  objectives: PLAN_LIMITS.objectives,
  ksfs: 1_500,
  kpis: PLAN_LIMITS.kpis,
  actions: 1_500,
  links: 1_500,
  themeMembers: PLAN_LIMITS.themeMembers,
  targets: 2_500,
  actuals: 2_500,
});

describe(`plan size limits and large plans on ${engineName()}`, () => {
  let t: TestApp;
  let planId: number;

  beforeAll(async () => {
    t = await createTestApp();
    expect((await t.request('POST', '/api/orgs', { name: ORG })).status).toBe(201);
  });
  afterAll(async () => t.close());

  it('refuses a 20,000-objective document with 413 naming the limit, storing nothing', async () => {
    const res = await t.request('POST', '/api/plans/import', TWENTY_THOUSAND);
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(413);
    expect(res.body).toMatchObject({
      error: 'too_large',
      message: expect.stringContaining('20,000 objectives; a plan may have at most 2,000'),
      issues: [{ path: 'objectives', message: '20,000 objectives; a plan may have at most 2,000' }],
      details: { code: 'plan-too-large', limits: [{ element: 'objectives', count: 20_000, limit: 2_000 }] },
    });
    expect((await t.request('GET', '/api/plans')).body.plans).toEqual([]);
    // Several plans in one document: each excess says which plan.
    const two = await t.request('POST', '/api/plans/import', {
      plans: [
        planOfSize({ ...EMPTY, objectives: 1 }, ORG, 119),
        planOfSize({ ...EMPTY, kpis: 6_000, objectives: 10 }),
      ],
    });
    expect(two.status).toBe(413);
    expect(two.body.issues).toEqual([
      { path: 'plans.1.kpis', message: '6,000 KPIs; a plan may have at most 5,000' },
    ]);
  });

  it('refuses a document too large for one plan already at the preview', async () => {
    const rows = Array.from({ length: PLAN_LIMITS.objectives + 1 }, (_, i) => {
      const [p, name] = (
        [
          ['C', '顧客'],
          ['P', '內部流程'],
          ['L', '學習成長'],
          ['F', '財務'],
        ] as const
      )[Math.floor(i / 999)] as [string, string];
      const code = `A${p}${(i % 999) + 1}`;
      return `${code} 策略目標${i + 1}\t${code} 關鍵因素\t${name}\t${code}.1 衡量指標${i + 1}\t${code}.1.1 行動方案`;
    });
    const text = `${ORG}\n113年策略地圖暨平衡計分卡\n\n策略目標\tKSF\t構面\tKPI\t行動方案\n${rows.join('\n')}\n`;
    const res = await t.request(
      'POST',
      `/api/imports/preview?fileName=big.txt&org=${encodeURIComponent(ORG)}`,
      text,
      {
        'content-type': 'text/plain',
      },
    );
    expect(res.status, JSON.stringify(res.body).slice(0, 600)).toBe(413);
    expect(res.body.issues).toEqual([
      { path: 'objectives', message: '2,001 objectives; a plan may have at most 2,000' },
    ]);
  });

  it('imports a plan at the limits in batches, every element where it belongs', async () => {
    const res = await t.request('POST', '/api/plans/import', AT_LIMIT);
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200);
    planId = res.body.plans[0].planId;
    const doc = (await t.request('GET', `/api/plans/${planId}/document`)).body;
    expect(doc.objectives.map((o: { code: string }) => o.code)).toEqual(
      AT_LIMIT.objectives?.map((o) => o.code),
    );
    const pairs = (xs: { code?: string; objective?: string; kpi?: string }[]) =>
      xs.map((x) => `${x.code}<${x.objective ?? x.kpi}`);
    expect(pairs(doc.kpis)).toEqual(pairs(AT_LIMIT.kpis ?? []));
    expect(pairs(doc.actions)).toEqual(pairs(AT_LIMIT.actions ?? []));
    expect(doc.ksfs.map((k: { objective: string }) => k.objective)).toEqual(
      AT_LIMIT.ksfs?.map((k) => k.objective),
    );
    expect(doc.links).toEqual(AT_LIMIT.links);
    expect(doc.themes[0].members).toHaveLength(PLAN_LIMITS.themeMembers);
    const results = (xs: { kpi: string; period: string; value?: number | null }[]) =>
      xs.map((x) => `${x.kpi}@${x.period}=${x.value}`).sort();
    expect(results(doc.targets)).toEqual(results(AT_LIMIT.targets ?? []));
    expect(results(doc.actuals)).toEqual(results(AT_LIMIT.actuals ?? []));
  });

  it('refuses the element one past a limit with 413 and takes one within it', async () => {
    const objective = await t.request('POST', `/api/plans/${planId}/objectives`, {
      code: 'HF999',
      name: '再一個目標',
    });
    expect(objective.status).toBe(413);
    expect(objective.body.message).toContain('2,001 objectives; a plan may have at most 2,000');
    const kpi = await t.request('POST', `/api/plans/${planId}/kpis`, {
      code: 'AC1.99',
      objective: 'AC1',
      name: '再一個指標',
    });
    expect(kpi.status).toBe(413);
    expect(kpi.body.issues).toEqual([{ path: 'kpis', message: '5,001 KPIs; a plan may have at most 5,000' }]);
    const action = await t.request('POST', `/api/plans/${planId}/actions`, {
      code: 'AC1.1.99',
      kpi: 'AC1.1',
      name: '再一個方案',
    });
    expect(action.status).toBe(201);
  });

  it('refuses a target or an actual beyond the limit of the plan, and changes stored ones', async () => {
    // Fill the plan up to the limits server-side: every KPI, ten periods back from 120.
    const periods = sql.raw(
      ['120', '120Q1', '120Q2', '120Q3', '120Q4', '119', '119Q1', '119Q2', '119Q3', '119Q4']
        .map((p) => `('${p}')`)
        .join(','),
    );
    for (const table of ['kpi_targets', 'kpi_actuals']) {
      await t.database.db.execute(sql`delete from ${sql.identifier(table)} where plan_id = ${planId}`);
      await t.database.db.execute(
        sql`insert into ${sql.identifier(table)} (plan_id, kpi_id, period, value) select ${planId}, k.id, p.period, 100 from kpis k cross join (values ${periods}) as p(period) where k.plan_id = ${planId}`,
      );
    }
    const counted = async (table: string) =>
      Number(
        (
          (await t.database.db.execute(
            sql`select count(*) as n from ${sql.identifier(table)} where plan_id = ${planId}`,
          )) as unknown as { rows: { n: number | string }[] }
        ).rows[0]?.n,
      );
    expect(await counted('kpi_targets')).toBe(PLAN_LIMITS.targets);
    expect(await counted('kpi_actuals')).toBe(PLAN_LIMITS.actuals);

    const target = await t.request('PUT', `/api/plans/${planId}/targets`, {
      targets: [{ kpi: 'AC1.1', period: '120H1', value: 1 }],
    });
    expect(target.status).toBe(413);
    expect(target.body.issues).toEqual([
      { path: 'targets', message: '50,001 targets; a plan may have at most 50,000' },
    ]);
    const actual = await t.request('PUT', `/api/plans/${planId}/actuals`, {
      actuals: [{ kpi: 'AC1.1', period: '120H1', value: 1 }],
    });
    expect(actual.status, JSON.stringify(actual.body).slice(0, 600)).toBe(413);
    expect(actual.body.issues).toEqual([
      { path: 'actuals', message: '50,001 actuals; a plan may have at most 50,000' },
    ]);

    const { rows } = (await t.database.db.execute(
      sql`select t.id, t.version from kpi_targets t join kpis k on k.id = t.kpi_id where k.plan_id = ${planId} and k.code = 'AC1.1' and t.period = '120Q1'`,
    )) as unknown as { rows: { id: number; version: number }[] };
    const stored = rows[0] as { id: number; version: number };
    const changed = await t.request('PUT', `/api/plans/${planId}/targets`, {
      targets: [{ kpi: 'AC1.1', period: '120Q1', value: 95, version: stored.version }],
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.stored).toEqual([
      expect.objectContaining({ id: stored.id, value: 95, version: stored.version + 1 }),
    ]);
  });

  it('reports a statement past what the database can hold as too large, not as an outage, and goes on', async () => {
    const ctx = serviceContext(t.database.db, operator('test'));
    const refused = await inTransaction(ctx, (tx) => tx.execute(sql`select repeat('x', 1100000000)`)).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      kind: 'too_large',
      message: expect.stringContaining('too large for the database'),
    });
    expect((await t.request('GET', '/api/health')).status).toBe(200);
    expect((await t.request('GET', `/api/plans/${planId}`)).status).toBe(200);
  });
});

describe(`stratmap import of a plan beyond the limits on ${engineName()}`, () => {
  let cli: CliEnv;
  beforeAll(async () => {
    cli = await createCliEnv();
  });
  afterAll(async () => cli.cleanup());

  it('refuses it before opening the database, naming the limit', async () => {
    const file = path.join(cli.dir, 'big.json');
    writeFileSync(file, JSON.stringify({ ...TWENTY_THOUSAND, org: { name: ORG } }));
    const res = await cli.run(['import', file]);
    expect(res.code).not.toBe(0);
    expect(res.err).toContain('20,000 objectives; a plan may have at most 2,000');
    if (cli.env.DATABASE_URL) expect(JSON.parse((await cli.run(['plans', '--json'])).out).plans).toEqual([]);
    // The embedded database was never even created.
    else expect(existsSync(cli.env.STRATMAP_DATA_DIR as string)).toBe(false);
  });
});
