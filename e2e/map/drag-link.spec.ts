import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postAs } from '../support/accounts';
import { launch, newContext, screenshot, signIn, VIEWPORTS } from '../support/browser';
import { createDraftPlan } from '../support/plan-fixture';
import { everythingLoaded } from '../support/wait';

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses on one card, drags in steps (as a hand does) to a card or a point, and lets go. */
async function drag(
  page: Page,
  from: Locator,
  to: Locator | { x: number; y: number },
  beforeRelease?: () => Promise<void>,
) {
  const start = await centre(from);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 12, start.y + 8, { steps: 3 });
  // The target's place is read only now: the page may have moved since the test looked.
  const end = 'boundingBox' in to ? await centre(to) : to;
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await beforeRelease?.();
  await page.mouse.up();
}

/** A point on an arrow's line (the middle of its first segment), in page pixels. */
async function pointOnArrow(arrow: Locator): Promise<{ x: number; y: number }> {
  const points = ((await arrow.getAttribute('points')) ?? '')
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(',').map(Number));
  const [a = [0, 0], b = [0, 0]] = points;
  // The SVG's own transformation to the screen (it is scaled to fit the page).
  const m = await arrow.evaluate((line) => {
    const ctm = (
      line as unknown as { getScreenCTM(): Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', number> }
    ).getScreenCTM();
    return { a: ctm.a, b: ctm.b, c: ctm.c, d: ctm.d, e: ctm.e, f: ctm.f };
  });
  const x = ((a[0] ?? 0) + (b[0] ?? 0)) / 2;
  const y = ((a[1] ?? 0) + (b[1] ?? 0)) / 2;
  return { x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f };
}

/** The map's controls sit on one line: their vertical centres agree. */
async function toolbarRows(page: Page): Promise<number> {
  const toolbar = page.locator('.map-toolbar');
  const centres = await toolbar.evaluate((bar) =>
    [...bar.children]
      .filter((c) => !c.classList.contains('map-hint'))
      .map((c) => {
        const r = c.getBoundingClientRect();
        return Math.round(r.top + r.height / 2);
      }),
  );
  const rows: number[] = [];
  for (const y of centres) if (!rows.some((r) => Math.abs(r - y) <= 4)) rows.push(y);
  return rows.length;
}

describe('editing links on the strategy map by dragging', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('drags a link between cards, keeps it after a reload, refuses duplicates and self links, removes it', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    const { planId } = await createDraftPlan(page);
    await postAs(page, `/api/plans/${planId}/objectives`, { code: 'AL1', name: '培育館員數位能力' });
    await page.goto(`/plans/${planId}/map`);
    // The findings notice above the map arrives with its own request and moves the map down.
    await everythingLoaded(page);
    const map = page.getByTestId('strategy-map');
    const card = (code: string) => map.locator(`g.objective[data-code="${code}"]`);
    // Lines are zero pixels wide or high, which Playwright counts as hidden: wait for them attached.
    const arrow = (from: string, to: string) =>
      map.locator(`polyline.link[data-from="${from}"][data-to="${to}"]`);
    await card('AL1').waitFor();
    expect(await toolbarRows(page)).toBe(1);
    await screenshot(page, 'map-editor-toolbar-1280');
    // The three rows of cards in view, whatever scroll a reload restores.
    const reveal = async () => {
      const top = (await card('AC1').boundingBox())?.y ?? 0;
      await page.evaluate(`window.scrollBy(0, ${Math.round(top - 160)})`);
    };
    await reveal();

    // A drag from AP1 onto AC1: the line follows the pointer, AC1 is marked as the drop target.
    await drag(page, card('AP1'), card('AC1'), async () => {
      // The page draws what the pointer did in its own time: wait for it.
      await map.locator('line.rubber-band').waitFor({ state: 'attached' });
      await expect.poll(() => card('AC1').getAttribute('class')).toContain('link-drop-target');
      expect(await map.locator('line.rubber-band').count()).toBe(1);
      await screenshot(page, 'map-drag-link-1280');
    });
    await page.getByText('已新增關聯 AP1 → AC1').waitFor();
    await arrow('AP1', 'AC1').waitFor({ state: 'attached' });
    await map.locator('line.rubber-band').waitFor({ state: 'detached' });
    // Ending the drag on a card did not also open that card.
    expect(page.url()).not.toContain('objective=');
    await page.reload();
    await everythingLoaded(page);
    await arrow('AP1', 'AC1').waitFor({ state: 'attached' });
    await reveal();

    // The same pair again is refused with a reason, and so is a card dragged back onto itself.
    await drag(page, card('AP1'), card('AC1'));
    const refused = page.getByTestId('link-refused');
    await refused.filter({ hasText: 'AP1 → AC1 的關聯已存在' }).waitFor();
    const ac1 = await centre(card('AC1'));
    await drag(page, card('AC1'), { x: ac1.x + 40, y: ac1.y + 4 });
    await refused.filter({ hasText: 'AC1 不能連到自己' }).waitFor();
    await screenshot(page, 'map-drag-refused-1280');
    // Released on no card: nothing happens.
    const box = await map.boundingBox();
    await drag(page, card('AL1'), { x: (box?.x ?? 0) + 6, y: (box?.y ?? 0) + 6 });
    expect(await map.locator('polyline.link').count()).toBe(1);
    const links = (await (await page.request.get(`/api/plans/${planId}`)).json()) as { links: unknown[] };
    expect(links.links).toHaveLength(1);

    // A click on the arrow asks first; cancelling keeps it.
    const hit = map.locator('polyline.link-hit[data-from="AP1"][data-to="AC1"]');
    expect(await hit.getAttribute('aria-label')).toBe('移除關聯 AP1 → AC1');
    let point = await pointOnArrow(hit);
    await page.mouse.click(point.x, point.y);
    const dialog = page.getByRole('dialog').filter({ hasText: '確定移除因果關聯 AP1 → AC1？' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await arrow('AP1', 'AC1').count()).toBe(1);
    point = await pointOnArrow(hit);
    await page.mouse.click(point.x, point.y);
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /刪\s*除/ }).click();
    await arrow('AP1', 'AC1').waitFor({ state: 'detached' });
    await page.reload();
    await everythingLoaded(page);
    await card('AC1').waitFor();
    await reveal();
    expect(await map.locator('polyline.link').count()).toBe(0);

    // The keyboard way: link mode, Enter on the cause and on the effect; then Delete on the arrow.
    await page.getByTestId('link-mode').click();
    await card('AL1').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('link-mode-notice').filter({ hasText: '已選 AL1' }).waitFor();
    await card('AP1').focus();
    await page.keyboard.press('Enter');
    await arrow('AL1', 'AP1').waitFor({ state: 'attached' });
    const keyboardHit = map.locator('polyline.link-hit[data-from="AL1"][data-to="AP1"]');
    await keyboardHit.focus();
    await page.keyboard.press('Delete');
    const keyboardDialog = page.getByRole('dialog').filter({ hasText: 'AL1 → AP1' });
    await keyboardDialog.getByRole('button', { name: /刪\s*除/ }).click();
    await arrow('AL1', 'AP1').waitFor({ state: 'detached' });

    // English words are longer: the hint wraps in its own box, the controls keep one line.
    await page.getByTestId('language-switch').click();
    await page.getByRole('button', { name: 'Add a cause → effect link' }).waitFor();
    expect(await toolbarRows(page)).toBe(1);
    await screenshot(page, 'map-editor-toolbar-en-1280');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the map toolbar on one line on a 1920 projector; readers get no link editing', async () => {
    const { context, page, errors } = await newContext(browser, VIEWPORTS.projector);
    await signIn(page);
    const { planId } = await createDraftPlan(page);
    await postAs(page, `/api/plans/${planId}/links`, { from: 'AP1', to: 'AC1' });
    await page.goto(`/plans/${planId}/map`);
    const map = page.getByTestId('strategy-map');
    await map.locator('polyline.link-hit').waitFor({ state: 'attached' });
    expect(await toolbarRows(page)).toBe(1);
    await screenshot(page, 'map-editor-1920');

    // Once submitted the plan is read-only: arrows are plain lines and cards do not drag.
    const plan = (await (await page.request.get(`/api/plans/${planId}`)).json()) as { version: number };
    await postAs(page, `/api/plans/${planId}/workflow`, { transition: 'submit', version: plan.version });
    await page.reload();
    await everythingLoaded(page);
    await map.locator('polyline.link').waitFor({ state: 'attached' });
    expect(await map.locator('polyline.link-hit').count()).toBe(0);
    expect(await page.getByTestId('link-mode').count()).toBe(0);
    expect(await toolbarRows(page)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
