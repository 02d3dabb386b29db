import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTextDocument } from './import-document';
import { assertStorable, findingsOf, planOf } from './test-helpers';

/** Variant documents written for these tests: other orgs, letters, column orders and layouts. */

const dir = resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'import');
const load = (name: string) => {
  const r = importTextDocument(new Uint8Array(readFileSync(join(dir, name))), name);
  for (const p of r.plans) assertStorable(p);
  return r;
};

describe('variant fixtures', () => {
  it('pipe tables in another column order, a KPI-definition table with formulas and units', () => {
    const r = load('social-pipe-kpi-definitions.md');
    const p = planOf(r, '臺北市政府社會局', 112);
    expect(p.issued).toBe('2023-01-15');
    expect(p.coreValues).toEqual(['關懷', '專業', '效率', '創新']);
    expect(p.kpis.find((k) => k.code === 'AC1.1')).toMatchObject({
      formula: '當年度脫貧家庭數/當年度輔導家庭數×100%',
      unit: '%',
    });
    expect(p.kpis.find((k) => k.code === 'F1.1')).toMatchObject({
      formula: '(資本門實支數+資本門應付未付數)/(資本門預算數)×100%',
      unit: '%',
    });
    expect(p.kpis.find((k) => k.code === 'BC1.1')?.unit).toBe('人次');
    expect(p.objectives.filter((o) => o.theme === null).map((o) => o.code)).toEqual(['L1', 'F1']);
    expect(p.actions).toHaveLength(7);
    expect(p.links).toEqual([
      { from: 'AP1', to: 'AC1' },
      { from: 'L1', to: 'AP1' },
    ]);
    for (const t of p.themes) expect(t.cascadesFrom).toEqual({ org: '臺北市政府', letter: 'E' });
    expect(findingsOf(r, 'stated-count-mismatch')).toHaveLength(2);
    expect(findingsOf(r, 'objective-without-kpi').map((f) => f.codes)).toEqual([['BP1']]);
    expect(findingsOf(r, 'name-variant').map((f) => f.codes)).toEqual([['L1']]);
    expect(findingsOf(r, 'formula-unparsable').map((f) => [f.codes, f.line])).toEqual([[['F1.2'], 33]]);
    expect(findingsOf(r, 'parent-missing').map((f) => [f.codes, f.line])).toEqual([[['AC9.1', 'AC9'], 34]]);
  });

  it('one cell per line with bullets, and a tab scorecard with the perspective column in the middle', () => {
    const r = load('zoo-onecell-tab.txt');
    const p = planOf(r, '臺北市立動物園', 113);
    expect(p.themes.map((t) => `${t.letter}${t.name}`)).toEqual(['A保育研究', 'B環境教育']);
    expect(p.objectives).toHaveLength(7);
    expect(p.ksfs).toHaveLength(7);
    expect(p.kpis).toHaveLength(7);
    expect(p.actions).toHaveLength(8);
    expect(p.vision).toBe('動物保育的國際夥伴');
    expect(findingsOf(r, 'cascade-unresolved')).toHaveLength(2);
    expect(findingsOf(r, 'perspective-row-mismatch').map((f) => [f.codes, f.line])).toEqual([[['AP1'], 65]]);
  });

  it('a city map of another city, with a Gregorian year and lead bureaus', () => {
    const r = load('kaohsiung-city-tab.txt');
    const p = planOf(r, '高雄市政府', 112);
    expect(p.org.parent ?? null).toBeNull();
    expect(p.objectives.filter((o) => o.theme === null).map((o) => o.code)).toEqual(['TC1', 'TC2']);
    expect(p.themes.map((t) => [t.letter, t.lead, t.members])).toEqual([
      ['A', '高雄市政府都發局', ['高雄市政府工務局', '高雄市政府地政局']],
      ['B', '高雄市政府經發局', ['高雄市政府觀光局']],
      ['C', '高雄市政府社會局', ['高雄市政府衛生局']],
    ]);
  });

  it('a theme list that starts at C and lost the letter of D', () => {
    const r = load('bureau-themes-missing-letter.txt');
    const p = planOf(r, '新北市政府文化局', 111);
    expect(p.org.parent).toBe('新北市政府');
    expect(p.themes.map((t) => `${t.letter}${t.name}`)).toEqual([
      'C推廣藝文活動',
      'D保存文化資產',
      'E發展文化產業',
    ]);
    expect(p.kpis).toHaveLength(9);
    expect(findingsOf(r, 'theme-letter-missing')).toMatchObject([{ line: 8, severity: 'warning' }]);
  });
});
