import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postAs, putAs } from '../support/accounts';
import { launch, newContext, screenshot, signIn, VIEWPORTS } from '../support/browser';
import { createDraftPlan } from '../support/plan-fixture';
import { settled } from '../support/wait';

const SAVE = /儲\s*存/;

async function openKpi(page: Page, planId: number, code: string): Promise<Locator> {
  await page.goto(`/plans/${planId}/scorecards`);
  await page.getByRole('button', { name: `編修KPI ${code}` }).click();
  const dialog = page.getByRole('dialog', { name: `編修KPI ${code}` });
  await dialog.getByTestId('kpi-scoring').waitFor();
  return dialog;
}

/** Screenshots show dialogs and drawers where they end up, not half-way through appearing. */
async function shot(page: Page, name: string): Promise<void> {
  await settled(page);
  await screenshot(page, name);
}

/** The form item holding the control labelled `label`, to read the message shown at it. */
const itemOf = (dialog: Locator, page: Page, label: string) =>
  dialog.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) });

/** The light of a KPI's row in the 110 entry grid, opened afresh. */
async function lightOf(page: Page, planId: number, code: string): Promise<Locator> {
  await page.goto(`/plans/${planId}/tracking?period=110`);
  const row = page.getByTestId('actuals-grid').locator('tr', { has: page.getByText(code, { exact: true }) });
  return row.locator('[data-light]');
}

async function kpiOf(page: Page, planId: number, code: string) {
  const plan = (await (await page.request.get(`/api/plans/${planId}`)).json()) as {
    kpis: { code: string; polarity: string; frequency: string | null; stages: unknown[] }[];
    objectives: { code: string; weight: number }[];
  };
  return { kpi: plan.kpis.find((k) => k.code === code), plan };
}

describe('KPI scoring fields in the element form', () => {
  let browser: Browser;
  let planId: number;
  beforeAll(async () => {
    browser = await launch();
    const { context, page } = await newContext(browser);
    await signIn(page);
    planId = (await createDraftPlan(page)).planId;
    // A count where fewer is better, scored 80 against a target of 100.
    await postAs(page, `/api/plans/${planId}/kpis`, { code: 'AC1.2', name: '路燈故障通報件數', unit: '件' });
    await putAs(page, `/api/plans/${planId}/targets`, {
      targets: [{ kpi: 'AC1.2', period: '110', value: 100 }],
    });
    await putAs(page, `/api/plans/${planId}/actuals`, {
      actuals: [{ kpi: 'AC1.2', period: '110', value: 80 }],
    });
    await context.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('turning a KPI to 越低越好 flips its light, and readers see the direction in the drawer', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    // Higher is better by default: 80 of 100 is 80 %, yellow.
    const before = await lightOf(page, planId, 'AC1.2');
    await expect.poll(() => before.getAttribute('data-light')).toBe('yellow');

    const dialog = await openKpi(page, planId, 'AC1.2');
    await dialog.getByText('越低越好', { exact: true }).click();
    await dialog.getByText('達成率＝2－實際值÷目標值', { exact: false }).waitFor();
    await shot(page, 'kpi-form-lower-1280');
    await dialog.getByRole('button', { name: SAVE }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await kpiOf(page, planId, 'AC1.2')).kpi?.polarity).toBe('lower');

    // 2 − 80/100 = 120 %: green.
    const after = await lightOf(page, planId, 'AC1.2');
    await expect.poll(() => after.getAttribute('data-light')).toBe('green');

    await page.goto(`/plans/${planId}/map?objective=AC1`);
    const kpi = page.getByTestId('drawer-kpi').filter({ hasText: 'AC1.2' });
    const tags = kpi.getByTestId('kpi-scoring-tags');
    await tags.waitFor();
    expect(await tags.textContent()).toContain('越低越好');
    expect(await tags.textContent()).toContain('每年填報');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sets milestone stages (added, reordered) and a frequency; they persist after a reload', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    let dialog = await openKpi(page, planId, 'AC1.1');

    // The formula is checked as it is typed: its variables, or where it goes wrong.
    const formula = dialog.getByLabel('計算公式');
    await formula.fill('（實支數÷預算數）×100％（單位：%）');
    await dialog.getByTestId('formula-check').waitFor();
    await expect
      .poll(() => dialog.getByTestId('formula-variable').allTextContents())
      .toEqual(['實支數', '預算數']);
    await formula.fill('實支數=預算數');
    await expect.poll(() => dialog.getByTestId('formula-problem').textContent()).toContain('「=」');
    await shot(page, 'kpi-form-formula-problem-1280');
    // Saving it is allowed after a warning; here the user goes back and fixes it.
    await dialog.getByRole('button', { name: SAVE }).click();
    await page.getByRole('button', { name: '返回修改' }).click();
    await formula.fill('實支數÷預算數×100%');
    await dialog.getByTestId('formula-check').waitFor();

    await dialog.getByText('里程碑', { exact: true }).click();
    await dialog.getByTestId('stages-empty').waitFor();
    await dialog.getByLabel('填報頻率').click();
    await page.locator('.ant-select-item-option', { hasText: /^季$/ }).click();
    const add = dialog.getByTestId('stage-add');
    const typed = [
      ['完工', '75'],
      ['招標', '25'],
      ['啟用', '100'],
    ] as const;
    for (const [index, [name, percent]] of typed.entries()) {
      await add.click();
      // The row the click added, once it is there.
      await dialog.getByLabel(`第 ${index + 1} 階段名稱`).fill(name);
      await dialog.getByLabel(`第 ${index + 1} 階段完成百分比`).fill(percent);
    }
    await dialog.getByRole('button', { name: '第 2 階段上移' }).click();
    await expect.poll(() => dialog.getByLabel('第 1 階段名稱').inputValue()).toBe('招標');
    await shot(page, 'kpi-form-milestone-1280');
    await dialog.getByRole('button', { name: SAVE }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.reload();
    await page.getByRole('button', { name: '編修KPI AC1.1' }).click();
    dialog = page.getByRole('dialog', { name: '編修KPI AC1.1' });
    await dialog.getByTestId('stages-editor').waitFor();
    const names = [1, 2, 3].map((n) => dialog.getByLabel(`第 ${n} 階段名稱`).inputValue());
    expect(await Promise.all(names)).toEqual(['招標', '完工', '啟用']);
    expect(await dialog.getByLabel('第 3 階段完成百分比').inputValue()).toBe('100');
    expect(await dialog.getByLabel('計算公式').inputValue()).toBe('實支數÷預算數×100%');
    const { kpi } = await kpiOf(page, planId, 'AC1.1');
    expect(kpi).toMatchObject({ polarity: 'milestone', frequency: 'quarter' });
    expect(kpi?.stages).toEqual([
      { name: '招標', percent: 25 },
      { name: '完工', percent: 75 },
      { name: '啟用', percent: 100 },
    ]);

    await page.goto(`/plans/${planId}/map?objective=AC1`);
    const stages = page.getByTestId('drawer-kpi').filter({ hasText: 'AC1.1' }).getByTestId('kpi-stages');
    await stages.waitFor();
    expect(await stages.textContent()).toContain('招標 25%・完工 75%・啟用 100%');
    await shot(page, 'kpi-drawer-scoring-1280');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says at the stage what is wrong with it, the form’s own check and the API’s alike', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    const dialog = await openKpi(page, planId, 'AC1.1');
    await dialog.getByTestId('stages-editor').waitFor();
    await dialog.getByLabel('第 1 階段完成百分比').fill('150');
    await dialog.getByRole('button', { name: SAVE }).click();
    const percent = itemOf(dialog, page, '第 1 階段完成百分比');
    await percent.locator('.ant-form-item-explain-error', { hasText: '百分比須為 0～100' }).waitFor();
    await shot(page, 'kpi-form-stage-error-1280');

    // A refusal the form did not foresee (as from an older copy of the page) lands at its field too.
    await page.route(`**/api/plans/${planId}/kpis/*`, async (route) => {
      if (route.request().method() !== 'PATCH') return route.continue();
      const body = route.request().postDataJSON() as { stages?: { percent: number }[] };
      if (body.stages?.[1]) body.stages[1].percent = 150;
      await route.continue({ postData: JSON.stringify(body) });
    });
    await dialog.getByLabel('第 1 階段完成百分比').fill('25');
    await dialog.getByRole('button', { name: SAVE }).click();
    const second = itemOf(dialog, page, '第 2 階段完成百分比');
    await second.locator('.ant-form-item-explain-error').waitFor();
    expect(await second.locator('.ant-form-item-explain-error').textContent()).toContain('stage percent');
    // Shown at the field, so not repeated in the list above the form.
    expect(await dialog.locator('.field-issues').count()).toBe(0);
    await shot(page, 'kpi-form-api-error-1280');
    await page.unroute(`**/api/plans/${planId}/kpis/*`);
    expect((await kpiOf(page, planId, 'AC1.1')).kpi?.stages).toHaveLength(3);
    // The one 400 is the refusal provoked above, which the browser logs.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await context.close();
  });

  it('gives an objective a weight (0 leaves it out) that persists', async () => {
    const { context, page, errors } = await newContext(browser, VIEWPORTS.projector);
    await signIn(page);
    await page.goto(`/plans/${planId}/scorecards`);
    await page.getByRole('button', { name: '編修策略目標 AP1' }).click();
    const dialog = page.getByRole('dialog', { name: '編修策略目標 AP1' });
    const weight = dialog.getByLabel('權重');
    expect(await weight.inputValue()).toBe('1');
    await weight.fill('-1');
    await dialog.getByRole('button', { name: SAVE }).click();
    await itemOf(dialog, page, '權重').getByText('權重不可為負數').waitFor();
    await weight.fill('0');
    await dialog.getByRole('button', { name: SAVE }).click();
    await dialog.waitFor({ state: 'hidden' });
    const { plan } = await kpiOf(page, planId, 'AC1.1');
    expect(plan.objectives.find((o) => o.code === 'AP1')?.weight).toBe(0);

    await openKpi(page, planId, 'AC1.1');
    await shot(page, 'kpi-form-milestone-1920');
    expect(errors).toEqual([]);
    await context.close();
  });
});
