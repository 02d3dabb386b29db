import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { createAccount, orgIdByName, postAs } from '../support/accounts';
import { newContext, screenshot, signIn } from '../support/browser';
import { transition } from '../support/plan-fixture';
import { settled } from '../support/wait';

/** The importer finds an organisation by its Chinese name, so fresh names are Chinese too. */
export function freshName(prefix: string, suffix: string): string {
  const stems = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
  const pick = () => stems[randomInt(stems.length)];
  return `${prefix}${pick()}${pick()}${pick()}${pick()}${suffix}`;
}

/**
 * A zoo-like agency text (test/fixtures/import): the organisation's title line, the year, the
 * map with two themes and a scorecard per theme, said of another organisation and year.
 */
export function agencyText(org: string, year: number): Buffer {
  const zoo = readFileSync('test/fixtures/import/zoo-onecell-tab.txt', 'utf8');
  return Buffer.from(zoo.replaceAll('臺北市立動物園', org).replace('113年', `${year}年`), 'utf8');
}

export interface EditorSetup {
  /** A bureau-level organisation with an approved plan of `parentYear`: themes A and B. */
  parent: { id: number; name: string };
  parentYear: number;
  /** Below the parent: where the editor may import. */
  agency: { id: number; name: string };
  /** Another agency: the editor may not write it. */
  other: { id: number; name: string };
  login: string;
  password: string;
}

/**
 * As the administrator signed in on `page`: a parent organisation with an approved plan (so that
 * its themes are readable to the agencies below it), an agency below it with an editor account,
 * and another agency that editor has no rights on.
 */
export async function editorSetup(page: Page): Promise<EditorSetup> {
  const bureauId = await orgIdByName(page, '臺北市政府教育局');
  const create = async (name: string, parentId: number) =>
    ((await postAs(page, '/api/orgs', { name, parentId })) as { id: number }).id;
  const parentName = freshName('臺北市', '文化中心');
  const parentId = await create(parentName, bureauId);
  const parentYear = 111;
  const plan = (await postAs(page, '/api/plans', {
    orgId: parentId,
    year: parentYear,
    mission: '推廣文化',
  })) as {
    id: number;
  };
  await postAs(page, `/api/plans/${plan.id}/themes`, { letter: 'A', name: '閱讀推廣' });
  await postAs(page, `/api/plans/${plan.id}/themes`, { letter: 'B', name: '數位服務' });
  await postAs(page, `/api/plans/${plan.id}/objectives`, { code: 'BC1', name: '擴大數位借閱' });
  await transition(page, plan.id, 'submit');
  await transition(page, plan.id, 'approve');
  const agencyName = freshName('臺北市立', '測試館');
  const agencyId = await create(agencyName, parentId);
  const otherName = freshName('臺北市立', '他館');
  const otherId = await create(otherName, bureauId);
  const password = 'import-editor-e2e-1';
  const login = await createAccount(page, {
    displayName: '測試館研考人員',
    orgId: agencyId,
    role: 'editor',
    password,
  });
  return {
    parent: { id: parentId, name: parentName },
    parentYear,
    agency: { id: agencyId, name: agencyName },
    other: { id: otherId, name: otherName },
    login,
    password,
  };
}

/** `editorSetup` done by the administrator in a browser context of its own. */
export async function editorSetupAsAdmin(browser: Browser): Promise<EditorSetup> {
  const admin = await newContext(browser);
  await signIn(admin.page);
  const setup = await editorSetup(admin.page);
  await admin.context.close();
  return setup;
}

/**
 * Drops a file on the import page's drop zone the way a browser does: a drop event whose
 * DataTransfer holds the file (the file input is the click-to-pick way).
 */
export async function dropFile(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, mimeType, base64 }) => {
      // Runs in the page; typed without the DOM library, which the e2e code does not load.
      const g = globalThis as unknown as {
        atob(s: string): string;
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
      };
      const bytes = Uint8Array.from(g.atob(base64), (c) => c.charCodeAt(0));
      const transfer = new g.DataTransfer();
      transfer.items.add(new g.File([bytes], name, { type: mimeType }));
      return transfer;
    },
    { name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') },
  );
  await page.locator('.ant-upload-drag .ant-upload-btn').dispatchEvent('drop', { dataTransfer });
}

/** A stored plan of an organisation and year, as the signed-in user of `page` reads it. */
export async function storedPlan(
  page: Page,
  orgId: number,
  year: number,
): Promise<{
  id: number;
  themes: { letter: string; cascadesFrom: { orgId: number; letter: string; year: number | null } | null }[];
  objectives: { code: string }[];
  kpis: { code: string }[];
}> {
  const list = (await (await page.request.get(`/api/plans?orgId=${orgId}&year=${year}`)).json()) as {
    plans: { id: number }[];
  };
  const summary = list.plans[0];
  if (!summary) throw new Error(`no plan of organisation ${orgId} for ${year}`);
  return (await page.request.get(`/api/plans/${summary.id}`)).json();
}

/** Picks an organisation in one of the page's organisation trees (searching for it first). */
export async function pickOrg(page: Page, testId: string, name: string): Promise<void> {
  const select = page.getByTestId(testId);
  await select.click();
  await select.locator('input').fill(name.slice(-5));
  await page.locator(`.ant-select-tree-node-content-wrapper[title="${name}"]`).click();
}

/**
 * A full-page screenshot from the top: the header is sticky, so a page scrolled down by a click
 * would show it across the middle of the picture.
 */
export async function pageShot(page: Page, name: string): Promise<void> {
  await page.evaluate(() =>
    (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
  );
  await settled(page);
  await screenshot(page, name);
}

/**
 * How far the page's main content is wider than its box (≤ 0: nothing of the page runs off to
 * the side; tables and the map scroll inside their own boxes). The header is the shell's.
 */
export async function contentOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    // Runs in the page; typed without the DOM library, which the e2e code does not load.
    const g = globalThis as unknown as {
      document: { getElementById(id: string): { scrollWidth: number; clientWidth: number } | null };
    };
    const main = g.document.getElementById('main');
    return main ? main.scrollWidth - main.clientWidth : Number.POSITIVE_INFINITY;
  });
}
