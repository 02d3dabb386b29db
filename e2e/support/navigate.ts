import type { Page } from 'playwright-core';

/** Opens an organisation's plan of a year the way a user does: from the organisation tree. */
export async function openPlanFromTree(page: Page, orgName: string, year: number): Promise<void> {
  await page.goto('/orgs');
  await page.getByTestId('orgs-search').locator('input').fill(orgName.slice(-4));
  await page.getByTestId('org-node').filter({ hasText: orgName }).first().click();
  await page.getByTestId('org-name').filter({ hasText: orgName }).waitFor();
  await page.getByRole('link', { name: `${year}年度` }).click();
  await page.getByTestId('plan-title').filter({ hasText: orgName }).waitFor();
}
