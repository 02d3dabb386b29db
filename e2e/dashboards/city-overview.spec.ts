import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postAs } from '../support/accounts';
import { launch, newContext, screenshot, signIn, VIEWPORTS } from '../support/browser';
import { horizontalOverflow, pickOption } from './helpers';

/**
 * A fresh agency under 臺北市政府 whose 110 plan cascades the city's theme A, with a year
 * target and a first-quarter actual (70 of 100: red); imported the way a document is.
 */
async function importAgency(page: Page): Promise<string> {
  const org = `e2e熱度館${randomBytes(3).toString('hex')}`;
  await postAs(page, '/api/plans/import', {
    format: 'stratmap.plan/1',
    org: { name: org, parent: '臺北市政府' },
    year: 110,
    mission: '測試使命',
    themes: [{ letter: 'A', name: '閱讀城市', cascadesFrom: { org: '臺北市政府', letter: 'A' } }],
    objectives: [{ code: 'AC1', name: '提升借閱服務' }],
    kpis: [{ code: 'AC1.1', objective: 'AC1', name: '館藏借閱人次', unit: '人次' }],
    targets: [{ kpi: 'AC1.1', period: '110', value: 100 }],
    actuals: [{ kpi: 'AC1.1', period: '110Q1', value: 70 }],
  });
  return org;
}

describe('city overview', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows every organisation's score by city theme and drills down to its dashboard", async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    const org = await importAgency(page);

    await page.getByRole('link', { name: '全市績效' }).click();
    await page.waitForURL(/\/city/);
    await pickOption(page, 'city-year', '110年度');
    await pickOption(page, 'period-select', '民國110年第1季');
    await page.waitForURL(/year=110&period=110Q1/);

    // The city's theme A counts the agency (the only one with data there): 70 %, red.
    const summary = page.getByTestId('city-summary');
    await summary.getByText('臺北市政府・民國110年第1季').waitFor();
    await expect.poll(() => page.getByTestId('city-themes').textContent()).toMatch(/A [^紅]*紅燈 70%/);

    // Organisations that have plans this year are rows, in tree order: the city first.
    const heatmap = page.getByTestId('city-heatmap').locator('svg');
    await heatmap.waitFor();
    await expect.poll(() => heatmap.locator('text').allTextContents()).toContain('臺北市政府人事處');
    const labels = await heatmap.locator('text').allTextContents();
    expect(labels.indexOf('臺北市政府')).toBeGreaterThanOrEqual(0);
    expect(labels.indexOf('臺北市政府')).toBeLessThan(labels.indexOf('臺北市政府人事處'));
    const tableRow = page.getByTestId('city-table').locator('tr', { hasText: org });
    await screenshot(page, 'city-overview-1280');

    // Narrowed to the agency: its cells (plan and theme A) at 70 %, the other themes blank.
    await page.getByTestId('city-search').locator('input').fill(org);
    await expect
      .poll(async () => await page.getByTestId('city-count').textContent())
      .toMatch(/符合 1 個機關/);
    await expect
      .poll(async () => (await heatmap.locator('text').allTextContents()).filter((s) => s === '70%'))
      .toHaveLength(2);
    await expect.poll(() => tableRow.textContent()).toContain('紅燈 70%');
    expect(await tableRow.textContent()).toContain('無資料');

    // Clicking the organisation in the heatmap opens its plan's dashboard for that period.
    await heatmap.locator('text', { hasText: org }).click();
    await page.waitForURL(/\/plans\/\d+\/dashboard\?period=110Q1$/);
    await page.getByTestId('plan-title').filter({ hasText: org }).waitFor();
    await expect.poll(async () => await page.getByTestId('plan-score').textContent()).toContain('70%');

    // And from the table, by keyboard-reachable link.
    await page.goBack();
    await page.getByRole('link', { name: `開啟 ${org} 的績效儀表板` }).click();
    await page.waitForURL(/\/plans\/\d+\/dashboard\?period=110Q1$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sorts the table by a score and fits a projector screen', async () => {
    const { context, page, errors } = await newContext(browser, VIEWPORTS.projector);
    await signIn(page);
    await importAgency(page);
    await page.goto('/city?year=110&period=110Q1');
    await page.getByTestId('city-heatmap').locator('svg').waitFor();
    const table = page.getByTestId('city-table');
    // Sorted by the plan score, best first: N/A rows stay at the bottom.
    const header = table.getByRole('columnheader', { name: /機關整體/ });
    await header.click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    await header.click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect
      .poll(() => table.locator('tbody tr.ant-table-row').first().textContent())
      .toMatch(/\d+(\.\d)?%/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'city-overview-1920');
    expect(errors).toEqual([]);
    await context.close();
  });
});
