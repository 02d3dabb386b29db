import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postAs, putAs } from '../support/accounts';
import { launch, newContext, screenshot, signIn, VIEWPORTS } from '../support/browser';
import { createDraftPlan } from '../support/plan-fixture';
import { horizontalOverflow, pickOption } from './helpers';

/**
 * The fixture's agency with a second KPI AC1.2 (人次) in its 110 plan and in a 109 plan of its
 * own, targets of 100 both years and actuals for some quarters (none for 109Q3), so the trend
 * crosses a year boundary and has a gap.
 */
async function planWithResults(page: Page): Promise<{ planId: number; orgName: string }> {
  const { planId, orgId, orgName } = await createDraftPlan(page);
  const kpi = { code: 'AC1.2', name: '館藏借閱人次', unit: '人次' };
  await postAs(page, `/api/plans/${planId}/kpis`, kpi);
  const earlier = (await postAs(page, '/api/plans', { orgId, year: 109, mission: '測試使命' })) as {
    id: number;
  };
  await postAs(page, `/api/plans/${earlier.id}/themes`, { letter: 'A', name: '閱讀城市' });
  await postAs(page, `/api/plans/${earlier.id}/objectives`, { code: 'AC1', name: '提升借閱服務' });
  await postAs(page, `/api/plans/${earlier.id}/kpis`, kpi);

  await putAs(page, `/api/plans/${earlier.id}/targets`, {
    targets: [{ kpi: 'AC1.2', period: '109', value: 100 }],
  });
  for (const [period, value] of [
    ['109Q1', 85],
    ['109Q2', 95],
    ['109Q4', 110],
  ] as const)
    await putAs(page, `/api/plans/${earlier.id}/actuals`, { period, actuals: [{ kpi: 'AC1.2', value }] });
  await putAs(page, `/api/plans/${planId}/targets`, {
    targets: [{ kpi: 'AC1.2', period: '110', value: 100 }],
  });
  await putAs(page, `/api/plans/${planId}/actuals`, {
    period: '110Q1',
    actuals: [{ kpi: 'AC1.2', value: 90 }],
  });
  await putAs(page, `/api/plans/${planId}/actuals`, {
    period: '110Q2',
    actuals: [{ kpi: 'AC1.2', value: 130 }],
  });
  return { planId, orgName };
}

describe('plan dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the theme and perspective scores, the objectives and a KPI trend across years', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    const { planId } = await planWithResults(page);

    await page.goto(`/plans/${planId}`);
    await page.getByRole('link', { name: '績效儀表板' }).click();
    await page.waitForURL(/\/dashboard/);
    const themeRow = page.getByTestId('theme-scores-table').locator('tr', { hasText: 'A 閱讀城市' });
    // 130 of 100 in the second quarter: capped at 120 % in the roll-up, green.
    await pickOption(page, 'period-select', '民國110年第2季');
    await page.waitForURL(/period=110Q2/);
    await expect.poll(async () => await themeRow.textContent()).toMatch(/120%.*綠燈/);

    // 90 of 100: theme A, perspective 顧客 and the plan at 90 %, yellow (AP1 and AC1.1 have no data).
    await pickOption(page, 'period-select', '民國110年第1季');
    await page.waitForURL(/period=110Q1/);
    await expect.poll(async () => await themeRow.textContent()).toContain('90%');
    expect(await themeRow.textContent()).toContain('黃燈');
    const customers = page.getByTestId('perspective-scores-table').locator('tr', { hasText: '顧客' });
    await expect.poll(() => customers.textContent()).toContain('90%');
    await expect.poll(() => page.getByTestId('plan-score').textContent()).toContain('90%');
    // The bar chart is drawn (SVG) with the same number.
    const bars = page.getByTestId('theme-scores-chart').locator('svg');
    await expect.poll(() => bars.textContent()).toContain('90%');
    const objectives = page.getByTestId('dashboard-objectives');
    await expect.poll(() => objectives.locator('tr', { hasText: 'AP1' }).textContent()).toContain('無資料');

    // The first KPI (AC1.1) has no results: said, not drawn as zeros.
    await page.getByTestId('kpi-trend').getByText('此 KPI 在各年度都還沒有目標值或實績。').waitFor();

    // A KPI link in the objectives table selects its trend: two years, a gap where 109Q3 is missing.
    await objectives.getByRole('link', { name: /^AC1\.2：/ }).click();
    await page.waitForURL(/kpi=AC1\.2/);
    const table = page.getByTestId('kpi-trend-table');
    const row = (label: string) => table.locator('tr', { hasText: label });
    await expect.poll(() => row('民國109年第1季').textContent()).toContain('85');
    expect(await row('民國109年第3季').textContent()).toContain('未填報');
    expect(await row('民國110年第2季').textContent()).toMatch(/130.*綠燈/);
    const chart = page.getByTestId('kpi-trend-chart').locator('svg');
    await expect.poll(() => chart.textContent()).toContain('109年');
    expect(await chart.textContent()).toContain('110年');
    await expect.poll(() => chart.locator('path').count()).toBeGreaterThan(3);
    await screenshot(page, 'dashboard-1280');

    // Another period: the KPI chosen stays.
    await pickOption(page, 'period-select', '民國110年第2季');
    await expect.poll(async () => await themeRow.textContent()).toContain('120%');
    expect(page.url()).toContain('kpi=AC1.2');

    // The address other pages link to, and the select box.
    await page.goto(`/plans/${planId}/dashboard?kpi=AC1.2&period=110Q1`);
    await table.waitFor();
    await pickOption(page, 'kpi-select', 'AC1.1 借閱人次成長率');
    await page.waitForURL(/kpi=AC1\.1/);
    await page.goto(`/plans/${planId}/dashboard?kpi=ZZ9.9`);
    await page.getByText('此計畫沒有代碼為「ZZ9.9」的 KPI').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a projector screen', async () => {
    const { context, page, errors } = await newContext(browser, VIEWPORTS.projector);
    await signIn(page);
    const { planId } = await planWithResults(page);
    await page.goto(`/plans/${planId}/dashboard?period=110Q2&kpi=AC1.2`);
    await page.getByTestId('kpi-trend-chart').locator('svg').waitFor();
    await page.getByTestId('theme-scores-chart').locator('svg').waitFor();
    // Nothing wider than the window.
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'dashboard-1920');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'dashboard-print');
    expect(errors).toEqual([]);
    await context.close();
  });
});
