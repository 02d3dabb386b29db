import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocumentInput } from '../../src/domain/plan-document';
import { type Client, createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

const CITY = '臺北市政府';
const EPA = '臺北市政府環境保護局';
const EDU = '臺北市政府教育局';
const LIBRARY = '臺北市立圖書館';
/** Words that appear only in the draft plans, so finding one anywhere in an answer is a leak. */
const SECRET = '草案機密';

/** A one-theme plan with one KPI whose 110 actual reaches `percent` of its target of 100. */
function plan(
  org: string,
  parent: string | null,
  theme: { letter: string; name: string; from?: { org: string; letter: string } },
  percent: number,
  extra: Partial<PlanDocumentInput> = {},
): PlanDocumentInput {
  const code = `${theme.letter}C1`;
  return {
    format: 'stratmap.plan/1',
    org: { name: org, parent },
    year: 110,
    mission: `${org}使命`,
    vision: `${org}願景`,
    coreValues: [],
    themes: [{ letter: theme.letter, name: theme.name, cascadesFrom: theme.from ?? null }],
    objectives: [{ code, name: `${theme.name}目標` }],
    kpis: [{ code: `${code}.1`, objective: code, name: `${theme.name}指標` }],
    targets: [{ kpi: `${code}.1`, period: '110', value: 100 }],
    actuals: [{ kpi: `${code}.1`, period: '110', value: percent }],
    ...extra,
  };
}

// The city's and the bureau's plans are drafts; the agencies' are approved. The library's theme
// cascades through the bureau's draft theme to the city's theme B.
const cityDraft: PlanDocumentInput = {
  ...plan(CITY, null, { letter: 'A', name: `${SECRET}主題甲` }, 50, {
    scoring: { thresholds: { green: 0.95, yellow: 0.6 } },
  }),
  themes: [
    { letter: 'A', name: `${SECRET}主題甲` },
    { letter: 'B', name: `${SECRET}主題乙` },
  ],
  objectives: [
    { code: 'AC1', name: `${SECRET}目標甲` },
    { code: 'BC1', name: `${SECRET}目標乙` },
  ],
  kpis: [
    { code: 'AC1.1', objective: 'AC1', name: `${SECRET}指標甲` },
    { code: 'BC1.1', objective: 'BC1', name: `${SECRET}指標乙` },
  ],
};
const epa = plan(EPA, CITY, { letter: 'A', name: '環保局主題', from: { org: CITY, letter: 'A' } }, 80, {
  status: 'approved',
});
const eduDraft = plan(
  EDU,
  CITY,
  { letter: 'H', name: `${SECRET}教育主題`, from: { org: CITY, letter: 'B' } },
  30,
);
const library = plan(LIBRARY, EDU, { letter: 'A', name: '圖書館主題', from: { org: EDU, letter: 'H' } }, 90, {
  status: 'approved',
});

interface CityAnswer {
  city: { org: string; planId: number | null; themes: { letter: string; name: string }[] };
  plan: { achievement: number | null; counted: number };
  themes: { letter: string; name: string; achievement: number | null; contributors: { org: string }[] }[];
  orgs: {
    org: string;
    planId: number | null;
    achievement: number | null;
    byTheme: Record<string, number | null>;
  }[];
  thresholds: { green: number; yellow: number };
}

describe(`city roll-up and draft plans on ${engineName()}`, () => {
  let t: TestApp;
  let nobody: Client;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.request('POST', '/api/plans/import', { plans: [cityDraft, epa, eduDraft, library] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    for (const p of res.body.plans) ids[p.org] = p.planId;
    nobody = await t.userWith('no-role', []);
  });
  afterAll(async () => t.close());

  const scores = async (client: Pick<Client, 'request'>) => {
    const res = await client.request('GET', '/api/city/scores?year=110');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as CityAnswer;
  };

  /** What a caller who may read only the approved agencies' plans must get, and nothing more. */
  function expectOnlyApproved(body: CityAnswer) {
    const text = JSON.stringify(body);
    expect(text).not.toContain(SECRET);
    for (const draft of [ids[CITY], ids[EDU]]) {
      expect([body.city.planId, ...body.orgs.map((o) => o.planId)]).not.toContain(draft);
    }
    expect(body.city).toMatchObject({ org: CITY, planId: null, themes: [{ letter: 'A', name: 'A' }] });
    // The defaults, not the draft's 95 % / 60 %.
    expect(body.thresholds).toEqual({ green: 1, yellow: 0.8 });
    expect(body.orgs.map((o) => o.org).sort()).toEqual([EPA, LIBRARY].sort());
    // The library reaches the city only through the bureau's draft: as if that draft did not exist.
    expect(body.orgs.find((o) => o.org === LIBRARY)?.byTheme).toEqual({ A: null });
    expect(body.orgs.find((o) => o.org === EPA)?.byTheme).toEqual({ A: 0.8 });
    expect(body.themes).toEqual([
      expect.objectContaining({
        letter: 'A',
        name: 'A',
        achievement: 0.8,
        contributors: [expect.objectContaining({ org: EPA })],
      }),
    ]);
    // The city's score is the approved agencies' alone (80 % and 90 %), no draft score in it.
    expect(body.plan.counted).toBe(2);
    expect(body.plan.achievement).toBeCloseTo(0.85, 9);
  }

  it('gives a signed-in user without a role nothing of the draft plans', async () => {
    expectOnlyApproved(await scores(nobody));
  });

  it('gives an anonymous caller with publicRead nothing of the draft plans, and nothing without it', async () => {
    expect((await t.anonymous.request('GET', '/api/city/scores?year=110')).status).toBe(401);
    expect((await t.request('PATCH', '/api/settings', { publicRead: true })).status).toBe(200);
    try {
      expectOnlyApproved(await scores(t.anonymous));
    } finally {
      await t.request('PATCH', '/api/settings', { publicRead: false });
    }
  });

  it('gives those who may read the drafts the whole city, cascades through the bureau included', async () => {
    const eduViewer = await t.userWith('edu-viewer', [
      { orgId: (await orgId(EDU)) as number, role: 'viewer' },
    ]);
    const viaBureau = await scores(eduViewer);
    expect(viaBureau.city.planId).toBeNull();
    expect(viaBureau.city.themes).toEqual([
      { letter: 'A', name: 'A' },
      { letter: 'B', name: 'B' },
    ]);
    expect(viaBureau.orgs.find((o) => o.org === LIBRARY)?.byTheme).toEqual({ A: null, B: 0.9 });
    expect(viaBureau.orgs.find((o) => o.org === EDU)?.byTheme).toEqual({ A: null, B: 0.3 });
    expect(JSON.stringify(viaBureau)).not.toContain(`${SECRET}主題`);

    const admin = await scores(t);
    expect(admin.city).toMatchObject({
      planId: ids[CITY],
      themes: [
        { letter: 'A', name: `${SECRET}主題甲` },
        { letter: 'B', name: `${SECRET}主題乙` },
      ],
    });
    expect(admin.thresholds).toEqual({ green: 0.95, yellow: 0.6 });
    expect(admin.orgs.map((o) => o.org).sort()).toEqual([CITY, EPA, EDU, LIBRARY].sort());
  });

  it('shows the city plan to everyone once it is approved', async () => {
    for (const transition of ['submit', 'approve']) {
      const { version } = (await t.request('GET', `/api/plans/${ids[CITY]}`)).body;
      const res = await t.request('POST', `/api/plans/${ids[CITY]}/workflow`, { transition, version });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const body = await scores(nobody);
    expect(body.city).toMatchObject({
      planId: ids[CITY],
      themes: [{ letter: 'A', name: `${SECRET}主題甲` }, { letter: 'B' }],
    });
    expect(body.thresholds).toEqual({ green: 0.95, yellow: 0.6 });
    expect(body.orgs.map((o) => o.org).sort()).toEqual([CITY, EPA, LIBRARY].sort());
    // The bureau is still a draft: the library still reaches no city theme, its score nowhere.
    expect(body.orgs.find((o) => o.org === LIBRARY)?.byTheme).toEqual({ A: null, B: null });
    expect(JSON.stringify(body)).not.toContain(`${SECRET}教育主題`);
    expect(body.plan.counted).toBe(3);
  });

  it('keeps the draft plans out of the cascade for a caller who may not read them', async () => {
    const city = await nobody.request('GET', `/api/cascade?orgId=${await orgId(CITY)}&year=110`);
    expect(city.status).toBe(200);
    const b = city.body.themes.find((th: { letter: string }) => th.letter === 'B');
    expect(b.children).toEqual([]);
    expect(JSON.stringify(city.body)).not.toContain(`${SECRET}教育主題`);
    expect(JSON.stringify(city.body)).not.toContain(LIBRARY);
    const edu = await nobody.request('GET', `/api/cascade?orgId=${await orgId(EDU)}&year=110`);
    expect(edu.status).toBe(404);
    expect(JSON.stringify(edu.body)).not.toContain(SECRET);
  });

  async function orgId(name: string): Promise<number | undefined> {
    const list = (await t.request('GET', '/api/orgs')).body.organizations as { id: number; name: string }[];
    return list.find((o) => o.name === name)?.id;
  }
});
