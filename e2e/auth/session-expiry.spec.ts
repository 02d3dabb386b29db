import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_LOGIN, ADMIN_PASSWORD, launch, newContext, signIn } from '../support/browser';

describe('an ended session', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sends the user to sign in and back to the page they were opening', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    await page.goto('/orgs');
    await page.getByTestId('org-node').filter({ hasText: '臺北市立圖書館' }).click();
    // The organisation's plans are on the page before the session goes: it is opening the plan that
    // finds it gone, not the organisation's own requests.
    const year = page.getByRole('link', { name: '108年度' });
    await year.waitFor();
    // The server forgets the session (as after 12 hours or a password reset).
    await context.clearCookies();
    await year.click();
    await page.waitForURL(/\/login\?expired=1&next=%2Fplans%2F\d+/);
    await page.getByText('登入已逾時，請重新登入。').waitFor();
    await page.getByLabel('帳號').fill(ADMIN_LOGIN);
    await page.getByLabel('密碼').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: /登\s*入/ }).click();
    await page.getByTestId('plan-title').filter({ hasText: '臺北市立圖書館' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/plans\/\d+$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
