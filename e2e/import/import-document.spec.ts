import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, signIn } from '../support/browser';
import { agencyText, freshName, pageShot } from './support';

/** The zoo document (test/fixtures/import) as a new agency's: the test runs again on the same server. */
const agencyFile = (org: string, edit: (text: string) => string = (text) => text) => ({
  name: 'agency.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(edit(agencyText(org, 113).toString('utf8')), 'utf8'),
});

describe('import a document', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('previews plans and findings, stores on confirm, and shows what changes before replacing', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    await page.getByRole('link', { name: '匯入文件' }).click();
    await page.getByRole('heading', { name: '匯入策略地圖文件' }).waitFor();

    const org = freshName('臺北市立', '動物園');
    await page.locator('.import-upload input[type=file]').setInputFiles(agencyFile(org));
    const card = page.getByTestId('import-plan');
    await card.waitFor();
    expect(await card.getAttribute('data-org')).toBe(org);
    // A new organisation: only an administrator may create it on import, and may place it.
    await card.getByText(`${org}（新機關，匯入時建立）`).waitFor();
    await card.getByTestId('import-parent-org').waitFor();
    const findings = card.getByTestId('import-findings');
    // The zoo document names a KSF differently from its objective: the linter says so, with its line.
    await expect.poll(() => findings.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await findings.textContent()).toMatch(/BL1/);
    await expect.poll(() => card.locator('g.objective').count()).toBe(7);
    await card.getByText('新計畫', { exact: true }).waitFor();
    await pageShot(page, 'import-preview-1280');

    await page.getByTestId('import-confirm').click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('已新增');
    await result.getByRole('link', { name: new RegExp(org) }).click();
    await page.getByTestId('plan-title').filter({ hasText: org }).waitFor();

    // The same document again: nothing changes, and the page says so.
    await page.getByRole('link', { name: '匯入文件' }).click();
    await page.locator('.import-upload input[type=file]').setInputFiles(agencyFile(org));
    await page.getByTestId('import-plan').getByText('與既有計畫相同', { exact: true }).waitFor();
    expect(await page.getByTestId('import-replace').count()).toBe(0);

    // An edited copy (one objective renamed): the page lists the change and wants a yes first.
    await page
      .locator('.import-upload input[type=file]')
      .setInputFiles(agencyFile(org, (text) => text.replaceAll('培育保育人才', '培育保育專業人才')));
    await page.getByText(`取代既有計畫：${org} 113年度將有以下變更`).waitFor();
    expect(await page.getByTestId('import-changes').textContent()).toContain('培育保育專業人才');
    const confirm = page.getByTestId('import-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await pageShot(page, 'import-replace-1280');
    await page.getByTestId('import-replace').click();
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await confirm.click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').textContent()).toContain('已取代');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains a document it cannot read', async () => {
    const { context, page } = await newContext(browser);
    await signIn(page);
    await page.goto('/import');
    await page.locator('.import-upload input[type=file]').setInputFiles({
      name: 'empty.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('這份文件沒有任何策略目標。\n'),
    });
    const alert = page.getByRole('alert').filter({ hasText: '無法讀取此文件' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('empty.txt');
    await context.close();
  });
});
