import type { Page } from 'playwright-core';

/** The DOM the page-side check needs; the e2e code is compiled without the DOM library. */
interface PageDocument {
  querySelectorAll(selector: string): Iterable<{ classList: Iterable<string> }>;
}

/**
 * Until what opens over the page (dialogs and their masks, drawers, dropdowns) has finished coming
 * or going, so that a screenshot shows it where the user sees it: no element in one of their antd
 * motion phases. Only the class names are read. Waiting on every animation's `finished` instead
 * hangs on spinners (they never finish), throws when a spinner is replaced by the data it waited
 * for, and reading the animations on every frame was seen to leave a button's loading icon stuck
 * half-way through leaving.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const doc = (globalThis as unknown as { document: PageDocument }).document;
      const overlayMotion =
        /^ant-(zoom|fade|slide-up|slide-down|move-up|drawer-(mask|panel)-motion(-[a-z]+)?)-(appear|enter|leave)(-(prepare|start|active))?$/;
      for (const element of doc.querySelectorAll('[class*="-appear"], [class*="-enter"], [class*="-leave"]'))
        if ([...element.classList].some((c) => overlayMotion.test(c))) return false;
      return true;
    },
    undefined,
    { polling: 100 },
  );
}

/**
 * Until the page has had every answer it asked for while loading (no request for half a second),
 * including the organisation tree the user's rights on a plan are worked out from. Checks that
 * something is absent (an edit button a reader must not get) come after this, so that they see it
 * missing for good rather than not there yet. Only meaningful right after a page load or reload.
 */
export async function everythingLoaded(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}
