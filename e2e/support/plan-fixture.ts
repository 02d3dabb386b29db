import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { orgIdByName, postAs } from './accounts';

/**
 * A fresh agency under 臺北市政府教育局 with a draft plan to edit (the sample plans and their
 * organisations stay as other tests expect them): theme A with objectives AC1 (one KPI, one
 * action plan) and AP1.
 */
export async function createDraftPlan(
  page: Page,
): Promise<{ planId: number; orgId: number; orgName: string }> {
  const parentId = await orgIdByName(page, '臺北市政府教育局');
  const orgName = `e2e測試館${randomBytes(3).toString('hex')}`;
  const org = (await postAs(page, '/api/orgs', { name: orgName, parentId })) as { id: number };
  const plan = (await postAs(page, '/api/plans', { orgId: org.id, year: 110, mission: '測試使命' })) as {
    id: number;
  };
  const at = (kind: string) => `/api/plans/${plan.id}/${kind}`;
  await postAs(page, at('themes'), { letter: 'A', name: '閱讀城市' });
  await postAs(page, at('objectives'), { code: 'AC1', name: '提升借閱服務' });
  await postAs(page, at('objectives'), { code: 'AP1', name: '優化館藏流程' });
  await postAs(page, at('kpis'), {
    code: 'AC1.1',
    name: '借閱人次成長率',
    formula: '(今年-去年)÷去年×100%',
    unit: '%',
  });
  await postAs(page, at('actions'), { code: 'AC1.1.1', name: '推動行動借閱' });
  return { planId: plan.id, orgId: org.id, orgName };
}

/** Moves a plan through the workflow as the signed-in user of `page`. */
export async function transition(page: Page, planId: number, step: string, reason?: string): Promise<void> {
  const plan = (await (await page.request.get(`/api/plans/${planId}`)).json()) as { version: number };
  await postAs(page, `/api/plans/${planId}/workflow`, { transition: step, version: plan.version, reason });
}
