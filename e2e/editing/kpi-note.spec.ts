import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, screenshot, signIn } from '../support/browser';
import { createDraftPlan } from '../support/plan-fixture';
import { settled } from '../support/wait';

const SAVE = /儲\s*存/;
const NOTE = '以上各數均含電子書借閱';

describe("a KPI's note (備註)", () => {
  let browser: Browser;
  let planId: number;
  beforeAll(async () => {
    browser = await launch();
    const { context, page } = await newContext(browser);
    await signIn(page);
    planId = (await createDraftPlan(page)).planId;
    await context.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is typed under the formula, saved, and shown small under the formula in the scorecard and drawer', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    await page.goto(`/plans/${planId}/scorecards`);
    await page.getByRole('button', { name: '編修KPI AC1.1' }).click();
    const dialog = page.getByRole('dialog', { name: '編修KPI AC1.1' });
    const note = dialog.getByLabel('備註', { exact: true });
    await note.fill(`  ${NOTE} `);
    // Under the formula, above the unit.
    const [formulaBox, noteBox, unitBox] = await Promise.all(
      ['計算公式', '備註', '單位'].map((l) => dialog.getByLabel(l, { exact: true }).boundingBox()),
    );
    expect(noteBox?.y).toBeGreaterThan(formulaBox?.y ?? Number.POSITIVE_INFINITY);
    expect(noteBox?.y).toBeLessThan(unitBox?.y ?? 0);
    await settled(page);
    await screenshot(page, 'kpi-form-note-1280');
    await dialog.getByRole('button', { name: SAVE }).click();
    await dialog.waitFor({ state: 'hidden' });
    const plan = (await (await page.request.get(`/api/plans/${planId}`)).json()) as {
      kpis: { code: string; note: string | null }[];
    };
    expect(plan.kpis.find((k) => k.code === 'AC1.1')?.note).toBe(NOTE);

    const cell = page.getByTestId('kpi-note');
    await expect.poll(() => cell.textContent()).toBe(`備註：${NOTE}`);
    // Smaller than the formula it explains (the cell's own text).
    const sizes = await cell.evaluate((e) => {
      const style = (x: typeof e) => e.ownerDocument.defaultView?.getComputedStyle(x).fontSize ?? '';
      return [style(e), e.parentElement ? style(e.parentElement) : ''].map(Number.parseFloat);
    });
    expect(sizes[0]).toBeLessThan(sizes[1] ?? 0);
    await settled(page);
    await screenshot(page, 'scorecard-kpi-note-1280');

    await page.goto(`/plans/${planId}/map?objective=AC1`);
    const drawerNote = page.getByTestId('drawer-kpi').filter({ hasText: 'AC1.1' }).getByTestId('kpi-note');
    await expect.poll(() => drawerNote.textContent()).toBe(`備註：${NOTE}`);
    // Under the formula, not beside it.
    const formulaTop = await drawerNote.evaluate((e) => e.parentElement?.getBoundingClientRect().top ?? 0);
    expect((await drawerNote.boundingBox())?.y).toBeGreaterThan(formulaTop + 10);
    await settled(page);
    await screenshot(page, 'drawer-kpi-note-1280');

    // Emptied, the note is gone everywhere.
    await page.goto(`/plans/${planId}/scorecards`);
    await page.getByRole('button', { name: '編修KPI AC1.1' }).click();
    await dialog.getByLabel('備註', { exact: true }).fill('');
    await dialog.getByRole('button', { name: SAVE }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('kpi-note').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
