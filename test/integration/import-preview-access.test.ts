import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

const ZOO = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'import', 'zoo-onecell-tab.txt'));

describe(`import preview of a plan the caller may not read, on ${engineName()}`, () => {
  let t: TestApp;
  let nobody: Client;

  const preview = (client: Pick<Client, 'request'>) =>
    client.request('POST', '/api/imports/preview?fileName=zoo.txt', ZOO, {
      'content-type': 'application/octet-stream',
    });

  beforeAll(async () => {
    t = await createTestApp();
    nobody = await t.userWith('no-role', []);
  });
  afterAll(async () => t.close());

  it('answers as if the draft did not exist, and the import still refuses the caller', async () => {
    const read = await preview(t);
    expect(read.status).toBe(200);
    const documents = read.body.plans;
    const stored = await t.request('POST', '/api/plans/import', { plans: documents });
    expect(stored.status, JSON.stringify(stored.body)).toBe(200);
    const planId = stored.body.plans[0].planId;

    const whileStored = await preview(nobody);
    expect(whileStored.status, JSON.stringify(whileStored.body)).toBe(200);
    expect(whileStored.body.existing).toEqual([]);
    const importWhileStored = await nobody.request('POST', '/api/plans/import?replace=true', {
      plans: documents,
    });
    expect(importWhileStored.status).toBe(403);

    // Someone who may read the draft is told what a replace would change.
    const orgs = (await t.request('GET', '/api/orgs')).body.organizations as { id: number; name: string }[];
    const zoo = orgs.find((o) => o.name === '臺北市立動物園')?.id as number;
    const viewer = await t.userWith('zoo-viewer', [{ orgId: zoo, role: 'viewer' }]);
    expect((await preview(viewer)).body.existing).toEqual([
      { org: '臺北市立動物園', year: 113, planId, changes: [] },
    ]);

    const { version } = (await t.request('GET', `/api/plans/${planId}`)).body;
    expect((await t.request('DELETE', `/api/plans/${planId}?version=${version}`)).status).toBe(204);
    const withoutPlan = await preview(nobody);
    expect(withoutPlan.status).toBe(200);
    expect(whileStored.body).toEqual(withoutPlan.body);
    const importWithoutPlan = await nobody.request('POST', '/api/plans/import?replace=true', {
      plans: documents,
    });
    expect(importWithoutPlan.body).toEqual(importWhileStored.body);
  });
});
