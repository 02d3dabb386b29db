import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, screenshot, signIn, VIEWPORTS } from '../support/browser';
import { openPlanFromTree } from '../support/navigate';
import { createDraftPlan } from '../support/plan-fixture';

interface Diff {
  left: { year: number };
  right: { year: number };
  counts: { total: number; byChange: Record<string, number>; byElement: Record<string, number> };
}

async function planIdOf(page: Page, orgName: string, year: number): Promise<number> {
  const body = (await (await page.request.get(`/api/plans?year=${year}`)).json()) as {
    plans: { id: number; orgName: string }[];
  };
  const plan = body.plans.find((p) => p.orgName === orgName);
  if (!plan) throw new Error(`no ${year} plan of ${orgName}`);
  return plan.id;
}

describe('comparing two years of a plan', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows 教育局 108 and 110 side by side with the counts the API gives, and filters them', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    await openPlanFromTree(page, '臺北市政府教育局', 110);
    await page.getByRole('link', { name: '年度比較' }).click();
    await page.waitForURL(/\/compare/);

    const [y108, y110] = [
      await planIdOf(page, '臺北市政府教育局', 108),
      await planIdOf(page, '臺北市政府教育局', 110),
    ];
    const diff = (await (await page.request.get(`/api/plans/${y110}/diff?against=${y108}`)).json()) as Diff;
    expect(diff.counts.byChange.added).toBeGreaterThan(0);
    expect(diff.counts.byChange.removed).toBeGreaterThan(0);

    // The previous year by default, earlier year on the left; the counts once the comparison came.
    await page.getByTestId('compare-years').filter({ hasText: '108年度 → 110年度' }).waitFor();
    await expect
      .poll(() => page.getByTestId('compare-total').textContent())
      .toBe(`共 ${diff.counts.total} 項差異`);
    for (const change of ['added', 'removed']) {
      expect(await page.getByTestId(`count-${change}`).textContent()).toContain(
        String(diff.counts.byChange[change]),
      );
    }
    const rows = (change: string) => page.locator(`.diff-row [data-change="${change}"]`);
    await expect.poll(() => rows('added').count()).toBe(diff.counts.byChange.added);
    await expect.poll(() => rows('removed').count()).toBe(diff.counts.byChange.removed);
    // The left column of an added row is empty and says so.
    const added = page.locator('tr.diff-row-added').first();
    expect(await added.locator('td').nth(1).textContent()).toContain('108年度無此項');
    const headers = await page.locator('.diff-table thead').first().textContent();
    expect(headers).toContain('108年度');
    expect(headers).toContain('110年度');
    await screenshot(page, 'compare-years-1280');

    // Only removals: every other kind unticked.
    for (const change of ['added', 'renamed', 'recoded', 'changed']) {
      if (diff.counts.byChange[change]) await page.getByTestId(`count-${change}`).click();
    }
    await expect
      .poll(async () => await page.locator('tr.diff-row').count())
      .toBe(diff.counts.byChange.removed);
    expect(await rows('added').count()).toBe(0);

    // Only themes, all kinds again.
    for (const change of ['added', 'renamed', 'recoded', 'changed']) {
      if (diff.counts.byChange[change]) await page.getByTestId(`count-${change}`).click();
    }
    await page.getByLabel('項目類別').click();
    await page.locator('.ant-select-item-option', { hasText: '策略主題' }).click();
    await expect
      .poll(async () => await page.locator('tr.diff-row').count())
      .toBe(diff.counts.byElement.theme);
    await expect.poll(() => page.getByTestId('compare-group').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a projector', async () => {
    const { context, page, errors } = await newContext(browser, VIEWPORTS.projector);
    await signIn(page);
    const y108 = await planIdOf(page, '臺北市政府教育局', 108);
    const y110 = await planIdOf(page, '臺北市政府教育局', 110);
    await page.goto(`/plans/${y108}/compare?with=${y110}`);
    await page.getByTestId('compare-years').filter({ hasText: '108年度 → 110年度' }).waitFor();
    await screenshot(page, 'compare-years-1920');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says when there is no other year, and offers to copy the plan to next year', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    const { planId } = await createDraftPlan(page);
    await page.goto(`/plans/${planId}/compare`);
    await page.getByTestId('compare-only-one').waitFor();
    await page.locator('.compare-page').getByRole('button', { name: '複製為下年度草稿' }).waitFor();
    await screenshot(page, 'compare-only-one-1280');
    expect(errors).toEqual([]);
    await context.close();
  });
});
