import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, orgIdByName, postAs } from '../support/accounts';
import { launch, newContext, signIn, VIEWPORTS } from '../support/browser';
import { everythingLoaded } from '../support/wait';
import {
  agencyText,
  contentOverflow,
  dropFile,
  type EditorSetup,
  editorSetupAsAdmin,
  freshName,
  pageShot,
  pickOrg,
  storedPlan,
} from './support';

/** Statuses a refusal test provokes on purpose; the browser logs each failed request. */
const EXPECTED_REFUSALS = /status of (400|403|409|413)/;

const NOT_FOUND_PAGE = '找不到此頁面';

describe('an agency editor imports a document', () => {
  let browser: Browser;
  let setup: EditorSetup;
  beforeAll(async () => {
    browser = await launch();
    setup = await editorSetupAsAdmin(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const asEditor = async (viewport: { width: number; height: number } = VIEWPORTS.laptop) => {
    const session = await newContext(browser, viewport);
    await signIn(session.page, setup.login, setup.password);
    return session;
  };

  const openImport = async (page: Page) => {
    await page.getByRole('link', { name: '匯入文件' }).click();
    await page.getByRole('heading', { name: '匯入策略地圖文件' }).waitFor();
  };

  it('finds the page on a first visit: no 404, no 403', async () => {
    const { context, page, errors } = await asEditor();
    await openImport(page);
    await everythingLoaded(page);
    expect(await page.getByText(NOT_FOUND_PAGE).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    // The drop zone is a keyboard control: Tab reaches it, Enter opens the file picker.
    const zone = page.locator('.ant-upload-drag .ant-upload-btn');
    expect(await zone.getAttribute('role')).toBe('button');
    expect(await zone.getAttribute('tabindex')).toBe('0');
    const chooser = page.waitForEvent('filechooser');
    await zone.focus();
    await page.keyboard.press('Enter');
    await chooser;
    expect(await page.locator('.import-upload').textContent()).toContain('PowerPoint（.pptx）');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('drops a text document, sees its map and findings, moves it to another year, picks the parent theme and stores it', async () => {
    const { context, page, errors } = await asEditor();
    await openImport(page);
    await dropFile(page, {
      name: 'agency.txt',
      mimeType: 'text/plain',
      buffer: agencyText(setup.agency.name, 110),
    });
    const card = page.getByTestId('import-plan');
    await card.waitFor();
    expect(await card.getAttribute('data-org')).toBe(setup.agency.name);
    // The map as the plan page draws it, beside the findings with their lines.
    const map = card.getByTestId('strategy-map');
    await expect.poll(() => map.locator('g.objective').count()).toBe(7);
    const findings = card.getByTestId('import-findings');
    expect(await findings.textContent()).toContain('BL1');
    expect(await card.getByTestId('import-counts').textContent()).toMatch(/策略主題\s*2.*策略目標\s*7/);
    // A finding's code marks its objective on the map.
    await findings.getByRole('button', { name: 'BL1' }).click();
    await map.locator('g.objective.highlighted[data-code="BL1"]').waitFor();
    // Stored as a new plan of the editor's organisation, so far for the year the document says.
    await card.getByText('新計畫', { exact: true }).waitFor();

    const year = card.getByLabel('年度（民國）');
    await year.fill(String(setup.parentYear));
    await year.press('Tab');
    await page
      .getByTestId('import-plan')
      .and(page.locator(`[data-year="${setup.parentYear}"]`))
      .waitFor();
    // The parent's approved plan of that year offers its themes: theme A takes up B.
    await card.getByText(`可選擇「${setup.parent.name}」${setup.parentYear}年度計畫的策略主題。`).waitFor();
    const cascadeA = card.locator('[data-testid="import-cascade"][data-theme="A"]');
    await cascadeA.click();
    await page.locator('.ant-select-item-option[title="B 數位服務"]').click();
    await expect.poll(() => cascadeA.textContent()).toContain('B 數位服務');
    await card.getByText('新計畫', { exact: true }).waitFor();
    await pageShot(page, 'import-editor-preview-1280');
    for (const [name, viewport] of [
      ['390', { width: 390, height: 844 }],
      ['1920', VIEWPORTS.projector],
    ] as const) {
      await page.setViewportSize(viewport);
      await expect.poll(() => contentOverflow(page)).toBeLessThanOrEqual(0);
      await pageShot(page, `import-editor-preview-${name}`);
    }
    await page.setViewportSize(VIEWPORTS.laptop);

    const confirm = page.getByTestId('import-confirm');
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await confirm.click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('已新增');
    const plan = await storedPlan(page, setup.agency.id, setup.parentYear);
    expect(plan.objectives).toHaveLength(7);
    expect(plan.themes.find((t) => t.letter === 'A')?.cascadesFrom).toEqual(
      expect.objectContaining({ orgId: setup.parent.id, letter: 'B', year: setup.parentYear }),
    );
    expect(plan.themes.find((t) => t.letter === 'B')?.cascadesFrom ?? null).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves out the parent’s map a document carries, so a bureau’s editor can import their own plan', async () => {
    // The city's map quoted on a bureau's first pages comes back as the city's plan: sending it
    // along made every import of such a document a 403 for a bureau's editor.
    const admin = await newContext(browser);
    await signIn(admin.page);
    const bureau = freshName('臺北市政府', '局');
    const cityId = await orgIdByName(admin.page, '臺北市政府');
    const { id: bureauId } = (await postAs(admin.page, '/api/orgs', { name: bureau, parentId: cityId })) as {
      id: number;
    };
    const login = await createAccount(admin.page, {
      displayName: '局研考人員',
      orgId: bureauId,
      role: 'editor',
      password: setup.password,
    });
    await admin.context.close();
    const text = readFileSync('test/fixtures/import/headers-between-sections.txt', 'utf8')
      .replaceAll('臺北市政府衛生局', bureau)
      .replaceAll('衛生局', bureau.slice('臺北市政府'.length));

    const { context, page, errors } = await newContext(browser);
    await signIn(page, login, setup.password);
    await openImport(page);
    await page.locator('.import-upload input[type=file]').setInputFiles({
      name: 'bureau.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(text, 'utf8'),
    });
    const own = page.locator(`[data-testid="import-plan"][data-org="${bureau}"]`);
    const city = page.locator('[data-testid="import-plan"][data-org="臺北市政府"]');
    await own.getByText('新計畫', { exact: true }).waitFor();
    await city.getByText('不匯入', { exact: true }).waitFor();
    expect(await city.getByTestId('import-include').isChecked()).toBe(false);
    expect(await page.locator('.import-confirm').getByTestId('import-refusal').count()).toBe(0);
    await page.getByTestId('import-confirm').click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain(bureau);
    expect(await result.textContent()).not.toContain('臺北市政府 110');
    expect((await storedPlan(page, bureauId, 110)).objectives).toHaveLength(6);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks English when switched', async () => {
    const { context, page, errors } = await asEditor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Import a strategy-map document' }).waitFor();
    await page.locator('.import-upload input[type=file]').setInputFiles({
      name: 'agency.txt',
      mimeType: 'text/plain',
      buffer: agencyText(setup.agency.name, 114),
    });
    const card = page.getByTestId('import-plan');
    await card.getByText('New plan', { exact: true }).waitFor();
    for (const label of [
      'Import into organisation',
      'Year (ROC)',
      'Parent theme each theme takes up',
      'What was read',
    ])
      await card.getByText(label, { exact: true }).waitFor();
    expect(await page.locator('.import-confirm').textContent()).toContain('Import');
    await pageShot(page, 'import-editor-en-1280');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says beside the drop zone why a file cannot be read: a PDF named .txt, an empty file', async () => {
    const { context, page, errors } = await asEditor();
    await openImport(page);
    const input = page.locator('.import-upload input[type=file]');
    await input.setInputFiles({
      name: 'plan.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1'),
    });
    const refusal = page.locator('.import-upload').getByTestId('import-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('plan.txt');
    expect(await refusal.textContent()).toContain('無法讀取此文件');
    await pageShot(page, 'import-refused-pdf-1280');

    await input.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await expect.poll(() => refusal.textContent()).toContain('empty.txt');
    expect(await page.getByText(NOT_FOUND_PAGE).count()).toBe(0);
    expect(errors.filter((e) => !EXPECTED_REFUSALS.test(e))).toEqual([]);
    await context.close();
  });

  it('asks for the organisation a document does not name, and reads it again with it', async () => {
    const { context, page, errors } = await asEditor();
    await openImport(page);
    const untitled = agencyText('', 113).toString('utf8').split('\n').slice(1).join('\n');
    await page.locator('.import-upload input[type=file]').setInputFiles({
      name: 'untitled.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(untitled, 'utf8'),
    });
    const refusal = page.locator('.import-upload').getByTestId('import-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('文件未說明是哪個機關的計畫');
    await pickOrg(page, 'import-hint-org', setup.agency.name);
    await page.getByRole('button', { name: '以此機關與年度重新讀取' }).click();
    const card = page.getByTestId('import-plan');
    await card.waitFor();
    expect(await card.getAttribute('data-org')).toBe(setup.agency.name);
    expect(await card.getAttribute('data-year')).toBe('113');
    expect(errors.filter((e) => !EXPECTED_REFUSALS.test(e))).toEqual([]);
    await context.close();
  });

  it('refuses another organisation’s document beside the button (403), then imports it as their own', async () => {
    const { context, page, errors } = await asEditor();
    await openImport(page);
    await page.locator('.import-upload input[type=file]').setInputFiles({
      name: 'other.txt',
      mimeType: 'text/plain',
      buffer: agencyText(setup.other.name, 112),
    });
    const card = page.getByTestId('import-plan');
    await card.waitFor();
    // The page already knows the editor may not write that organisation …
    await card.getByText(`您沒有「${setup.other.name}」的編修權限，請改選您可編修的機關。`).waitFor();
    // … and the server says so next to the button, which stays disabled.
    const bar = page.locator('.import-confirm');
    const refusal = bar.getByTestId('import-refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-status')).toBe('403');
    expect(await refusal.textContent()).toContain(`您沒有權限匯入「${setup.other.name}」的計畫`);
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);
    expect(await page.getByText(NOT_FOUND_PAGE).count()).toBe(0);
    await pageShot(page, 'import-refused-403-1280');

    // Their own organisation instead: the refusal goes, the import goes through.
    await pickOrg(page, 'import-org', setup.agency.name);
    await card.getByText('新計畫', { exact: true }).waitFor();
    await expect.poll(() => bar.getByTestId('import-refusal').count()).toBe(0);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').waitFor();
    const plan = await storedPlan(page, setup.agency.id, 112);
    expect(plan.objectives).toHaveLength(7);
    expect(errors.filter((e) => !EXPECTED_REFUSALS.test(e))).toEqual([]);
    await context.close();
  });
});
