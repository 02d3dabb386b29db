import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, postAs } from '../support/accounts';
import { launch, newContext, screenshot, signIn } from '../support/browser';
import { createDraftPlan } from '../support/plan-fixture';
import { everythingLoaded, settled } from '../support/wait';

/**
 * Opens the map with objective AC1's drawer. The drawer shows before the map has loaded, so it waits
 * for the map (and anything sliding in) too: pictures and clicks then find everything in place.
 */
async function openDrawer(page: Page, planId: number) {
  await page.goto(`/plans/${planId}/map?objective=AC1`);
  await page.getByTestId('strategy-map').locator('svg').waitFor();
  const drawer = page.getByTestId('objective-drawer');
  await drawer.waitFor();
  await settled(page);
  return drawer;
}

describe('review comments on KSFs, KPIs and action plans', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('comments on a KPI from the objective drawer, shows the open count, resolves it; readers see it too', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    const { planId, orgId } = await createDraftPlan(page);
    await postAs(page, `/api/plans/${planId}/ksfs`, {
      objective: 'AC1',
      code: 'AC1',
      name: '擴大行動借閱服務',
    });
    await postAs(page, `/api/plans/${planId}/ksfs`, {
      objective: 'AC1',
      code: 'AC1',
      name: '館藏符合讀者需求',
    });

    const drawer = await openDrawer(page, planId);
    const kpi = drawer.getByTestId('drawer-kpi').filter({ hasText: 'AC1.1' });
    // Each KPI links to its trend chart on the plan's dashboard.
    expect(await kpi.getByRole('link', { name: '檢視 KPI AC1.1 的趨勢圖' }).getAttribute('href')).toBe(
      `/plans/${planId}/dashboard?kpi=AC1.1`,
    );

    const kpiButton = kpi.getByRole('button', { name: /^KPI AC1\.1 的審查意見/ });
    await kpiButton.click();
    const dialog = page.getByRole('dialog', { name: 'KPI AC1.1 的審查意見' });
    await dialog.getByText('借閱人次成長率').waitFor();
    // Nothing filed yet, said once the list has come.
    await dialog.getByText('目前沒有審查意見。').waitFor();
    expect(await kpiButton.getAttribute('data-open')).toBe('0');
    await dialog.getByLabel('新增意見').fill('成長率的基期請改用前三年平均');
    await dialog.getByRole('button', { name: '送出意見' }).click();
    await dialog.getByTestId('comment').filter({ hasText: '成長率的基期請改用前三年平均' }).waitFor();
    await settled(page);
    await screenshot(page, 'element-comments-dialog-1280');
    await dialog.getByRole('button', { name: '關閉' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The badge counts it; the objective's own panel does not list it (it is the KPI's).
    const badged = kpi.getByRole('button', { name: 'KPI AC1.1 的審查意見（1 則未處理意見）' });
    await badged.waitFor();
    await expect.poll(() => kpi.locator('.ant-badge-count').textContent()).toBe('1');
    const objectivePanel = drawer.getByTestId('comments-panel');
    await objectivePanel.getByText('目前沒有審查意見。').waitFor();
    expect(await objectivePanel.textContent()).not.toContain('前三年平均');

    // KSFs coded like their objective keep their comments apart.
    const ksfButton = drawer.getByRole('button', { name: '關鍵成功因素 館藏符合讀者需求 的審查意見' });
    await ksfButton.click();
    const ksfDialog = page.getByRole('dialog', { name: '關鍵成功因素 館藏符合讀者需求 的審查意見' });
    await ksfDialog.getByText('目前沒有審查意見。').waitFor();
    await ksfDialog.getByLabel('新增意見').fill('請說明如何調查讀者需求');
    await ksfDialog.getByRole('button', { name: '送出意見' }).click();
    await ksfDialog.getByTestId('comment').filter({ hasText: '請說明如何調查讀者需求' }).waitFor();
    await ksfDialog.getByRole('button', { name: '關閉' }).click();
    await ksfDialog.waitFor({ state: 'detached' });
    await drawer
      .getByRole('button', { name: '關鍵成功因素 館藏符合讀者需求 的審查意見（1 則未處理意見）' })
      .waitFor();
    expect(
      await drawer
        .getByRole('button', { name: '關鍵成功因素 擴大行動借閱服務 的審查意見' })
        .getAttribute('data-open'),
    ).toBe('0');
    await settled(page);
    await screenshot(page, 'element-comments-drawer-1280');

    // The review page lists them with the element they are about.
    await page.goto(`/plans/${planId}/review`);
    const all = page.getByTestId('comments-panel');
    await all.getByText('成長率的基期請改用前三年平均').waitFor();
    expect(await all.textContent()).toContain('針對KPI AC1.1');

    // A reader of the organisation sees the open comment on the KPI, and no buttons to add any.
    const password = 'reader-password-e2e-1';
    const login = await createAccount(page, { displayName: '館內閱覽者', orgId, role: 'viewer', password });
    const reader = await newContext(browser);
    await signIn(reader.page, login, password);
    await openDrawer(reader.page, planId);
    await everythingLoaded(reader.page);
    const readerKpi = reader.page.getByTestId('drawer-kpi').filter({ hasText: 'AC1.1' });
    await readerKpi.getByRole('button', { name: 'KPI AC1.1 的審查意見（1 則未處理意見）' }).click();
    const readerDialog = reader.page.getByRole('dialog', { name: 'KPI AC1.1 的審查意見' });
    await readerDialog.getByText('成長率的基期請改用前三年平均').waitFor();
    expect(await readerDialog.getByLabel('新增意見').count()).toBe(0);
    expect(await readerDialog.getByRole('button', { name: '標示為已處理' }).count()).toBe(0);
    // Nothing to read on the action plan: no button for it.
    expect(await reader.page.getByRole('button', { name: /行動方案 AC1\.1\.1 的審查意見/ }).count()).toBe(0);
    expect(reader.errors).toEqual([]);
    await reader.context.close();

    // Resolving it clears the badge. The button is pressed once the drawer has counted the comment,
    // and the dialog's empty state is waited for only after the resolve was answered: it is the
    // list read again afterwards, not the one from before.
    await openDrawer(page, planId);
    await badged.click();
    await dialog.getByTestId('comment').filter({ hasText: '成長率的基期請改用前三年平均' }).waitFor();
    const resolved = page.waitForResponse(
      (r) => r.request().method() === 'POST' && /\/comments\/\d+\/resolve$/.test(r.url()),
    );
    await dialog.getByRole('button', { name: '標示為已處理' }).click();
    expect((await resolved).ok()).toBe(true);
    await dialog.getByText('目前沒有審查意見。').waitFor();
    await dialog.getByRole('button', { name: '關閉' }).click();
    await expect.poll(() => kpiButton.getAttribute('data-open')).toBe('0');
    // The badge zooms out before it goes.
    await expect.poll(() => kpi.locator('.ant-badge-count').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says nothing about the comments of an element while they are still loading', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    const { planId } = await createDraftPlan(page);
    await postAs(page, `/api/plans/${planId}/comments`, {
      body: '請補充行動借閱的推廣方式',
      elementKind: 'kpi',
      elementCode: 'AC1.1',
    });
    const drawer = await openDrawer(page, planId);
    const button = drawer.getByRole('button', { name: 'KPI AC1.1 的審查意見（1 則未處理意見）' });
    await button.waitFor();

    // The dialog's own read of the comments is held back until the test lets it go.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = () => {};
    const reached = new Promise<void>((resolve) => {
      asked = resolve;
    });
    await page.route(`**/api/plans/${planId}/comments`, async (route: Route) => {
      asked();
      await held;
      await route.continue();
    });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'KPI AC1.1 的審查意見' });
    await reached;
    await dialog.locator('.comments-loading').waitFor();
    expect(await dialog.getByText('目前沒有審查意見。').count()).toBe(0);
    release();
    await dialog.getByTestId('comment').filter({ hasText: '請補充行動借閱的推廣方式' }).waitFor();
    expect(await dialog.locator('.comments-loading').count()).toBe(0);
    await page.unroute(`**/api/plans/${planId}/comments`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
