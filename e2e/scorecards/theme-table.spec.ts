import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, screenshot, signIn, VIEWPORTS } from '../support/browser';
import { openPlanFromTree } from '../support/navigate';

describe('scorecard tables', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a theme as 構面 | 策略目標 | 關鍵成功因素 | KPI | 計算公式及單位 | 行動方案 with merged cells', async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const { context, page, errors } = await newContext(browser, viewport);
      await signIn(page);
      await openPlanFromTree(page, '臺北市立圖書館', 108);
      await page.getByRole('link', { name: '平衡計分卡' }).click();
      const table = page.getByTestId('scorecard-table').first();
      await table.waitFor();
      const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
      expect(headers).toEqual(['構面', '策略目標', '關鍵成功因素', 'KPI', '計算公式及單位', '行動方案']);
      // Theme A: its objectives in perspective order, each KPI on a row of its own.
      expect(await table.locator('[data-objective="AC1"]').count()).toBe(1);
      expect(await table.locator('[data-kpi="AC1.1"]').count()).toBe(1);
      const perspectiveCells = table.locator('td.sc-perspective');
      expect(await perspectiveCells.first().textContent()).toBe('顧客');
      expect(Number((await perspectiveCells.first().getAttribute('rowspan')) ?? '1')).toBeGreaterThanOrEqual(
        1,
      );
      await screenshot(page, `scorecard-A-${name}`);

      await page.getByRole('tab', { name: /^B / }).click();
      await page.waitForURL(/scorecards\/B$/);
      const b = page.locator('[data-testid="scorecard-table"]:visible');
      await b.locator('[data-objective="BC1"]').waitFor();
      expect(await b.locator('[data-objective^="A"]').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
