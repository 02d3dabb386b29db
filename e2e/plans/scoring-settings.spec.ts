import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, patchAs, putAs } from '../support/accounts';
import { launch, newContext, screenshot, signIn, VIEWPORTS } from '../support/browser';
import { createDraftPlan } from '../support/plan-fixture';
import { everythingLoaded, settled } from '../support/wait';

/** Someone else saving the plan in between: a PATCH at the plan's current version as the user of `page`. */
async function patchPlanAs(page: Page, planId: number, data: Record<string, unknown>): Promise<void> {
  const plan = (await (await page.request.get(`/api/plans/${planId}`)).json()) as { version: number };
  await patchAs(page, `/api/plans/${planId}`, { ...data, version: plan.version });
}

/** The fixture's draft plan with AC1.1 at 90 of 100 in 110Q1: yellow by the default thresholds. */
async function planAtNinety(page: Page) {
  const fixture = await createDraftPlan(page);
  await putAs(page, `/api/plans/${fixture.planId}/targets`, {
    targets: [{ kpi: 'AC1.1', period: '110', value: 100 }],
  });
  await putAs(page, `/api/plans/${fixture.planId}/actuals`, {
    period: '110Q1',
    actuals: [{ kpi: 'AC1.1', value: 90 }],
  });
  return fixture;
}

describe('scoring settings', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a planner lowers the green threshold and the dashboard turns green; checks at the fields, 409, reset', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    const { planId } = await planAtNinety(page);

    const dashboard = `/plans/${planId}/dashboard?period=110Q1`;
    const planLight = page.getByTestId('plan-score').locator('.ant-tag[data-light]');
    const kpiLight = page
      .getByTestId('dashboard-objectives')
      .locator('tr', { hasText: 'AC1' })
      .locator('.ant-tag[data-light]')
      .last();
    await page.goto(dashboard);
    await expect.poll(async () => await planLight.getAttribute('data-light')).toBe('yellow');
    await expect.poll(() => kpiLight.getAttribute('data-light')).toBe('yellow');
    await expect
      .poll(() => page.getByTestId('dashboard-scores').textContent())
      .toContain('達成率 100% 以上為綠燈、80% 以上為黃燈');

    await page.getByRole('link', { name: '計畫概覽' }).click();
    const card = page.getByTestId('scoring-card');
    const summary = page.getByTestId('scoring-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toBe(
      '達成率 100% 以上綠燈、80% 以上黃燈，未達 80% 紅燈；超額達成以 120% 計；各層以加權平均彙總；整體分數由各構面加權（權重相同）。',
    );
    expect(await card.textContent()).toContain('系統預設');
    await screenshot(page, 'scoring-settings-card-1280');

    // Yellow above green: said at the yellow box, nothing sent.
    await page.getByTestId('scoring-edit').click();
    const form = page.getByTestId('scoring-form');
    await form.waitFor();
    expect(await page.getByLabel('綠燈門檻').inputValue()).toBe('100');
    await page.getByLabel('綠燈門檻').fill('85');
    await page.getByLabel('黃燈門檻').fill('90');
    const fieldError = form.locator('.ant-form-item-explain-error');
    await fieldError.first().waitFor();
    await expect.poll(() => fieldError.allTextContents()).toEqual(['黃燈門檻不可高於綠燈門檻']);
    await page.getByRole('button', { name: /儲\s*存/ }).click();
    await settled(page);
    await screenshot(page, 'scoring-settings-field-error-1280');
    expect(
      ((await (await page.request.get(`/api/plans/${planId}`)).json()) as { scoring: unknown }).scoring,
    ).toBe(null);

    // Fixed: the message goes, the settings are saved and read back in words.
    await page.getByLabel('黃燈門檻').fill('70');
    await fieldError.first().waitFor({ state: 'detached' });
    await page.getByLabel('財務構面權重').fill('2');
    await page.getByRole('button', { name: /儲\s*存/ }).click();
    await form.waitFor({ state: 'detached' });
    await expect
      .poll(async () => await summary.textContent())
      .toBe(
        '達成率 85% 以上綠燈、70% 以上黃燈，未達 70% 紅燈；超額達成以 120% 計；各層以加權平均彙總；整體分數由各構面加權（顧客 1、內部流程 1、學習成長 1、財務 2）。',
      );
    expect(await card.textContent()).not.toContain('系統預設');

    // The dashboard judges by the plan's thresholds now: 90 % is green, and its line says so.
    await page.getByRole('link', { name: '績效儀表板' }).click();
    await expect.poll(async () => await planLight.getAttribute('data-light')).toBe('green');
    await expect.poll(() => kpiLight.getAttribute('data-light')).toBe('green');
    await expect
      .poll(() => page.getByTestId('dashboard-scores').textContent())
      .toContain('達成率 85% 以上為綠燈、70% 以上為黃燈、未達 70% 為紅燈');
    await screenshot(page, 'scoring-settings-dashboard-green-1280');

    // Someone else saves first: explained, nothing overwritten, reload shows their version.
    await page.getByRole('link', { name: '計畫概覽' }).click();
    await page.getByTestId('scoring-edit').click();
    await form.waitFor();
    await patchPlanAs(page, planId, { scoring: { thresholds: { green: 0.95, yellow: 0.75 } } });
    await page.getByLabel('超額達成上限').fill('150');
    await page.getByRole('button', { name: /儲\s*存/ }).click();
    const conflict = page.getByTestId('conflict-notice');
    await conflict.waitFor();
    await settled(page);
    await screenshot(page, 'scoring-settings-conflict-1280');
    await conflict.getByRole('button', { name: '重新載入最新內容' }).click();
    await expect.poll(async () => await summary.textContent()).toContain('達成率 95% 以上綠燈、75% 以上黃燈');
    expect(await summary.textContent()).toContain('超額達成以 120% 計');

    // Back to the defaults in two clicks.
    await page.getByTestId('scoring-edit').click();
    await form.waitFor();
    await page.getByTestId('scoring-reset').click();
    await expect.poll(() => page.getByLabel('綠燈門檻').inputValue()).toBe('100');
    await expect.poll(() => page.getByLabel('黃燈門檻').inputValue()).toBe('80');
    await page.getByRole('button', { name: /儲\s*存/ }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(async () => await card.textContent()).toContain('系統預設');
    await page.goto(dashboard);
    await expect.poll(async () => await planLight.getAttribute('data-light')).toBe('yellow');

    // In English the form says the same; its longer labels still fit.
    await page.getByRole('link', { name: '計畫概覽' }).click();
    await page.getByTestId('language-switch').click();
    await page.getByRole('button', { name: 'Edit scoring settings' }).click();
    await form.waitFor();
    expect(await page.getByLabel('Green threshold').inputValue()).toBe('100');
    await settled(page);
    await screenshot(page, 'scoring-settings-form-en-1280');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a viewer reads the settings but gets no edit button', async () => {
    const admin = await newContext(browser);
    await signIn(admin.page);
    const { planId, orgId } = await planAtNinety(admin.page);
    await patchPlanAs(admin.page, planId, {
      scoring: { rollup: 'worst', perspectiveWeights: { F: 0 } },
    });
    const password = 'scoring-viewer-e2e-1';
    const viewer = await createAccount(admin.page, {
      displayName: '計分設定檢視者',
      orgId,
      role: 'viewer',
      password,
    });
    await admin.context.close();

    const { context, page, errors } = await newContext(browser, VIEWPORTS.projector);
    await signIn(page, viewer, password);
    await page.goto(`/plans/${planId}`);
    await everythingLoaded(page);
    const summary = page.getByTestId('scoring-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toBe(
      '達成率 100% 以上綠燈、80% 以上黃燈，未達 80% 紅燈；超額達成以 120% 計；各層取最差者；整體分數取各構面中最差者（財務不計入）。',
    );
    expect(await page.getByTestId('scoring-edit').count()).toBe(0);
    await screenshot(page, 'scoring-settings-viewer-1920');
    expect(errors).toEqual([]);
    await context.close();
  });
});
