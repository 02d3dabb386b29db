import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putAs } from '../support/accounts';
import { launch, newContext, screenshot, signIn } from '../support/browser';
import { openPlanFromTree } from '../support/navigate';

describe('tracking', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('enters a quarter of actuals; a red one needs 改善措施; the map lights change', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    await openPlanFromTree(page, '臺北市立圖書館', 108);
    const planId = Number(/\/plans\/(\d+)/.exec(page.url())?.[1]);
    const results = (await (await page.request.get(`/api/plans/${planId}/results`)).json()) as {
      kpis: { code: string; formula: string | null }[];
    };
    const kpi = results.kpis.find((k) => k.code.startsWith('AC1.'))?.code ?? '';
    const objective = kpi.split('.')[0] ?? '';
    await putAs(page, `/api/plans/${planId}/targets`, { targets: [{ kpi, period: '108', value: 100 }] });

    // Before any actual the card has no light.
    await page.goto(`/plans/${planId}/map?period=108Q1`);
    const card = page.getByTestId('strategy-map').locator(`g.objective[data-code="${objective}"]`);
    // Once the lights have come (a card has none while they load).
    await expect.poll(() => card.getAttribute('data-light')).not.toBeNull();
    expect(await card.getAttribute('data-light')).not.toBe('red');

    await page.getByRole('link', { name: '績效追蹤' }).click();
    // The period the map showed stays chosen: 108 is past, so its first quarter.
    await page.waitForURL(/\/tracking/);
    const grid = page.getByTestId('actuals-grid');
    const row = grid.locator('tr', { has: page.getByText(kpi, { exact: true }) });
    await row.getByLabel(`${kpi} 實際值`).fill('50');
    await page.getByTestId('actuals-save').click();
    // Red without an explanation and a corrective action: refused, and said at the row.
    await row.locator('.cell-error').first().waitFor();
    expect(await row.textContent()).toMatch(/corrective|改善/i);
    await screenshot(page, 'tracking-red-refused-1280');

    await row.getByLabel(`${kpi} 原因說明`).fill('館舍整修閉館兩個月');
    await row.getByLabel(`${kpi} 改善措施`).fill('第二季起延長開館時間並加強線上推廣');
    await page.getByTestId('actuals-save').click();
    await page.getByText('已儲存。').waitFor();
    await expect.poll(async () => await row.locator('[data-light]').getAttribute('data-light')).toBe('red');
    await expect.poll(() => page.getByTestId('score-summary').textContent()).toContain('紅燈');
    await screenshot(page, 'tracking-1280');

    await page.getByRole('link', { name: '策略地圖' }).click();
    await expect.poll(async () => await card.getAttribute('data-light')).toBe('red');
    await screenshot(page, 'map-lights-1280');

    // A better result turns it green.
    await page.getByRole('link', { name: '績效追蹤' }).click();
    await row.getByLabel(`${kpi} 實際值`).fill('120');
    await page.getByTestId('actuals-save').click();
    await expect.poll(async () => await row.locator('[data-light]').getAttribute('data-light')).toBe('green');
    await page.getByRole('link', { name: '策略地圖' }).click();
    await expect.poll(async () => await card.getAttribute('data-light')).toBe('green');
    // The one 400 is the refused red entry above, which the browser logs.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await context.close();
  });
});
