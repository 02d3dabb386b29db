import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, orgIdByName, postAs } from '../support/accounts';
import { launch, newContext, screenshot, signIn } from '../support/browser';

describe('an agency editor’s home', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows their organisation, its drafts and review comments, and only the plans they may read', async () => {
    const admin = await newContext(browser);
    await signIn(admin.page);
    const libraryId = await orgIdByName(admin.page, '臺北市立圖書館');
    const password = 'editor-password-e2e-1';
    const login = await createAccount(admin.page, {
      displayName: '圖書館研考人員',
      orgId: libraryId,
      role: 'editor',
      password,
    });
    const { plans } = (await (await admin.page.request.get('/api/plans')).json()) as {
      plans: { id: number; orgName: string }[];
    };
    const bureauPlan = plans.find((p) => p.orgName === '臺北市政府教育局');
    const libraryPlan = plans.find((p) => p.orgName === '臺北市立圖書館');
    // The planning office asks for a change: the editor's home lists the plan under review comments.
    await postAs(admin.page, `/api/plans/${libraryPlan?.id}/comments`, {
      body: '請補充 AC1.1 的計算公式',
      elementKind: 'kpi',
      elementCode: 'AC1.1',
    });
    await admin.context.close();

    const { context, page, errors } = await newContext(browser);
    await signIn(page, login, password);
    expect(await page.getByTestId('user-name').textContent()).toBe('圖書館研考人員');
    // The home page's cards come with its data: until then there is nothing to read.
    await page.getByTestId('home-awaiting').waitFor();
    const orgs = page.locator('.home-orgs');
    expect(await orgs.textContent()).toContain('臺北市立圖書館');
    expect(await orgs.textContent()).toContain('編修者');
    const drafts = await page.getByTestId('home-drafts').locator('a').allTextContents();
    expect(drafts).toEqual(['臺北市立圖書館 108年度']);
    const commented = page.getByTestId('home-comments');
    await commented.waitFor();
    // At least the one just written (a rerun against the same server finds earlier ones too).
    expect(await commented.textContent()).toMatch(/[1-9]\d* 則未處理意見/);
    // Other organisations' drafts are not theirs to read: not listed, and not found by address.
    const years = await page.getByTestId('home-years').textContent();
    expect(years).not.toContain('臺北市政府教育局');
    await screenshot(page, 'home-editor-1280');
    await page.goto(`/plans/${bureauPlan?.id}`);
    await page.getByText('找不到此頁面').waitFor();
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await context.close();
  });
});
