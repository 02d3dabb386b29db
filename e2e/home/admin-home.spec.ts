import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postAs } from '../support/accounts';
import { launch, newContext, screenshot, signIn, VIEWPORTS } from '../support/browser';

describe('the planning office’s home', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the plans submitted for approval', async () => {
    const { context, page, errors } = await newContext(browser, VIEWPORTS.projector);
    await signIn(page);
    const org = `送審機關${randomBytes(2).toString('hex')}`;
    const imported = (await postAs(page, '/api/plans/import', {
      format: 'stratmap.plan/1',
      org: { name: org, parent: '臺北市政府' },
      year: 112,
      themes: [{ letter: 'A', name: '便民服務' }],
      objectives: [{ code: 'AC1', theme: 'A', perspective: 'C', name: '提升滿意度' }],
      kpis: [{ code: 'AC1.1', objective: 'AC1', name: '滿意度' }],
    })) as { plans: { planId: number }[] };
    const planId = imported.plans[0]?.planId;
    const plan = (await (await page.request.get(`/api/plans/${planId}`)).json()) as { version: number };
    await postAs(page, `/api/plans/${planId}/workflow`, { transition: 'submit', version: plan.version });

    await page.goto('/');
    const toApprove = page.getByTestId('home-approve');
    await toApprove.waitFor();
    expect(await toApprove.locator('a').allTextContents()).toContain(`${org} 112年度`);
    expect(await toApprove.textContent()).toContain('送審中');
    // A submitted plan is no longer a draft to work on.
    expect(await page.getByTestId('home-drafts').textContent()).not.toContain(org);
    await screenshot(page, 'home-admin-1920');
    await toApprove.getByRole('link', { name: `${org} 112年度` }).click();
    await page.getByTestId('summary-line').filter({ hasText: '1項策略目標及1項KPI' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
