import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, orgIdByName } from '../support/accounts';
import { launch, newContext, screenshot, signIn } from '../support/browser';
import { createTrackedAgency } from './support';

describe('period locks', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an administrator locks a year, which closes its quarters to a reporter, and unlocks it', async () => {
    const admin = await newContext(browser);
    await signIn(admin.page);
    const { orgName, planId } = await createTrackedAgency(admin.page);
    const orgId = await orgIdByName(admin.page, orgName);
    const password = 'e2e-reporter-password';
    const login = await createAccount(admin.page, {
      displayName: '填報者',
      orgId,
      role: 'reporter',
      password,
    });

    // The year locked by the administrator from the tracking page.
    await admin.page.goto(`/plans/${planId}/tracking?period=110`);
    await admin.page.getByTestId('actuals-grid').waitFor();
    await admin.page.getByTestId('period-lock').click();
    await admin.page
      .getByRole('dialog')
      .getByRole('button', { name: /鎖\s*定/ })
      .click();
    const locked = admin.page.getByTestId('period-locked');
    await locked.waitFor();
    expect(await locked.textContent()).toContain('民國110年');
    expect(await admin.page.getByTestId('actuals-grid').count()).toBe(0);
    await admin.page.getByRole('dialog').waitFor({ state: 'detached' });
    await screenshot(admin.page, 'tracking-locked-1280');

    // A reporter finds the quarter inside it closed too, and has no lock button.
    const reporter = await newContext(browser);
    await signIn(reporter.page, login, password);
    await reporter.page.goto(`/plans/${planId}/tracking?period=110Q2`);
    await reporter.page.getByTestId('period-locked').waitFor();
    expect(await reporter.page.getByTestId('actuals-grid').count()).toBe(0);
    expect(await reporter.page.getByTestId('period-lock').count()).toBe(0);

    // Unlocked, the reporter may enter again.
    await admin.page.getByTestId('period-lock').click();
    await admin.page.getByRole('dialog').getByRole('button', { name: '解除鎖定' }).click();
    await admin.page.getByTestId('actuals-grid').waitFor();
    await reporter.page.reload();
    await reporter.page.getByTestId('actuals-grid').waitFor();
    expect(admin.errors).toEqual([]);
    expect(reporter.errors).toEqual([]);
    await admin.context.close();
    await reporter.context.close();
  });
});
