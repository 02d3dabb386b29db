import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postAs } from '../support/accounts';
import { launch, newContext, screenshot, signIn } from '../support/browser';

/** A small plan with known problems: an unparsable formula and two objectives without a KPI. */
function planWithProblems(org: string) {
  return {
    format: 'stratmap.plan/1',
    org: { name: org, parent: '臺北市政府' },
    year: 111,
    title: `${org} 111年度策略地圖`,
    mission: '便民服務',
    vision: '市民信賴的機關',
    coreValues: ['誠信', '效能'],
    themes: [
      { letter: 'A', name: '提升服務品質' },
      { letter: 'B', name: '精進內部流程' },
    ],
    objectives: [
      { code: 'AC1', theme: 'A', perspective: 'C', name: '提升市民滿意度' },
      { code: 'AP1', theme: 'A', perspective: 'P', name: '簡化申辦流程' },
      { code: 'BC1', theme: 'B', perspective: 'C', name: '縮短等候時間' },
      { code: 'F1', theme: null, perspective: 'F', name: '提高預算執行效能' },
    ],
    ksfs: [{ code: 'AC1', objective: 'AC1', name: '即時回應陳情' }],
    kpis: [
      { code: 'AC1.1', objective: 'AC1', name: '市民滿意度', formula: '(滿意人數÷受訪人數×100%', unit: '%' },
      { code: 'F1.1', objective: 'F1', name: '預算執行率', formula: '實支數/預算數×100%', unit: '%' },
    ],
    actions: [{ code: 'AC1.1.1', kpi: 'AC1.1', name: '市民滿意度調查計畫' }],
    links: [{ from: 'AP1', to: 'AC1' }],
  };
}

describe('findings on the map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('outlines the objectives with findings, lists them, and a finding opens its objective', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    const org = `測試機關${randomBytes(2).toString('hex')}`;
    const imported = (await postAs(page, '/api/plans/import', planWithProblems(org))) as {
      plans: { planId: number }[];
    };
    const planId = imported.plans[0]?.planId;
    await page.goto(`/plans/${planId}/map`);
    const map = page.getByTestId('strategy-map');
    await map.locator('svg').waitFor();
    await page.getByText('紅框標示 3 項有檢查問題的策略目標').waitFor();
    const outlined = await map
      .locator('g.objective.highlighted')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code')));
    expect(outlined.sort()).toEqual(['AC1', 'AP1', 'BC1']);
    // The shared objective F1 spans both theme columns, and the link AP1 → AC1 is drawn.
    expect(await map.locator('g.objective[data-code="F1"]').count()).toBe(1);
    expect(await map.locator('polyline.link[data-from="AP1"][data-to="AC1"]').count()).toBe(1);
    await screenshot(page, 'map-findings-1280');

    await page.getByTestId('findings').getByText('AC1.1', { exact: true }).click();
    const drawer = page.getByTestId('objective-drawer');
    await drawer.waitFor();
    expect(await drawer.textContent()).toContain('無法解析');
    expect(await drawer.textContent()).toContain('(滿意人數÷受訪人數×100%');
    expect(await drawer.textContent()).toContain('AP1');

    // The shared objective has a scorecard tab of its own.
    await page.goto(`/plans/${planId}/scorecards`);
    await page.getByRole('tab', { name: '跨主題共同目標' }).click();
    const shared = page.locator('[data-testid="scorecard-table"]:visible');
    await shared.locator('[data-kpi="F1.1"]').waitFor();
    expect(await shared.textContent()).toContain('實支數/預算數×100%（單位：%）');
    expect(errors).toEqual([]);
    await context.close();
  });
});
