import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, signIn, VIEWPORTS } from '../support/browser';
import { agencyDeck, DECK_OBJECTIVES } from './deck';
import { dropFile, type EditorSetup, editorSetupAsAdmin, pageShot, storedPlan } from './support';

describe('a PowerPoint deck through the import page', () => {
  let browser: Browser;
  let setup: EditorSetup;
  beforeAll(async () => {
    browser = await launch();
    setup = await editorSetupAsAdmin(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reads the map slide and the scorecard table, takes up the parent theme and stores the plan', async () => {
    const { context, page, errors } = await newContext(browser, VIEWPORTS.projector);
    await signIn(page, setup.login, setup.password);
    await page.goto('/import');
    await page.getByRole('heading', { name: '匯入策略地圖文件' }).waitFor();
    await dropFile(page, {
      name: '年度策略地圖.pptx',
      mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      buffer: await agencyDeck(setup.agency.name, setup.parentYear),
    });
    const card = page.getByTestId('import-plan');
    await card.waitFor();
    expect(await card.getAttribute('data-org')).toBe(setup.agency.name);
    expect(await card.getAttribute('data-year')).toBe(String(setup.parentYear));
    // The map slide's cards, drawn as the plan page draws them, with the arrow read from the line.
    const map = card.getByTestId('strategy-map');
    await expect.poll(() => map.locator('g.objective').count()).toBe(DECK_OBJECTIVES.length);
    expect(await map.locator('g.objective[data-code="AP1"]').count()).toBe(1);
    const counts = card.getByTestId('import-counts');
    expect(await counts.locator('[data-kind="theme"]').textContent()).toBe('2');
    expect(await counts.locator('[data-kind="kpi"]').textContent()).toBe('2');
    expect(await counts.locator('[data-kind="link"]').textContent()).toBe('1');
    // Findings say the slide they come from.
    const findings = card.getByTestId('import-findings');
    await expect.poll(() => findings.textContent()).toMatch(/投影片 \d/);

    const cascadeA = card.locator('[data-testid="import-cascade"][data-theme="A"]');
    await card.getByText(`可選擇「${setup.parent.name}」${setup.parentYear}年度計畫的策略主題。`).waitFor();
    await cascadeA.click();
    await page.locator('.ant-select-item-option[title="A 閱讀推廣"]').click();
    await expect.poll(() => cascadeA.textContent()).toContain('A 閱讀推廣');
    await card.getByText('新計畫', { exact: true }).waitFor();
    await pageShot(page, 'import-pptx-1920');

    const confirm = page.getByTestId('import-confirm');
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await confirm.click();
    await page.getByTestId('import-result').waitFor();
    const plan = await storedPlan(page, setup.agency.id, setup.parentYear);
    expect(plan.objectives.map((o) => o.code).sort()).toEqual(DECK_OBJECTIVES.map(([code]) => code).sort());
    expect(plan.kpis.map((k) => k.code)).toEqual(['AC1.1', 'BC1.1']);
    expect(plan.themes.find((t) => t.letter === 'A')?.cascadesFrom).toEqual(
      expect.objectContaining({ orgId: setup.parent.id, letter: 'A', year: setup.parentYear }),
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
