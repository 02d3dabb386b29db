import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPeriod, lastCompletedPeriod } from '../../src/domain/periods';
import { createAccount, orgIdByName } from '../support/accounts';
import { launch, newContext, screenshot, signIn, VIEWPORTS } from '../support/browser';
import { createTrackedAgency } from '../tracking/support';

describe('the updates-due inbox on the home page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists a reporter's missing actuals and unexplained red results, and empties as they are entered", async () => {
    // The quarter that has just ended, whenever the suite runs: its plan is the one due now.
    const due = lastCompletedPeriod('quarter', new Date());
    const quarter = formatPeriod(due);
    const admin = await newContext(browser);
    await signIn(admin.page);
    const { orgName, planId } = await createTrackedAgency(admin.page, due.year, {
      targets: [{ kpi: 'AP1.2', period: String(due.year), value: 90 }],
      // Imported history may be red without an explanation; the inbox asks for one.
      actuals: [{ kpi: 'AP1.2', period: quarter, value: 45 }],
    });
    const orgId = await orgIdByName(admin.page, orgName);
    const password = 'reporter-password-inbox-1';
    const login = await createAccount(admin.page, {
      displayName: '館務填報員',
      orgId,
      role: 'reporter',
      password,
    });
    const viewerLogin = await createAccount(admin.page, {
      displayName: '館務檢視者',
      orgId,
      role: 'viewer',
      password,
    });
    await admin.context.close();

    const { context, page, errors } = await newContext(browser);
    await signIn(page, login, password);
    const card = page.getByTestId('home-inbox');
    const title = `${orgName} ${due.year}年度`;
    const plan = card.getByTestId('inbox-plan').filter({ hasText: title });
    await plan.waitFor();
    const label = `民國${due.year}年第${due.index}季`;
    const dueGroup = plan.locator('.inbox-group[data-kind="due"]');
    expect(await dueGroup.textContent()).toContain(`${label}尚缺 2 項實績`);
    expect(await dueGroup.locator('.inbox-kpi').allTextContents()).toEqual(['AC1.1', 'AC1.3']);
    const redGroup = plan.locator('.inbox-group[data-kind="unexplained"]');
    expect(await redGroup.textContent()).toContain(`${label}有 1 項紅燈尚待說明原因及改善措施`);
    expect(await redGroup.locator('.inbox-kpi').allTextContents()).toEqual(['AP1.2']);
    await screenshot(page, 'home-inbox-1280');

    // Each link opens the grid at its period with its KPIs picked out: scrolled to and marked.
    const grid = page.getByTestId('actuals-grid');
    const row = (code: string) =>
      grid.locator('tr[data-row-key]', { has: page.getByText(code, { exact: true }) });
    const picked = async () =>
      await grid
        .locator('tr.row-picked')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')));
    const inView = async (code: string) => {
      const box = await row(code).boundingBox();
      const height = page.viewportSize()?.height ?? 0;
      return box !== null && box.y >= 0 && box.y + box.height <= height;
    };
    // A short window, so the last row of the grid starts out of sight.
    await page.setViewportSize({ width: 1280, height: 500 });
    await redGroup.getByTestId('inbox-link').click();
    await page.waitForURL(new RegExp(`/plans/${planId}/tracking\\?period=${quarter}&kpi=AP1\\.2$`));
    await row('AP1.2').waitFor();
    await expect.poll(picked).toEqual(['AP1.2']);
    await expect.poll(async () => await inView('AP1.2')).toBe(true);
    await screenshot(page, 'home-inbox-picked-red');
    await page.setViewportSize(VIEWPORTS.laptop);
    await page.goBack();
    await dueGroup.getByTestId('inbox-link').click();
    await page.waitForURL(new RegExp(`/plans/${planId}/tracking\\?period=${quarter}&kpi=AC1\\.1,AC1\\.3$`));
    await expect.poll(picked).toEqual(['AC1.1', 'AC1.3']);
    await expect.poll(async () => await inView('AC1.1')).toBe(true);
    await row('AC1.1').getByLabel('AC1.1 實際值').fill('320');
    await row('AC1.3').getByLabel('AC1.3 實際值').fill('150');
    await row('AP1.2').getByLabel('AP1.2 原因說明').fill('新進館藏集中於季末到館');
    await row('AP1.2').getByLabel('AP1.2 改善措施').fill('增派人力於季末加速上架');
    await page.getByTestId('actuals-save').click();
    await page.getByText('已儲存。').waitFor();

    await page.getByRole('link', { name: '首頁', exact: true }).last().click();
    // Read once the inbox has come (a list, or word that nothing is due), not while it loads.
    await card.getByTestId('inbox-plan').or(card.getByText('目前沒有待填報的實績')).first().waitFor();
    await expect
      .poll(async () => await card.getByTestId('inbox-plan').filter({ hasText: title }).count())
      .toBe(0);
    expect(errors).toEqual([]);
    await context.close();

    const wide = await newContext(browser, VIEWPORTS.projector);
    await signIn(wide.page);
    await wide.page.getByTestId('home-inbox').waitFor();
    await screenshot(wide.page, 'home-inbox-admin-1920');
    await wide.context.close();

    // A viewer enters nothing, so the home page has no inbox for them.
    const viewer = await newContext(browser);
    await signIn(viewer.page, viewerLogin, password);
    await viewer.page.getByTestId('home-awaiting').waitFor();
    expect(await viewer.page.getByTestId('home-inbox').count()).toBe(0);
    await viewer.context.close();
  });
});
