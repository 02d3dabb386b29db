import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgIdByName } from '../support/accounts';
import { launch, newContext, screenshot, signIn, VIEWPORTS } from '../support/browser';
import { openPlanFromTree } from '../support/navigate';

interface Cascade {
  themes: { letter: string; children: { org: { name: string }; plan: { id: number } }[] }[];
  untaken: { letter: string }[];
}

async function cascadeOf(page: Page, orgId: number, year: number): Promise<Cascade> {
  const response = await page.request.get(`/api/cascade?orgId=${orgId}&year=${year}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as Cascade;
}

describe('cascade view', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens on the city, shows the themes no one takes up, and follows a bureau theme into its agency', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    await page.getByRole('navigation', { name: '主選單' }).getByRole('link', { name: '策略串聯' }).click();
    await page.waitForURL(/\/cascade/);

    // The city (the top of the tree) at its latest year, as the API answers for it.
    const cityId = await orgIdByName(page, '臺北市政府');
    const city = await cascadeOf(page, cityId, 110);
    await page
      .getByTestId('cascade-summary')
      .filter({ hasText: `${city.untaken.length} 個無人承接` })
      .waitFor();
    await expect.poll(() => page.getByTestId('cascade-theme').count()).toBe(city.themes.length);
    const untaken = page.getByTestId('cascade-untaken');
    await expect.poll(() => untaken.getByRole('listitem').count()).toBe(city.untaken.length);
    expect(await untaken.textContent()).toContain(`無人承接的主題（${city.untaken.length}）`);
    // The city names its lead bureaus; those with a plan of the year are marked as not yet taking it up.
    await expect.poll(() => page.getByTestId('cascade-named').count()).toBeGreaterThan(0);
    await screenshot(page, 'cascade-city-1280');

    // Choose 教育局 and 108 with the pickers.
    await page.getByLabel('組織').click();
    await page.keyboard.type('教育局');
    await page
      .locator('.ant-select-tree-node-content-wrapper', { hasText: '臺北市政府教育局' })
      .first()
      .click();
    await page.waitForURL(/orgId=/);
    await page.getByLabel('年度').click();
    await page.locator('.ant-select-item-option', { hasText: '108年度' }).click();
    await page.waitForURL(/year=108/);
    await page.locator('.ant-select-item-option', { hasText: '108年度' }).waitFor({ state: 'hidden' });

    const eduId = await orgIdByName(page, '臺北市政府教育局');
    const edu = await cascadeOf(page, eduId, 108);
    const taken = edu.themes.filter((th) => th.children.length > 0);
    expect(taken.length).toBeGreaterThan(0);
    await page
      .getByTestId('cascade-summary')
      .filter({ hasText: `${taken.length} 個已有機關承接` })
      .waitFor();
    for (const theme of taken) {
      const card = page.locator(`[data-testid="cascade-theme"][data-letter="${theme.letter}"]`);
      await expect.poll(() => card.getByTestId('cascade-node').count()).toBe(theme.children.length);
      expect(await card.textContent()).toContain('臺北市立圖書館');
      expect(await untaken.textContent()).not.toContain(`${theme.letter} `);
    }
    await expect.poll(() => untaken.getByRole('listitem').count()).toBe(edu.untaken.length);
    await screenshot(page, 'cascade-bureau-1280');

    // Each taking-up theme links to its plan's map.
    const first = taken[0]?.children[0];
    await page.getByTestId('cascade-node').first().getByRole('link', { name: '開啟策略地圖' }).click();
    await page.waitForURL(new RegExp(`/plans/${first?.plan.id}/map`));
    await page.getByTestId('strategy-map').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is linked from a plan overview and fits a projector', async () => {
    const { context, page, errors } = await newContext(browser, VIEWPORTS.projector);
    await signIn(page);
    await openPlanFromTree(page, '臺北市政府教育局', 108);
    await page.getByTestId('cascade-link').click();
    await page.waitForURL(/\/cascade\?orgId=\d+&year=108/);
    await page.getByTestId('cascade-node').first().waitFor();
    expect(await page.getByTestId('cascade-year').textContent()).toContain('108年度');
    await screenshot(page, 'cascade-bureau-1920');

    // From the library's overview, its cascaded theme leads to the parent's cascade.
    await openPlanFromTree(page, '臺北市立圖書館', 108);
    await page
      .getByRole('link', { name: /承接 臺北市政府教育局 H/ })
      .first()
      .click();
    await page.waitForURL(/\/cascade\?orgId=\d+&year=108/);
    await page.getByTestId('cascade-node').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
