import type { Page } from 'playwright-core';

/** How far the page is wider than the window (≤ 0: nothing runs off to the side). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    // Runs in the page; typed without the DOM library, which the e2e code does not load.
    const g = globalThis as unknown as {
      innerWidth: number;
      document: { documentElement: { scrollWidth: number } };
    };
    return g.document.documentElement.scrollWidth - g.innerWidth;
  });
}

/** Opens an antd select and picks the option with that label. */
export async function pickOption(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator(`.ant-select-item-option[title="${label}"]`).click();
}
