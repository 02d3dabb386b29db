import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityPlan } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

interface Comment {
  body: string;
  elementKind: string | null;
  elementCode: string | null;
}

/** Review comments are filed by element code; they must follow when a code changes. */
describe(`comments follow recoded elements on ${engineName()}`, () => {
  let t: TestApp;
  let planId: number;
  const detail = async () => (await t.request('GET', `/api/plans/${planId}`)).body;
  const where = async () =>
    Object.fromEntries(
      ((await t.request('GET', `/api/plans/${planId}/comments`)).body.comments as Comment[]).map((c) => [
        c.body,
        `${c.elementKind}:${c.elementCode}`,
      ]),
    );

  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.request('POST', '/api/plans/import', { plans: [cityPlan()] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    planId = res.body.plans[0].planId;
    const on = [
      ['theme', 'A'],
      ['objective', 'AC1'],
      ['ksf', 'AC1:落實稽查'],
      ['kpi', 'AC1.1'],
      ['action', 'AC1.1.1'],
      ['link', 'AP1→AC1'],
      ['objective', 'AP1'],
    ];
    for (const [elementKind, elementCode] of on) {
      const added = await t.request('POST', `/api/plans/${planId}/comments`, {
        body: `${elementKind} ${elementCode}`,
        elementKind,
        elementCode,
      });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
    }
  });
  afterAll(async () => t.close());

  it('moves the comments of an objective, its KSFs, KPIs, actions and links when it is recoded', async () => {
    const objective = (await detail()).objectives.find((o: { code: string }) => o.code === 'AC1');
    const res = await t.request('PATCH', `/api/plans/${planId}/objectives/${objective.id}`, {
      version: objective.version,
      code: 'AC2',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await where()).toMatchObject({
      'objective AC1': 'objective:AC2',
      'ksf AC1:落實稽查': 'ksf:AC2:落實稽查',
      'kpi AC1.1': 'kpi:AC2.1',
      'action AC1.1.1': 'action:AC2.1.1',
      'link AP1→AC1': 'link:AP1→AC2',
      'objective AP1': 'objective:AP1',
    });
  });

  it('moves a KSF comment when the KSF is renamed, and a theme comment when it is re-lettered', async () => {
    const ksf = (await detail()).ksfs.find((k: { name: string }) => k.name === '落實稽查');
    const renamed = await t.request('PATCH', `/api/plans/${planId}/ksfs/${ksf.id}`, {
      version: ksf.version,
      name: '落實環境稽查',
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect((await where())['ksf AC1:落實稽查']).toBe('ksf:AC2:落實環境稽查');

    const theme = (await detail()).themes.find((x: { letter: string }) => x.letter === 'A');
    const relettered = await t.request('PATCH', `/api/plans/${planId}/themes/${theme.id}`, {
      version: theme.version,
      letter: 'X',
    });
    expect(relettered.status, JSON.stringify(relettered.body)).toBe(200);
    expect(await where()).toMatchObject({
      'theme A': 'theme:X',
      'objective AC1': 'objective:XC2',
      'ksf AC1:落實稽查': 'ksf:XC2:落實環境稽查',
      'kpi AC1.1': 'kpi:XC2.1',
      'link AP1→AC1': 'link:XP1→XC2',
      'objective AP1': 'objective:XP1',
    });
  });
});
