import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/import/workbook/read-workbook';
import { createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

const NOTES = readFileSync(
  path.join(import.meta.dirname, '..', 'fixtures', 'import', 'agency-formula-notes.txt'),
);

interface Kpi {
  id: number;
  code: string;
  note?: string | null;
  version: number;
}
const notesOf = (kpis: { code: string; note?: string | null }[]) =>
  Object.fromEntries(kpis.filter((k) => k.note).map((k) => [k.code, k.note]));

/** A KPI's note (what the document prints after its formula) is stored, edited, exported and copied. */
describe(`KPI notes on ${engineName()}`, () => {
  let t: TestApp;
  let planId: number;
  const expected = {
    'AC1.2': '以上各數均含產學合作計畫',
    'BC1.1': '不含線上課程',
    'F1.1': '依主計處公告為準',
  };
  const kpisOf = async (id: number): Promise<Kpi[]> => (await t.request('GET', `/api/plans/${id}`)).body.kpis;
  const upload = (body: Uint8Array, fileName: string) =>
    t.request('POST', `/api/imports/preview?fileName=${fileName}`, Buffer.from(body), {
      'content-type': 'application/octet-stream',
    });

  beforeAll(async () => {
    t = await createTestApp();
    const preview = await upload(NOTES, 'notes.txt');
    expect(preview.status).toBe(200);
    expect(notesOf(preview.body.plans[0].kpis)).toEqual(expected);
    // The note travels with the plan now, so there is nothing to warn about.
    expect(preview.body.findings.filter((f: { rule: string }) => f.rule === 'kpi-note')).toEqual([]);
    const stored = await t.request('POST', '/api/plans/import', { plans: preview.body.plans });
    expect(stored.status).toBe(200);
    planId = stored.body.plans[0].planId;
  });
  afterAll(async () => t.close());

  it('stores the notes of an imported document: the plan, its document and a second import agree', async () => {
    const kpis = await kpisOf(planId);
    expect(notesOf(kpis)).toEqual(expected);
    expect(kpis.find((k) => k.code === 'AC1.1')?.note).toBeNull();
    const doc = (await t.request('GET', `/api/plans/${planId}/document`)).body;
    expect(notesOf(doc.kpis)).toEqual(expected);
    expect(doc.kpis.find((k: Kpi) => k.code === 'AC1.1')).not.toHaveProperty('note');
    // Reading the same document again changes nothing: the stored plan kept every note.
    expect((await upload(NOTES, 'notes.txt')).body.existing[0].changes).toEqual([]);
  });

  it('exports the notes to the workbook (備註) and reads them back', async () => {
    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/export.xlsx`,
      headers: {
        cookie: Object.entries(t.cookies)
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
      },
    });
    expect(xlsx.statusCode).toBe(200);
    const back = await readWorkbook(new Uint8Array(xlsx.rawPayload));
    expect(back.ok && notesOf(back.plan.kpis)).toEqual(expected);
    const again = await upload(new Uint8Array(xlsx.rawPayload), 'notes.xlsx');
    expect(again.status).toBe(200);
    expect(again.body.existing[0].changes).toEqual([]);
  });

  it('edits a note with the version loaded, refuses a stale one (409) and bad text (400)', async () => {
    const kpi = (await kpisOf(planId)).find((k) => k.code === 'AC1.2') as Kpi;
    const patch = (body: object) => t.request('PATCH', `/api/plans/${planId}/kpis/${kpi.id}`, body);
    const changed = await patch({ version: kpi.version, note: '  以上各數均含產學合作及委託計畫 ' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ note: '以上各數均含產學合作及委託計畫', version: kpi.version + 1 });
    const stale = await patch({ version: kpi.version, note: '舊的備註' });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toContain('changed by someone else');
    const tooLong = await patch({ version: kpi.version + 1, note: '註'.repeat(2001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.issues[0].path).toBe('note');
    const control = await patch({ version: kpi.version + 1, note: '含\u0007計畫' });
    expect(control.status).toBe(400);
    expect((await kpisOf(planId)).find((k) => k.code === 'AC1.2')?.note).toBe(
      '以上各數均含產學合作及委託計畫',
    );
    const cleared = await patch({ version: kpi.version + 1, note: '' });
    expect(cleared.body).toMatchObject({ note: null, version: kpi.version + 2 });
    const restored = await patch({ version: kpi.version + 2, note: expected['AC1.2'] });
    expect(restored.body.note).toBe(expected['AC1.2']);
    const created = await t.request('POST', `/api/plans/${planId}/kpis`, {
      code: 'AC1.3',
      name: '研究獲獎件數',
      note: '不含校內獎項',
    });
    expect(created.status).toBe(201);
    expect(created.body.note).toBe('不含校內獎項');
    await t.request('DELETE', `/api/plans/${planId}/kpis/${created.body.id}?version=${created.body.version}`);
  });

  it('copies the notes to the next year, and the years compare a changed note', async () => {
    const copy = await t.request('POST', `/api/plans/${planId}/copy-to-next-year`);
    expect(copy.status).toBe(201);
    const next = await kpisOf(copy.body.id);
    expect(notesOf(next)).toEqual(expected);
    const f11 = next.find((k) => k.code === 'F1.1') as Kpi;
    await t.request('PATCH', `/api/plans/${copy.body.id}/kpis/${f11.id}`, {
      version: f11.version,
      note: '依主計處決算公告為準',
    });
    const diff = await t.request('GET', `/api/plans/${copy.body.id}/diff?against=${planId}`);
    expect(diff.status).toBe(200);
    expect(JSON.stringify(diff.body)).toContain('依主計處決算公告為準');
    const noteRows = diff.body.rows.filter((r: { field: string | null }) => r.field === 'note');
    expect(noteRows).toMatchObject([
      {
        element: 'kpi',
        change: 'changed',
        left: { code: 'F1.1', value: '依主計處公告為準' },
        right: { code: 'F1.1', value: '依主計處決算公告為準' },
      },
    ]);
  });
});
