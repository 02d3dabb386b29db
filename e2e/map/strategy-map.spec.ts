import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, screenshot, signIn, VIEWPORTS } from '../support/browser';
import { openPlanFromTree } from '../support/navigate';
import { settled } from '../support/wait';

describe('strategy map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows 臺北市立圖書館 108 with 4 themes and 29 objectives, and an objective opens its KPIs', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    await openPlanFromTree(page, '臺北市立圖書館', 108);
    await page.getByRole('link', { name: '策略地圖' }).click();
    const map = page.getByTestId('strategy-map');
    await map.locator('svg').waitFor();
    expect(await map.locator('g.objective[data-code]').count()).toBe(29);
    expect(await map.locator('g.header.theme[data-code]').count()).toBe(4);
    await screenshot(page, 'map-1280');

    // Keyboard: every card is a button reachable with Tab; Enter opens it.
    const card = map.locator('g.objective[data-code="BC1"]');
    expect(await card.getAttribute('role')).toBe('button');
    expect(await card.getAttribute('tabindex')).toBe('0');
    await card.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByTestId('objective-drawer');
    await drawer.waitFor();
    expect(await page.getByTestId('drawer-title').textContent()).toContain('BC1');
    const kpis = drawer.getByTestId('drawer-kpi');
    expect(await kpis.count()).toBeGreaterThan(0);
    expect(await kpis.first().textContent()).toContain('BC1.1');
    expect(await drawer.textContent()).toContain('行動方案');
    // The picture shows the drawer where it ends up, not half-way through sliding in.
    await settled(page);
    await screenshot(page, 'map-drawer-1280');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // A click works as well, and the open objective is in the address (a reload keeps it).
    await map.locator('g.objective[data-code="AC1"]').click();
    await page.waitForURL(/objective=AC1/);
    await page.reload();
    expect(await page.getByTestId('drawer-title').textContent()).toContain('AC1');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is readable on a 1920×1080 projector', async () => {
    const { context, page, errors } = await newContext(browser, VIEWPORTS.projector);
    await signIn(page);
    await openPlanFromTree(page, '臺北市立圖書館', 108);
    await page.getByRole('link', { name: '策略地圖' }).click();
    const map = page.getByTestId('strategy-map');
    await map.locator('svg').waitFor();
    // Measured inside the host, which stays while the map is laid out again (e.g. when the parent
    // theme names arrive and the SVG is replaced).
    const measure = () =>
      map.evaluate((host) => {
        const r = host.querySelector('svg')?.getBoundingClientRect();
        return { x: r?.x ?? 0, width: r?.width ?? 0 };
      });
    // Fitted to the page: neither clipped on the right nor a postage stamp.
    await expect.poll(async () => (await measure()).width).toBeGreaterThan(1500);
    const box = await measure();
    expect(box.x + box.width).toBeLessThanOrEqual(1920);
    await screenshot(page, 'map-1920');
    expect(errors).toEqual([]);
    await context.close();
  });
});
