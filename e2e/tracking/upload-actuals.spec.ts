import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, orgIdByName, putAs } from '../support/accounts';
import { launch, newContext, screenshot, signIn, VIEWPORTS } from '../support/browser';
import { createTrackedAgency } from './support';

const csv = (rows: string[][]) => Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`);

async function lightOf(page: Page, code: string): Promise<string | null> {
  const row = page.getByTestId('actuals-grid').locator('tr[data-row-key]', {
    has: page.getByText(code, { exact: true }),
  });
  const tag = row.locator('[data-light]');
  return (await tag.count()) ? await tag.getAttribute('data-light') : null;
}

describe('uploading actuals', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists every wrong row of a file and stores nothing, then stores a good one and the lights change', async () => {
    const admin = await newContext(browser);
    await signIn(admin.page);
    const { orgName, planId } = await createTrackedAgency(admin.page);
    await putAs(admin.page, `/api/plans/${planId}/targets`, {
      targets: [
        { kpi: 'AC1.1', period: '110', value: 1000 },
        { kpi: 'AP1.2', period: '110', value: 90 },
      ],
    });
    const orgId = await orgIdByName(admin.page, orgName);
    const login = await createAccount(admin.page, {
      displayName: '填報者',
      orgId,
      role: 'reporter',
      password: 'reporter-password-1',
    });
    await admin.context.close();

    const { context, page, errors } = await newContext(browser, VIEWPORTS.laptop);
    await signIn(page, login, 'reporter-password-1');
    await page.goto(`/plans/${planId}/tracking?period=110Q1`);
    // Before the upload the quarter has no lights.
    await page.getByTestId('actuals-grid').waitFor();
    await expect.poll(() => lightOf(page, 'AC1.1')).toBe('none');
    await page.getByRole('link', { name: '上傳實績' }).click();
    await page.waitForURL(/\/tracking\/upload\?period=110Q1/);

    // The template lists the plan's KPIs for the period, with the formula's input columns.
    const download = page.waitForEvent('download');
    await page.getByTestId('template-xlsx').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${orgName}-110Q1-實績填報.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path()) as string);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual(
      expect.arrayContaining(['指標代碼', '實績值', '即時上架冊數', '新進冊數']),
    );
    expect(sheet.getColumn(1).values.slice(2)).toEqual(['AC1.1', 'AC1.2', 'AP1.1', 'AP1.2', 'AC1.3']);

    const input = page.locator('input[type=file]');
    const heading = ['指標代碼', '期別', '實績值', '即時上架冊數', '新進冊數', '未達原因', '改善措施'];
    await input.setInputFiles({
      name: '第一季實績.csv',
      mimeType: 'text/csv',
      buffer: csv([
        heading,
        ['AC1.1', '110Q1', '九十', '', '', '', ''],
        ['XX9.9', '110Q1', '5', '', '', '', ''],
        ['AC1.3', '109Q4', '300', '', '', '', ''],
        ['AP1.2', '110Q1', '', '19', '20', '', ''],
      ]),
    });
    const table = page.getByTestId('upload-error-table');
    await table.waitFor();
    expect(await page.getByTestId('upload-errors').textContent()).toContain('沒有儲存任何資料');
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows).toEqual([
      expect.stringMatching(/第 2 列.*實績值.*「九十」不是數字。/),
      expect.stringMatching(/第 3 列.*指標代碼.*本計畫沒有指標代碼「XX9\.9」/),
      expect.stringMatching(/第 4 列.*期別.*期別「109Q4」與本次上傳的期別（110Q1）不同。/),
    ]);
    const actuals = async () =>
      ((await (await page.request.get(`/api/plans/${planId}/results`)).json()) as { actuals: unknown[] })
        .actuals;
    expect(await actuals()).toEqual([]);
    await screenshot(page, 'upload-errors-1280');

    // A file that is no sheet at all, named as one (a PDF saved as .xlsx), is said in zh-TW too.
    await input.setInputFiles({
      name: '第一季實績.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'),
    });
    const failed = page.getByTestId('upload-failed');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('無法讀取「第一季實績.xlsx」，沒有儲存任何資料。');
    expect(await page.getByTestId('upload-failed-reason').textContent()).toBe(
      '這是 PDF 檔，不是試算表。請上傳數據來源的 Excel 檔（.xlsx）或 CSV。',
    );
    // Said in the user's language, the server's English is not shown beside it.
    expect(await failed.textContent()).not.toContain('PDF file');
    expect(await actuals()).toEqual([]);
    await screenshot(page, 'upload-file-error-1280');

    // A red result without its explanation is refused too, in zh-TW, row by row.
    await input.setInputFiles({
      name: '第一季實績.csv',
      mimeType: 'text/csv',
      buffer: csv([heading, ['AC1.1', '110Q1', '600', '', '', '', '']]),
    });
    await page.getByText('AC1.1 110Q1 為紅燈，請填寫改善措施。').waitFor();
    expect(await actuals()).toEqual([]);

    await input.setInputFiles({
      name: '第一季實績.csv',
      mimeType: 'text/csv',
      buffer: csv([
        heading,
        ['AC1.1', '110Q1', '600', '', '', '暑期前活動較少', '第二季起增加巡迴場次'],
        ['AC1.2', '', '', '', '', '', ''],
        ['AP1.2', '', '', '19', '20', '', ''],
      ]),
    });
    const result = page.getByTestId('upload-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('已從「第一季實績.csv」儲存 2 筆實績。');
    expect(await result.textContent()).toContain('1 列未填寫實績，已略過。');
    expect(await actuals()).toHaveLength(2);
    await screenshot(page, 'upload-done-1280');

    await page.getByRole('link', { name: '填報實績' }).click();
    await expect.poll(() => lightOf(page, 'AC1.1')).toBe('red');
    await expect.poll(() => lightOf(page, 'AP1.2')).toBe('green');
    // The refused uploads are the 400s the browser logs.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await context.close();

    const wide = await newContext(browser, VIEWPORTS.projector);
    await signIn(wide.page, login, 'reporter-password-1');
    await wide.page.goto(`/plans/${planId}/tracking/upload?period=110Q1`);
    await wide.page.getByTestId('template-xlsx').waitFor();
    await screenshot(wide.page, 'upload-1920');
    await wide.context.close();
  });
});
