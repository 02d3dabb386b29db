import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';

/** Creates an account through the API as the signed-in administrator of `page`; returns its login. */
export async function createAccount(
  page: Page,
  account: { displayName: string; orgId: number; role: 'editor' | 'reporter' | 'viewer'; password: string },
): Promise<string> {
  const login = `e2e-${account.role}-${randomBytes(3).toString('hex')}`;
  await postAs(page, '/api/users', {
    login,
    displayName: account.displayName,
    orgId: account.orgId,
    password: account.password,
    grants: [{ orgId: account.orgId, role: account.role }],
  });
  return login;
}

/** Writes through the API as the signed-in user of `page`, with the session's CSRF token; the answer's JSON. */
async function writeAs(
  page: Page,
  method: 'post' | 'put' | 'patch',
  path: string,
  data: unknown,
): Promise<unknown> {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((c) => c.name === 'stratmap_csrf')?.value ?? '';
  const response = await page.request[method](path, {
    headers: { 'x-csrf-token': decodeURIComponent(csrf) },
    data,
  });
  if (!response.ok())
    throw new Error(`${method.toUpperCase()} ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

export const postAs = (page: Page, path: string, data: unknown) => writeAs(page, 'post', path, data);
export const putAs = (page: Page, path: string, data: unknown) => writeAs(page, 'put', path, data);
export const patchAs = (page: Page, path: string, data: unknown) => writeAs(page, 'patch', path, data);

/** The id of an organisation by its name, as the signed-in user of `page` sees the list. */
export async function orgIdByName(page: Page, name: string): Promise<number> {
  const body = (await (await page.request.get('/api/orgs')).json()) as {
    organizations: { id: number; name: string }[];
  };
  const org = body.organizations.find((o) => o.name === name);
  if (!org) throw new Error(`no organisation named ${name}`);
  return org.id;
}
