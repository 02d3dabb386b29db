import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPeriod, lastCompletedPeriod } from '../../src/domain/periods';
import { zhTW } from '../../web/src/i18n/zh-TW';
import { horizontalOverflow } from '../dashboards/helpers';
import { createAccount, orgIdByName, postAs } from '../support/accounts';
import { launch, newContext, screenshot, signIn, VIEWPORTS } from '../support/browser';
import { settled } from '../support/wait';
import { createTrackedAgency } from '../tracking/support';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

const SEPARATORS = /[\s，。、：；（）「」『』()0-9a-zA-Z%/.,:;!?…\-–—～~]+/;

/**
 * The Chinese runs of every zh-TW string of the UI: plain strings as they are, messages built by
 * functions cut where their arguments go (`${y}年度` → 年度). A label of an English page whose
 * Chinese run is one of them was left untranslated; plan content (a name or unit in Chinese) is
 * fine, and compared run by run it does not match a word of a dictionary sentence by accident.
 */
function chineseChrome(): Set<string> {
  const runs = new Set<string>();
  for (const value of Object.values(zhTW) as unknown[]) {
    let text: string;
    if (typeof value === 'string') text = value;
    else if (typeof value === 'function') {
      try {
        text = String(value('X', 'X', 'X', 'X'));
      } catch {
        continue;
      }
    } else continue;
    for (const run of text.split(SEPARATORS)) if (CJK.test(run)) runs.add(run);
  }
  return runs;
}
const CHROME_RUNS = chineseChrome();

/** Elements the app labels itself: headings, tabs, buttons, column headers, form labels, menus. */
const CHROME = [
  'h1',
  'h2',
  'h3',
  'h4',
  '.ant-card-head-title',
  '.ant-tabs-tab',
  'nav a',
  'button',
  'th',
  'label',
  '.ant-form-item-label',
  '.ant-segmented-item-label',
  '.ant-empty-description',
  '.ant-alert-title',
  '.ant-alert-description',
  '.ant-modal-title',
  '.ant-drawer-title',
  '.ant-tag',
  '.ant-statistic-title',
  '.ant-select-selection-item',
  '.ant-typography-secondary',
].join(',');

/**
 * Texts of the page's own labels still holding a zh-TW string of the dictionaries, once the
 * plan content the test made (names, units, stages in Chinese) is taken out.
 */
async function untranslated(page: Page, content: readonly string[]): Promise<string[]> {
  const texts = await page.locator(CHROME).evaluateAll((elements) =>
    elements
      // The language switch names the other language in that language (中文) on purpose.
      .filter(
        (e) => !(e as unknown as { closest(s: string): unknown }).closest('[data-testid="language-switch"]'),
      )
      .filter((e) => (e as unknown as { offsetParent: unknown }).offsetParent !== null)
      .map((e) => (e as unknown as { innerText: string }).innerText.trim()),
  );
  const left = (text: string) => content.reduce((x, c) => x.split(c).join(' '), text);
  if (process.env.ENGLISH_PAGES_DEBUG) console.log(texts.filter((x) => CJK.test(left(x))).join('\n'));
  return [
    ...new Set(
      texts.filter((x) =>
        left(x)
          .split(SEPARATORS)
          .some((run) => CHROME_RUNS.has(run)),
      ),
    ),
  ];
}

/** Every Chinese string in an API answer: the plan content a page may show as it is. */
async function contentOf(page: Page, path: string): Promise<string[]> {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string' && CJK.test(v)) found.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(await (await page.request.get(path)).json());
  // Longest first, so a name is taken out before a shorter name inside it.
  return [...found].sort((a, b) => b.length - a.length);
}

/**
 * Checks the page as it stands at 1280×800 and on a 1920×1080 projector: no dictionary string
 * left in Chinese, nothing running off to the side; a full-page picture of each.
 */
async function review(page: Page, name: string, content: readonly string[] = []): Promise<void> {
  for (const [size, viewport] of [
    ['1280', VIEWPORTS.laptop],
    ['1920', VIEWPORTS.projector],
  ] as const) {
    await page.setViewportSize(viewport);
    await settled(page);
    // Soft: one run lists every page and size that is wrong, not only the first.
    expect.soft(await untranslated(page, content), `zh-TW labels on ${name} at ${size}`).toEqual([]);
    expect
      .soft(await horizontalOverflow(page), `${name} at ${size} runs off to the side`)
      .toBeLessThanOrEqual(0);
    await screenshot(page, `en-${name}-${size}`);
  }
  await page.setViewportSize(VIEWPORTS.laptop);
}

describe('the newer pages in English', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('label everything in English and fit 1280 and 1920 without running off to the side', async () => {
    // The quarter just ended, so the reporter's inbox has something due whenever the suite runs.
    const due = lastCompletedPeriod('quarter', new Date());
    const quarter = formatPeriod(due);
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    const { orgName, planId, earlierId } = await createTrackedAgency(page, due.year, {
      targets: [
        { kpi: 'AC1.1', period: String(due.year), value: 1200 },
        { kpi: 'AC1.2', period: String(due.year), min: 80, max: 90 },
        { kpi: 'AP1.1', period: String(due.year), stage: '啟用' },
        { kpi: 'AP1.2', period: String(due.year), value: 90 },
      ],
      actuals: [
        { kpi: 'AC1.2', period: String(due.year), value: 86 },
        { kpi: 'AP1.2', period: quarter, value: 45 },
      ],
    });
    await postAs(page, `/api/plans/${planId}/ksfs`, { objective: 'AC1', code: 'AC1', name: '擴大閱讀推廣' });
    const orgId = await orgIdByName(page, orgName);
    const content = [
      ...(await contentOf(page, `/api/plans/${planId}`)),
      ...(await contentOf(page, `/api/plans/${earlierId}`)),
    ];
    const password = 'reporter-password-english-1';
    const reporter = await createAccount(page, {
      displayName: '英文填報員',
      orgId,
      role: 'reporter',
      password,
    });

    await page.goto(`/plans/${planId}`);
    await page.getByTestId('language-switch').click();
    await page.getByRole('link', { name: 'Strategy map' }).waitFor();

    // Plan overview with the scoring settings card, then its dialog.
    await page.getByTestId('scoring-card').waitFor();
    await review(page, 'overview', content);
    await page.getByTestId('scoring-edit').click();
    await page.getByTestId('scoring-form').waitFor();
    await review(page, 'scoring-dialog', content);
    await page.keyboard.press('Escape');
    await page.getByTestId('scoring-form').waitFor({ state: 'hidden' });

    // The KPI form with its scoring fields and milestone stages.
    await page.goto(`/plans/${planId}/scorecards`);
    await page.getByRole('button', { name: 'Edit KPI AP1.1' }).click();
    const kpiDialog = page.getByRole('dialog', { name: 'Edit KPI AP1.1' });
    await kpiDialog.getByTestId('stages-editor').waitFor();
    await review(page, 'kpi-form', content);
    await kpiDialog.getByTestId('stages-editor').scrollIntoViewIfNeeded();
    await review(page, 'kpi-form-stages', content);
    await page.keyboard.press('Escape');
    await kpiDialog.waitFor({ state: 'hidden' });

    // The objective drawer with comments per KSF, KPI and action plan, and one comment dialog.
    await page.goto(`/plans/${planId}/map?objective=AC1`);
    const drawer = page.getByTestId('objective-drawer');
    await drawer.getByTestId('drawer-kpi').first().waitFor();
    await review(page, 'objective-drawer', content);
    await drawer.getByRole('button', { name: /^Review comments on KPI AC1\.1/ }).click();
    const commentsDialog = page.getByRole('dialog', { name: /Review comments on KPI AC1\.1/ });
    await commentsDialog.getByText('No review comments.').waitFor();
    await review(page, 'comments-dialog', content);
    await page.keyboard.press('Escape');
    await commentsDialog.waitFor({ state: 'detached' });

    // Tracking: entry, targets and upload views.
    await page.goto(`/plans/${planId}/tracking?period=${quarter}`);
    await page.getByTestId('actuals-grid').waitFor();
    await review(page, 'tracking-entry', content);
    // A milestone KPI reports the stage reached, picked from its stages (AP1.1 reports yearly; the target stage itself is green, so no explanation is asked).
    await page.goto(`/plans/${planId}/tracking?period=${due.year}`);
    await page.getByTestId('actuals-grid').waitFor();
    await page.locator('.ant-select', { has: page.getByLabel('AP1.1 Actual') }).click();
    await page.locator('.ant-select-item-option[title="啟用"]').click();
    await page.getByTestId('actuals-save').click();
    await page.getByText('Saved.').waitFor();
    await expect
      .poll(
        async () => await page.locator('tr[data-row-key="AP1.1"] [data-light]').getAttribute('data-light'),
      )
      .toBe('green');
    await page.getByRole('link', { name: 'Targets', exact: false }).first().click();
    await page.getByTestId('targets-grid').waitFor();
    await review(page, 'tracking-targets', content);
    await page.goto(`/plans/${planId}/tracking/upload?period=${quarter}`);
    await page.getByTestId('template-xlsx').waitFor();
    await review(page, 'tracking-upload', content);

    // Dashboard at the period with results, and the comparison with the year before.
    await page.goto(`/plans/${planId}/dashboard?period=${quarter}`);
    await page.getByTestId('plan-score').waitFor();
    await review(page, 'dashboard', content);
    await page.goto(`/plans/${planId}/compare`);
    await page.getByTestId('compare-total').waitFor();
    await review(page, 'compare', content);

    // City overview and cascade from the sample documents.
    await page.goto('/city');
    await page.getByTestId('city-table').waitFor();
    await review(page, 'city');
    await page.goto('/cascade');
    await page.getByTestId('cascade-theme').first().waitFor();
    await review(page, 'cascade');
    expect(errors).toEqual([]);
    await context.close();

    // The reporter's home page with the updates-due inbox.
    const home = await newContext(browser);
    await signIn(home.page, reporter, password);
    await home.page.getByTestId('language-switch').click();
    await home.page.getByTestId('home-inbox').getByTestId('inbox-plan').first().waitFor();
    await review(home.page, 'home-inbox', content);
    expect(home.errors).toEqual([]);
    await home.context.close();
  });
});
