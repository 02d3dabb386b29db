import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../support/accounts';
import { launch, newContext, screenshot, signIn } from '../support/browser';
import { createDraftPlan, transition } from '../support/plan-fixture';
import { everythingLoaded } from '../support/wait';

const EDIT_BUTTONS = 'button[aria-label^="編修"], button[aria-label^="刪除"], .add-element';

describe('who sees the edit controls', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('hides them from a viewer and from another agency’s editor, and says why a submitted plan is read-only', async () => {
    const admin = await newContext(browser);
    await signIn(admin.page);
    const { planId, orgId: libraryId } = await createDraftPlan(admin.page);
    const { organizations } = (await (await admin.page.request.get('/api/orgs')).json()) as {
      organizations: { id: number; name: string; parentId: number | null }[];
    };
    const ancestors = new Set<number>();
    for (let o = organizations.find((x) => x.id === libraryId); o?.parentId; ) {
      ancestors.add(o.parentId);
      o = organizations.find((x) => x.id === o?.parentId);
    }
    const other = organizations.find(
      (o) => o.id !== libraryId && !ancestors.has(o.id) && o.parentId !== null,
    );
    if (!other) throw new Error('no other agency');
    const password = 'perm-password-e2e-1';
    const viewer = await createAccount(admin.page, {
      displayName: '圖書館檢視者',
      orgId: libraryId,
      role: 'viewer',
      password,
    });
    const outsider = await createAccount(admin.page, {
      displayName: '他機關編修者',
      orgId: other.id,
      role: 'editor',
      password,
    });
    const editor = await createAccount(admin.page, {
      displayName: '圖書館編修者',
      orgId: libraryId,
      role: 'editor',
      password,
    });

    const asViewer = await newContext(browser);
    await signIn(asViewer.page, viewer, password);
    await asViewer.page.goto(`/plans/${planId}/scorecards`);
    await asViewer.page.locator('[data-objective="AC1"]').waitFor();
    await everythingLoaded(asViewer.page);
    expect(await asViewer.page.locator(EDIT_BUTTONS).count()).toBe(0);
    expect(await asViewer.page.getByTestId('workflow-actions').count()).toBe(0);
    await asViewer.context.close();

    await transition(admin.page, planId, 'submit');
    await transition(admin.page, planId, 'approve');
    await admin.context.close();

    const asOutsider = await newContext(browser);
    await signIn(asOutsider.page, outsider, password);
    await asOutsider.page.goto(`/plans/${planId}/scorecards`);
    await asOutsider.page.locator('[data-objective="AC1"]').waitFor();
    await everythingLoaded(asOutsider.page);
    expect(await asOutsider.page.locator(EDIT_BUTTONS).count()).toBe(0);
    expect(await asOutsider.page.getByTestId('workflow-actions').count()).toBe(0);
    await asOutsider.page.goto(`/plans/${planId}`);
    await asOutsider.page.getByTestId('summary-line').waitFor();
    await everythingLoaded(asOutsider.page);
    expect(await asOutsider.page.getByTestId('edit-statements').count()).toBe(0);
    await asOutsider.context.close();

    const asEditor = await newContext(browser);
    await signIn(asEditor.page, editor, password);
    await asEditor.page.goto(`/plans/${planId}/scorecards`);
    const notice = asEditor.page.getByTestId('read-only-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('已送審／已核定，唯讀');
    expect(await asEditor.page.locator(EDIT_BUTTONS).count()).toBe(0);
    await screenshot(asEditor.page, 'editing-read-only-1280');
    await asEditor.context.close();
  });
});
