import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, screenshot, signIn, VIEWPORTS } from '../support/browser';
import { openPlanFromTree } from '../support/navigate';

describe('plan overview', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('states the counts a planner counts by hand, per perspective and per theme', async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const { context, page, errors } = await newContext(browser, viewport);
      await signIn(page);
      await openPlanFromTree(page, '臺北市立圖書館', 108);
      expect(await page.getByTestId('summary-line').textContent()).toBe('29項策略目標及29項KPI');
      expect(await page.getByTestId('summary-detail').textContent()).toContain('4個策略主題');
      expect(await page.locator('.overview-statements').textContent()).toContain(
        '推動終身學習，打造書香城市',
      );

      const perspectiveTotal = page.getByTestId('counts-perspective').locator('.counts-total td');
      await expect
        .poll(async () => (await perspectiveTotal.allTextContents()).slice(0, 4))
        .toEqual(['合計', '29', '0', '29']);
      const themeRows = page.getByTestId('counts-theme').locator('tbody tr.ant-table-row');
      await expect.poll(() => themeRows.count()).toBe(4);
      const objectivesByTheme = await themeRows.evaluateAll((rows) =>
        rows.map((r) => Number(r.querySelectorAll('td')[1]?.textContent)),
      );
      expect(objectivesByTheme.reduce((a, b) => a + b, 0)).toBe(29);
      await page.getByTestId('findings-card').waitFor();
      await screenshot(page, `overview-${name}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('lists the organisation tree, searchable, with each plan year', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    await page.goto('/orgs');
    const nodes = page.getByTestId('org-node');
    await nodes.first().waitFor();
    expect(await nodes.count()).toBeGreaterThanOrEqual(4);
    await page.getByTestId('orgs-search').locator('input').fill('台北市立圖書館');
    await nodes.nth(3).waitFor({ state: 'detached' });
    expect(await nodes.allTextContents()).toEqual([
      expect.stringContaining('臺北市政府'),
      expect.stringContaining('臺北市政府教育局'),
      expect.stringContaining('臺北市立圖書館'),
    ]);
    await nodes.filter({ hasText: '臺北市立圖書館' }).click();
    await page.getByTestId('org-plan').filter({ hasText: '108年度' }).waitFor();
    await screenshot(page, 'orgs-1280');
    expect(errors).toEqual([]);
    await context.close();
  });
});
