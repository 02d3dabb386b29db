import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, screenshot, signIn } from '../support/browser';
import { openPlanFromTree } from '../support/navigate';

describe('language switch', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('switches to English and back, keeps the choice across reloads, and dates follow the calendar', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    await openPlanFromTree(page, '臺北市立圖書館', 108);
    const overview = await page.locator('.overview-statements').textContent();
    expect(overview).toContain('民國108年3月26日');

    await page.getByTestId('language-switch').click();
    await page.getByRole('link', { name: 'Strategy map' }).waitFor();
    await expect
      .poll(() => page.getByTestId('summary-line').textContent())
      .toBe('29 strategic objectives and 29 KPIs');
    expect(await page.locator('.overview-statements').textContent()).toContain('March 26, 2019');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'overview-en-1280');
    // The longer English menu still fits the header on one line at 1280 (antd's menu would wrap it).
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);
    const menuItems = page.locator('.app-nav .ant-menu-item');
    const tops = await menuItems.evaluateAll((items) => items.map((i) => i.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);

    await page.reload();
    await page.getByRole('link', { name: 'Strategy map' }).waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('link', { name: '策略地圖' }).waitFor();
    await expect.poll(() => page.getByTestId('summary-line').textContent()).toBe('29項策略目標及29項KPI');
    expect(errors).toEqual([]);
    await context.close();
  });
});
