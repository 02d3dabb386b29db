import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../support/accounts';
import { launch, newContext, screenshot, signIn } from '../support/browser';
import { createDraftPlan } from '../support/plan-fixture';

describe('the review cycle in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('editor submits, admin approves (controls gone), admin reopens with a reason; history and copy to next year', async () => {
    const admin = await newContext(browser);
    await signIn(admin.page);
    const { planId, orgId: libraryId, orgName } = await createDraftPlan(admin.page);
    const password = 'wf-password-e2e-1';
    const login = await createAccount(admin.page, {
      displayName: '圖書館承辦',
      orgId: libraryId,
      role: 'editor',
      password,
    });

    const editor = await newContext(browser);
    await signIn(editor.page, login, password);
    await editor.page.goto(`/plans/${planId}/scorecards`);
    await editor.page.getByRole('button', { name: '編修策略目標 AC1' }).waitFor();
    expect(await editor.page.getByRole('button', { name: /核\s*定/ }).count()).toBe(0);
    await editor.page.getByRole('button', { name: /送\s*審/ }).click();
    await editor.page
      .getByRole('dialog')
      .getByRole('button', { name: /送\s*審/ })
      .click();
    await editor.page.getByTestId('read-only-notice').waitFor();
    expect(await editor.page.getByRole('button', { name: '編修策略目標 AC1' }).count()).toBe(0);
    await editor.page.getByRole('button', { name: '撤回送審' }).waitFor();
    await editor.context.close();

    const { page, errors } = admin;
    await page.goto(`/plans/${planId}/scorecards`);
    await page.getByRole('button', { name: /核\s*定/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /核\s*定/ })
      .click();
    await page.locator('[data-status="approved"]').waitFor();
    expect(await page.getByRole('button', { name: '編修策略目標 AC1' }).count()).toBe(0);
    await page.getByTestId('read-only-notice').waitFor();
    await screenshot(page, 'workflow-approved-1280');

    await page.getByRole('button', { name: '重新開啟' }).click();
    const dialog = page.getByRole('dialog', { name: /重新開啟/ });
    await dialog.getByRole('button', { name: '重新開啟' }).click();
    await dialog.getByText('請輸入理由').waitFor();
    await dialog.getByLabel('理由').fill('KPI AC1.1 需補充目標值');
    await dialog.getByRole('button', { name: '重新開啟' }).click();
    await page.locator('[data-status="draft"]').waitFor();
    await page.getByRole('button', { name: '編修策略目標 AC1' }).waitFor();

    await page.getByRole('link', { name: '審查與歷程' }).click();
    const history = page.getByTestId('history');
    await history.getByText('流程：重新開啟').waitFor();
    expect(await history.textContent()).toContain('KPI AC1.1 需補充目標值');
    expect(await history.textContent()).toMatch(/民國\d+年\d+月\d+日/);
    expect(await history.textContent()).toContain('流程：核定');
    const comments = page.getByTestId('comments-panel');
    await comments.getByText('[reopen] KPI AC1.1 需補充目標值').waitFor();
    await comments.getByLabel('新增意見').fill('請確認 AP1 的名稱');
    await comments.getByRole('button', { name: '送出意見' }).click();
    await comments.getByText('請確認 AP1 的名稱').waitFor();
    await screenshot(page, 'workflow-review-1280');

    await page.getByRole('button', { name: '複製為下年度草稿' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '複製為下年度草稿' }).click();
    await page.waitForURL(
      (url) => /\/plans\/\d+$/.test(url.pathname) && !url.pathname.endsWith(`/${planId}`),
    );
    await page
      .getByTestId('plan-title')
      .filter({ hasText: `${orgName} 111年度` })
      .waitFor();
    await page.getByTestId('summary-line').filter({ hasText: '2項策略目標及1項KPI' }).waitFor();
    expect(errors).toEqual([]);
    await admin.context.close();
  });
});
