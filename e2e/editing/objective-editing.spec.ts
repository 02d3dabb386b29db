import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, screenshot, signIn } from '../support/browser';
import { createDraftPlan } from '../support/plan-fixture';

const SAVE = /儲\s*存/;

async function openEdit(page: Page, planId: number, code: string) {
  await page.goto(`/plans/${planId}/scorecards`);
  await page.getByRole('button', { name: `編修策略目標 ${code}` }).click();
  const dialog = page.getByRole('dialog', { name: `編修策略目標 ${code}` });
  await dialog.waitFor();
  return dialog;
}

describe('editing plan elements', () => {
  let browser: Browser;
  let planId: number;
  beforeAll(async () => {
    browser = await launch();
    const { context, page } = await newContext(browser);
    await signIn(page);
    planId = (await createDraftPlan(page)).planId;
    await context.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renames an objective and the new name survives a reload', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    const dialog = await openEdit(page, planId, 'AC1');
    await dialog.getByLabel('名稱').fill('提升全民借閱服務');
    await screenshot(page, 'editing-objective-dialog-1280');
    await dialog.getByRole('button', { name: SAVE }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('[data-objective="AC1"]', { hasText: '提升全民借閱服務' }).waitFor();
    await page.reload();
    await page.locator('[data-objective="AC1"]', { hasText: '提升全民借閱服務' }).waitFor();
    await screenshot(page, 'editing-scorecards-1280');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the API’s validation message at the field', async () => {
    const { context, page } = await newContext(browser);
    await signIn(page);
    const dialog = await openEdit(page, planId, 'AP1');
    await dialog.getByLabel('編號').fill('ZZ9');
    await dialog.getByRole('button', { name: SAVE }).click();
    const codeItem = dialog.locator('.ant-form-item', { has: page.getByLabel('編號') });
    await codeItem.locator('.ant-form-item-explain-error', { hasText: 'ZZ9' }).waitFor();
    expect(await codeItem.locator('.ant-form-item-explain-error').textContent()).toContain(
      'not an objective code',
    );
    await dialog.getByLabel('編號').fill('AP1');
    await dialog.getByLabel('名稱').fill('');
    await dialog.getByRole('button', { name: SAVE }).click();
    await dialog.getByText('請輸入名稱').waitFor();
    await screenshot(page, 'editing-validation-1280');
    await context.close();
  });

  it('explains a 409 when someone else saved the same objective first, and reloads', async () => {
    const first = await newContext(browser);
    const second = await newContext(browser);
    await signIn(first.page);
    await signIn(second.page);
    const a = await openEdit(first.page, planId, 'AP1');
    const b = await openEdit(second.page, planId, 'AP1');
    await a.getByLabel('名稱').fill('甲的名稱');
    await a.getByRole('button', { name: SAVE }).click();
    await a.waitFor({ state: 'hidden' });
    await b.getByLabel('名稱').fill('乙的名稱');
    await b.getByRole('button', { name: SAVE }).click();
    const notice = second.page.getByTestId('conflict-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('資料已被他人修改');
    await screenshot(second.page, 'editing-conflict-1280');
    await notice.getByRole('button', { name: '重新載入最新內容' }).click();
    await b.waitFor({ state: 'hidden' });
    await second.page.locator('[data-objective="AP1"]', { hasText: '甲的名稱' }).waitFor();
    await first.context.close();
    await second.context.close();
  });

  it('says what goes with an objective before deleting it, and adds a link on the map', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    await page.goto(`/plans/${planId}/scorecards`);
    await page.getByRole('button', { name: '刪除策略目標 AC1' }).click();
    const confirm = page.getByTestId('delete-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('將一併刪除：1 項KPI、1 項行動方案');
    await page.getByRole('button', { name: /取\s*消/ }).click();

    await page.goto(`/plans/${planId}/map`);
    await page.getByTestId('link-mode').click();
    await page.locator('g.objective[data-code="AP1"]').click();
    await page.getByTestId('link-mode-notice').filter({ hasText: '已選 AP1' }).waitFor();
    await page.locator('g.objective[data-code="AC1"]').click();
    await page.getByText('已新增關聯 AP1 → AC1').waitFor();
    await page.locator('g.objective[data-code="AC1"]').click();
    const link = page.getByTestId('drawer-link').filter({ hasText: 'AP1' });
    await link.waitFor();
    await screenshot(page, 'editing-map-drawer-1280');
    await link.getByRole('button', { name: '移除關聯 AP1 → AC1' }).click();
    await page
      .getByRole('button', { name: /刪\s*除/ })
      .last()
      .click();
    await link.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
