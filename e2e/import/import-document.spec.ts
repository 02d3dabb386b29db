import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, screenshot, signIn } from '../support/browser';

const FIXTURE = 'test/fixtures/import/zoo-onecell-tab.txt';

describe('import a document', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('previews plans and findings, stores on confirm, and asks before replacing', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    await page.getByRole('link', { name: '匯入文件' }).click();
    await page.getByRole('heading', { name: '匯入策略地圖文件' }).waitFor();

    await page.locator('input[type=file]').setInputFiles(FIXTURE);
    const plans = page.getByTestId('import-plans');
    await plans.waitFor();
    expect(await plans.textContent()).toContain('臺北市立動物園');
    const findings = page.getByTestId('import-findings');
    // The zoo document names a KSF differently from its objective: the linter says so, with its line.
    await expect.poll(() => findings.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await findings.textContent()).toMatch(/BL1/);
    await screenshot(page, 'import-preview-1280');

    await page.getByTestId('import-confirm').click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('已新增');
    await result.getByRole('link', { name: /臺北市立動物園/ }).click();
    await page.getByTestId('plan-title').filter({ hasText: '臺北市立動物園' }).waitFor();

    // The same organisation-year again: the page shows what would change and wants a yes first.
    await page.getByRole('link', { name: '匯入文件' }).click();
    await page.locator('input[type=file]').setInputFiles(FIXTURE);
    await page.getByText(/取代既有計畫：臺北市立動物園/).waitFor();
    const confirm = page.getByTestId('import-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await screenshot(page, 'import-replace-1280');
    await page.getByTestId('import-replace').click();
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await confirm.click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').textContent()).toMatch(/已取代|內容相同/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains a document it cannot read', async () => {
    const { context, page } = await newContext(browser);
    await signIn(page);
    await page.goto('/import');
    await page.locator('input[type=file]').setInputFiles({
      name: 'empty.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('這份文件沒有任何策略目標。\n'),
    });
    const alert = page.getByRole('alert').filter({ hasText: '無法讀取此文件' });
    await alert.waitFor();
    await context.close();
  });
});
