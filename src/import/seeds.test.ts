import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from './import-document';
import { importTextDocument } from './import-document';
import { buildSampleSet } from './samples';
import { assertStorable, findingsOf, planOf, SEED_DIR } from './test-helpers';

/**
 * The figures the issue gives for the real documents (copied from ../shared/seeds into
 * test/fixtures/seeds, so every clone has them), checked on a fresh import and on the committed
 * samples/ that the app loads on first start.
 */

const root = resolve(import.meta.dirname, '..', '..');
const seedDir = SEED_DIR;
const seeds = readdirSync(seedDir).sort();
const seed = (prefix: string): ImportResult => {
  const name = seeds.find((s) => s.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}* in ${seedDir}`);
  return importTextDocument(new Uint8Array(readFileSync(join(seedDir, name))), name);
};
const counts = (r: ImportResult, org: string, year: number) => {
  const p = planOf(r, org, year);
  return {
    themes: p.themes.length,
    objectives: p.objectives.length,
    kpis: p.kpis.length,
    actions: p.actions.length,
  };
};

describe('seed documents', () => {
  it('every plan of every seed is storable', () => {
    for (const s of seeds)
      for (const p of importTextDocument(new Uint8Array(readFileSync(join(seedDir, s))), s).plans)
        assertStorable(p);
  });

  it('003: 人事處 110 and the city 110 with lead bureaus', () => {
    const r = seed('003');
    expect(counts(r, '臺北市政府人事處', 110)).toEqual({ themes: 5, objectives: 23, kpis: 24, actions: 26 });
    expect(planOf(r, '臺北市政府人事處').org.parent).toBe('臺北市政府');
    const conflict = findingsOf(r, 'code-name-conflict', '臺北市政府人事處');
    expect(conflict).toHaveLength(1);
    expect(conflict[0]?.codes).toEqual(['EP1', 'EF1']);
    expect(findingsOf(r, 'stated-count-mismatch')).toEqual([]);

    const city = planOf(r, '臺北市政府', 110);
    expect(city.themes).toHaveLength(8);
    expect(city.objectives).toHaveLength(48);
    expect(city.objectives.slice(0, 4).map((o) => [o.code, o.theme])).toEqual([
      ['TC1', null],
      ['TC2', null],
      ['TC3', null],
      ['TC4', null],
    ]);
    expect(city.themes.every((t) => typeof t.lead === 'string' && (t.members?.length ?? 0) > 0)).toBe(true);
    expect(city.themes.find((t) => t.letter === 'F')?.lead).toBe('臺北市政府教育局');
    expect(city.org.parent ?? null).toBeNull();
    expect(findingsOf(r, 'perspective-row-mismatch', '臺北市政府')[0]?.codes).toHaveLength(23);
  });

  it('002: the library 108 cascading from 教育局 H, and 教育局 108', () => {
    const r = seed('002');
    expect(counts(r, '臺北市立圖書館', 108)).toEqual({ themes: 4, objectives: 29, kpis: 29, actions: 44 });
    const lib = planOf(r, '臺北市立圖書館', 108);
    expect(lib.org.parent).toBe('臺北市政府教育局');
    expect(lib.issued).toBe('2019-03-26');
    for (const t of lib.themes)
      expect(t.cascadesFrom).toMatchObject({ org: '臺北市政府教育局', letter: 'H' });
    const edu = planOf(r, '臺北市政府教育局', 108);
    expect(edu.themes).toHaveLength(8);
    expect(edu.objectives).toHaveLength(59);
  });

  it('000: 教育局 110 with D recovered, and the city header as an outline plan', () => {
    const r = seed('000');
    expect(counts(r, '臺北市政府教育局', 110)).toEqual({ themes: 5, objectives: 24, kpis: 28, actions: 0 });
    const edu = planOf(r, '臺北市政府教育局', 110);
    expect(edu.themes.find((t) => t.letter === 'D')?.name).toBe('建構健康安全友善的永續校園');
    expect(edu.vision).toBe('躍升臺北教育 迎向幸福未來');
    expect(edu.coreValues).toHaveLength(6);
    expect(findingsOf(r, 'theme-letter-missing')).toMatchObject([
      { codes: expect.arrayContaining(['D']), line: 90 },
    ]);
    expect(edu.ksfs.find((k) => k.code === 'BP2')?.objective).toBe('BP1');
    const city = planOf(r, '臺北市政府', 110);
    expect(city.themes).toHaveLength(8);
    expect(city.objectives).toHaveLength(0);
    expect(findingsOf(r, 'plan-without-objectives', '臺北市政府')).toHaveLength(1);
  });

  it('the committed samples are exactly what the seeds produce', () => {
    const set = buildSampleSet(
      seeds.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(seedDir, name))) })),
    );
    for (const f of set.files)
      expect(readFileSync(join(root, 'samples', f.name), 'utf8'), f.name).toBe(f.content);
    expect(JSON.parse(readFileSync(join(root, 'samples', 'index.json'), 'utf8'))).toEqual(set.index);
  });
});

describe('committed samples', () => {
  const dir = join(root, 'samples');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { file: string }[];
  const load = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

  it('are storable plan documents, one per organisation-year, listed in the index', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json');
    expect(index.map((e) => e.file).sort()).toEqual(files.sort());
    for (const e of index) assertStorable(load(e.file));
  });

  it('carry the figures of the issue', () => {
    const c = (file: string) => {
      const p = load(file);
      return [p.themes.length, p.objectives.length, p.kpis.length, p.actions.length];
    };
    expect(c('臺北市政府人事處-110.json')).toEqual([5, 23, 24, 26]);
    expect(c('臺北市立圖書館-108.json')).toEqual([4, 29, 29, 44]);
    expect(c('臺北市政府教育局-110.json')).toEqual([5, 24, 28, 0]);
    expect(c('臺北市政府教育局-108.json').slice(0, 2)).toEqual([8, 59]);
    expect(c('臺北市政府-110.json').slice(0, 2)).toEqual([8, 48]);
  });
});
