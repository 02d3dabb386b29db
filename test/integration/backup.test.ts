import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/client';
import { operator } from '../../src/domain/authz';
import { createBackup } from '../../src/services/backup/create-backup';
import { restoreBackup } from '../../src/services/backup/restore-backup';
import { serviceContext } from '../../src/services/context';
import { readSamplePlans } from '../../src/services/plans/import-sample-data';
import { bureauPlan, cityPlan } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';
import { engineName, openTestDatabase } from '../support/test-database';

/** The rows of a backup, without the header's time and engine: what must survive exactly. */
function contentOf(file: string): { tables: unknown; rows: string[] } {
  const [head, ...rows] = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n');
  const header = JSON.parse(head as string);
  return { tables: header.tables, rows };
}

describe(`backup and restore from ${engineName()}`, () => {
  let source: TestApp;
  let dir: string;
  const targets: Database[] = [];
  const operatorOf = (db: Database) => serviceContext(db.db, operator('cli'));

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'stratmap-backup-'));
    source = await createTestApp();
    await source.request('POST', '/api/plans/import', { plans: readSamplePlans() });
    await source.request('POST', '/api/plans/import', {
      plans: [cityPlan({ year: 111 }), bureauPlan({ year: 111 })],
    });
    const editor = await source.userWith('edu.editor', [{ orgId: 1, role: 'editor' }]);
    const plan = (await editor.request('GET', '/api/plans?year=111')).body.plans[0];
    await editor.request('POST', `/api/plans/${plan.id}/comments`, { body: '請確認 KPI 公式' });
    await source.request('POST', '/api/tokens', { name: 'feed', orgId: 1, role: 'viewer' });
  });
  afterAll(async () => {
    await source.close();
    for (const t of targets) await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips every row exactly into another database (across engines when PostgreSQL is available)', async () => {
    const first = path.join(dir, 'first.backup');
    const header = await createBackup(operatorOf(source.database), first, source.database.kind);
    const byName = Object.fromEntries(header.tables.map((t) => [t.name, t.rows]));
    expect(byName).toMatchObject({ organizations: expect.any(Number), audit_log: expect.any(Number) });
    expect(byName.users).toBe(2);
    expect(byName.plan_comments).toBe(1);
    // PGlite source → the other engine when there is one; PostgreSQL source → PGlite.
    const target =
      source.database.kind === 'postgres'
        ? await openDatabase({ dataDir: 'memory://' })
        : await openTestDatabase();
    targets.push(target);
    const restored = await restoreBackup(operatorOf(target), first);
    expect(restored.tables).toEqual(header.tables);
    const second = path.join(dir, 'second.backup');
    await createBackup(operatorOf(target), second, target.kind);
    expect(contentOf(second)).toEqual(contentOf(first));
    if (source.database.kind === 'postgres') {
      // …and back from PGlite into a new PostgreSQL database.
      const back = await openTestDatabase();
      targets.push(back);
      await restoreBackup(operatorOf(back), second);
      const third = path.join(dir, 'third.backup');
      await createBackup(operatorOf(back), third, back.kind);
      expect(contentOf(third)).toEqual(contentOf(first));
    }

    // The restored database keeps working: new rows do not collide with restored ids.
    const ctx = operatorOf(target);
    const { createOrganization } = await import('../../src/services/organizations/create-organization');
    const org = await createOrganization(ctx, { name: '新機關' });
    expect(org.id).toBeGreaterThan(Number(byName.organizations));
  });

  it('refuses to restore into a database that has data, and refuses damaged files, changing nothing', async () => {
    const file = path.join(dir, 'first.backup');
    const target = targets[0] as Database;
    await expect(restoreBackup(operatorOf(target), file)).rejects.toThrow(/database is not empty/);
    const empty = await openDatabase({ dataDir: 'memory://' });
    targets.push(empty);
    const notGzip = path.join(dir, 'plain.txt');
    writeFileSync(notGzip, 'hello');
    await expect(restoreBackup(operatorOf(empty), notGzip)).rejects.toThrow(/not a Stratmap backup/);
    await expect(restoreBackup(operatorOf(empty), path.join(dir, 'missing'))).rejects.toThrow(/no such file/);
    const truncated = path.join(dir, 'truncated.backup');
    const { gzipSync } = await import('node:zlib');
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n');
    writeFileSync(truncated, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));
    await expect(restoreBackup(operatorOf(empty), truncated)).rejects.toThrow(/incomplete/);
    const { count } = await import('drizzle-orm');
    const { organizations } = await import('../../src/db/schema');
    const [row] = await empty.db.select({ n: count() }).from(organizations);
    expect(row?.n).toBe(0);
  });

  it('is for administrators only', async () => {
    const viewer = serviceContext(source.database.db, {
      kind: 'user',
      name: 'v',
      userId: 99,
      tokenId: null,
      grants: [{ orgId: 1, role: 'viewer' }],
    });
    await expect(createBackup(viewer, path.join(dir, 'x.backup'), 'pglite')).rejects.toThrow(
      /may not manage/,
    );
  });
});
