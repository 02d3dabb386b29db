import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_LOGIN, launch, newContext, screenshot, signIn, VIEWPORTS } from '../support/browser';

describe('signing in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the message for a wrong password and stays on the login page', async () => {
    const { context, page } = await newContext(browser);
    await page.goto('/');
    await page.waitForURL(/\/login/);
    await page.getByLabel('帳號').fill(ADMIN_LOGIN);
    await page.getByLabel('密碼').fill('not-the-password');
    await page.getByRole('button', { name: /登\s*入/ }).click();
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('帳號或密碼錯誤');
    expect(page.url()).toMatch(/\/login/);
    await screenshot(page, 'login-error-1280');
    await context.close();
  });

  it('signs in, lands on the home page with what awaits the user, and signs out', async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const { context, page, errors } = await newContext(browser, viewport);
      await signIn(page);
      await page.getByTestId('home-awaiting').waitFor();
      await page.getByTestId('home-years').getByRole('heading', { name: '110年度' }).waitFor();
      expect(await page.getByTestId('home-drafts').textContent()).toContain('臺北市立圖書館');
      await screenshot(page, `home-${name}`);
      await page.getByRole('button', { name: /登\s*出/ }).click();
      await page.waitForURL(/\/login/);
      // The session is gone on the server too: a signed-in page sends the user back to sign in.
      await page.goto('/orgs');
      await page.waitForURL(/\/login\?next=%2Forgs/);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
