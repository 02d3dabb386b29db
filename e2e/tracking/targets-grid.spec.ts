import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, orgIdByName, putAs } from '../support/accounts';
import { launch, newContext, screenshot, signIn, VIEWPORTS } from '../support/browser';
import { everythingLoaded } from '../support/wait';
import { createTrackedAgency } from './support';

describe('targets grid', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("sets a year's targets beside the earlier year's, refuses a reversed band at its cell, explains a 409", async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    const { orgName, planId } = await createTrackedAgency(page);
    await page.goto(`/plans/${planId}`);
    await page.getByRole('link', { name: '績效追蹤' }).click();
    await page.getByRole('link', { name: '年度目標' }).click();
    await page.waitForURL(/\/tracking\/targets/);
    const grid = page.getByTestId('targets-grid');
    const row = (code: string) =>
      grid.locator('tr[data-row-key]', { has: page.getByText(code, { exact: true }) });

    // The earlier year beside this one: its target and actual, and the light they make.
    const history = row('AC1.1').getByTestId('history-cell');
    await history.waitFor();
    expect(await history.textContent()).toMatch(/目標\s*1000.*實績\s*1100.*綠燈/);
    expect(await row('AC1.2').getByTestId('history-cell').textContent()).toMatch(/80–90.*85/);
    // A KPI new this year has no earlier year.
    expect(await row('AC1.3').getByTestId('history-cell').count()).toBe(0);

    // A quarterly KPI takes the year and each quarter; a yearly one only the year.
    await row('AC1.1').getByLabel('AC1.1 民國110年 目標值').fill('1200');
    await row('AC1.1').getByLabel('AC1.1 民國110年第1季 目標值').fill('250');
    expect(
      await row('AC1.2')
        .getByLabel(/AC1\.2 民國110年第1季/)
        .count(),
    ).toBe(0);
    // A band the wrong way round is refused at its cell, and nothing is stored.
    await row('AC1.2').getByLabel('AC1.2 民國110年 目標下限').fill('90');
    await row('AC1.2').getByLabel('AC1.2 民國110年 目標上限').fill('80');
    await row('AP1.1').getByLabel('AP1.1 民國110年 目標階段').click();
    await page.locator('.ant-select-item-option[title="啟用"]').click();
    await page.getByTestId('targets-save').click();
    await row('AC1.2').locator('.cell-error').waitFor();
    expect(await row('AC1.2').locator('.cell-error').textContent()).toBe('下限不可大於上限。');
    expect(await page.getByTestId('targets-save').textContent()).toContain('4');
    const stored = async () =>
      ((await (await page.request.get(`/api/plans/${planId}/results`)).json()) as { targets: unknown[] })
        .targets;
    expect(await stored()).toEqual([]);
    await screenshot(page, 'targets-error-1280');

    await row('AC1.2').getByLabel('AC1.2 民國110年 目標下限').fill('80');
    await row('AC1.2').getByLabel('AC1.2 民國110年 目標上限').fill('92');
    await page.getByTestId('targets-save').click();
    await page.getByText('目標值已儲存。').waitFor();
    expect(await stored()).toHaveLength(4);
    await page.reload();
    await expect
      .poll(async () => await row('AC1.1').getByLabel('AC1.1 民國110年 目標值').inputValue())
      .toBe('1200');
    expect(await row('AC1.2').getByLabel('AC1.2 民國110年 目標上限').inputValue()).toBe('92');
    await screenshot(page, 'targets-1280');

    // Someone else changes a target after this page loaded it: the save is refused and explained.
    const results = (await (await page.request.get(`/api/plans/${planId}/results`)).json()) as {
      targets: { kpi: string; period: string; version: number }[];
    };
    const year = results.targets.find((x) => x.kpi === 'AC1.1' && x.period === '110');
    await putAs(page, `/api/plans/${planId}/targets`, {
      targets: [{ kpi: 'AC1.1', period: '110', value: 1300, version: year?.version }],
    });
    await row('AC1.1').getByLabel('AC1.1 民國110年 目標值').fill('1250');
    await page.getByTestId('targets-save').click();
    const conflict = page.getByTestId('conflict-notice');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('資料已被他人修改');
    await conflict.getByRole('button', { name: /重新載入/ }).click();
    await expect
      .poll(async () => await row('AC1.1').getByLabel('AC1.1 民國110年 目標值').inputValue())
      .toBe('1300');

    // The trend chart of a KPI is one click away.
    expect(await row('AC1.1').getByRole('link', { name: 'AC1.1 趨勢圖' }).getAttribute('href')).toBe(
      `/plans/${planId}/dashboard?kpi=AC1.1`,
    );

    const wide = await newContext(browser, VIEWPORTS.projector);
    await signIn(wide.page);
    await wide.page.goto(`/plans/${planId}/tracking/targets`);
    await wide.page.getByTestId('history-cell').first().waitFor();
    await screenshot(wide.page, 'targets-1920');
    await wide.context.close();

    // A viewer of the agency reads the targets and is told why there is nothing to type into.
    const orgId = await orgIdByName(page, orgName);
    const login = await createAccount(page, {
      displayName: '檢視者',
      orgId,
      role: 'viewer',
      password: 'viewer-password-1',
    });
    const viewer = await newContext(browser);
    await signIn(viewer.page, login, 'viewer-password-1');
    await viewer.page.goto(`/plans/${planId}/tracking/targets`);
    const notice = viewer.page.getByTestId('targets-read-only');
    await notice.waitFor();
    await everythingLoaded(viewer.page);
    expect(await notice.textContent()).toContain('編修者');
    expect(await viewer.page.getByTestId('targets-save').count()).toBe(0);
    expect(await viewer.page.getByTestId('targets-grid').locator('input').count()).toBe(0);
    expect(await viewer.page.getByTestId('targets-grid').textContent()).toContain('1300');
    await screenshot(viewer.page, 'targets-viewer-1280');
    // Nor can a viewer enter actuals: the results are there to read, and the page says why.
    await viewer.page.getByRole('link', { name: '填報實績' }).click();
    await viewer.page.getByTestId('results-table').waitFor();
    expect(await viewer.page.getByTestId('tracking-read-only').textContent()).toContain('只能檢視');
    expect(await viewer.page.getByTestId('actuals-grid').count()).toBe(0);
    expect(await viewer.page.getByTestId('actuals-save').count()).toBe(0);
    await screenshot(viewer.page, 'tracking-viewer-1280');
    await viewer.page.getByRole('link', { name: '上傳實績' }).click();
    await viewer.page.waitForURL(/\/tracking\/upload/);
    await viewer.page.getByTestId('tracking-read-only').waitFor();
    expect(await viewer.page.locator('input[type=file]').count()).toBe(0);
    expect(viewer.errors).toEqual([]);
    await viewer.context.close();

    // The refused stale save is the one 409 the browser logs (and the console filter drops).
    expect(errors).toEqual([]);
    await context.close();
  });
});
