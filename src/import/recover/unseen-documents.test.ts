import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsOf, importText, planOf } from '../test-helpers';

/**
 * Documents written like the ones the importer failed on before it had seen them, one failure
 * class each (issue 13): table of contents and section titles, a cascade stated in prose, counts
 * stated per perspective, notes after formulas, line-break spaces, running headers, cells
 * continued on the next line, `pdftotext -layout` columns, an English map.
 */

const dir = resolve(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'import');
const load = (name: string) => importText(readFileSync(join(dir, name), 'utf8'), name);

describe('documents never seen before', () => {
  it('a bureau deck: TOC entries and section titles are no themes or title; prose cascade; counts per perspective', () => {
    const r = load('bureau-toc-prose-cascade.txt');
    const p = planOf(r, '臺北市政府體育局', 107);
    expect(p.title).toBe('臺北市政府體育局 策略地圖與平衡計分卡');
    expect(p.themes.map((t) => `${t.letter}${t.name}`)).toEqual([
      'A推展全民運動',
      'B提升競技實力',
      'C優化運動場館',
      'D健全運動產業',
    ]);
    for (const t of p.themes) expect(t.cascadesFrom).toMatchObject({ org: '臺北市政府', letter: 'F' });
    expect([p.objectives.length, p.kpis.length]).toEqual([12, 13]);
    const city = planOf(r, '臺北市政府', 107);
    expect(city.themes).toHaveLength(8);
    expect(city.themes.every((t) => !t.cascadesFrom)).toBe(true);
    // The four per-perspective statements and the plan's total all hold: no false warning.
    expect(findingsOf(r, 'stated-count-mismatch')).toEqual([]);
    expect(findingsOf(r, 'theme-without-objectives')).toEqual([]);
    expect(findingsOf(r, 'name-variant').map((f) => f.codes)).toEqual([['BP1'], ['BL1']]);
  });

  it('a count stated under a perspective heading that does not hold is reported with that perspective', () => {
    const text = readFileSync(join(dir, 'bureau-toc-prose-cascade.txt'), 'utf8').replace(
      '本構面共計4項策略目標，5項關鍵績效指標',
      '本構面共計4項策略目標，6項關鍵績效指標',
    );
    const f = findingsOf(importText(text, 'bureau.txt'), 'stated-count-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0]?.message.zh).toContain('內部流程構面關鍵績效指標應有 6 項，實際讀到 5 項');
    expect(f[0]?.message.en).toContain('6 internal process KPIs, but 5 were found');
  });

  it('an agency scorecard: notes after formulas are kept as notes, line-break spaces leave names', () => {
    const r = load('agency-formula-notes.txt');
    const p = planOf(r, '臺北市立大學', 112);
    const kpi = (code: string) => p.kpis.find((k) => k.code === code);
    expect(kpi('AC1.1')).toMatchObject({
      name: '當年度研究發表之成果件數',
      formula: '當年度期刊論文及專書發表件數總和',
    });
    expect(kpi('AC1.2')).toMatchObject({
      formula: '(本年度研究計畫經費-上年度研究計畫經費)/上年度研究計畫經費×100%',
      note: '以上各數均含產學合作計畫',
      unit: '%',
    });
    expect(kpi('AP1.1')?.formula).toBe('創新課程數/全校課程數×100%');
    expect(kpi('BC1.1')).toMatchObject({
      formula: '推廣教育課程參與人次總和',
      note: '不含線上課程',
      unit: '人次',
    });
    expect(kpi('F1.1')).toMatchObject({ unit: '%', note: '依主計處公告為準' });
    expect(p.objectives.map((o) => o.name)).toEqual([
      '提升研究能量',
      '推動教學創新',
      '擴大市民參與',
      '深化產學合作',
      '提高預算執行效能',
    ]);
    expect(findingsOf(r, 'formula-unparsable')).toEqual([]);
    // The notes are the KPIs' own (stored with them), so nothing is reported about them.
    expect(findingsOf(r, 'kpi-note')).toEqual([]);
  });

  it('running headers between sections: the city map quoted on a slide stays the city plan', () => {
    const r = load('headers-between-sections.txt');
    const own = planOf(r, '臺北市政府衛生局', 110);
    expect(own.themes.map((t) => t.letter)).toEqual(['A', 'B']);
    expect(own.objectives.map((o) => o.code)).toEqual(['AC1', 'AP1', 'AF1', 'BC1', 'BP1', 'BF1']);
    expect(own.mission).toBe('守護市民健康');
    expect(own.title).toBe('臺北市政府衛生局 110年策略地圖暨平衡計分卡');
    const city = planOf(r, '臺北市政府', 110);
    expect(city.objectives.map((o) => `${o.code}${o.name}`)).toEqual([
      'AC1提升環境品質',
      'AP1減少資源耗用',
      'GC1促進市民身心健康',
      'GP1營造安全環境',
      'HC1提高公民參與度',
      'HP1推動開放政府',
    ]);
    expect(findingsOf(r, 'code-name-conflict')).toEqual([]);
  });

  it('cells continued on the next line: pipe rows, tab rows cut in a cell, lines between tab rows, one cell per line', () => {
    const r = load('continuation-rows.md');
    const p = planOf(r, '臺北市政府勞動局', 112);
    expect(p.kpis.map((k) => [k.code, k.name, k.formula, k.unit])).toEqual([
      ['AC1.1', '就業媒合成功率', '媒合成功人數/求職登記人數×100%', '%'],
      ['AP1.1', '職業訓練結訓就業率', '(結訓人數÷參訓人數)×100%', '%'],
      ['AF1.1', '預算執行率', '(實支數+應付未付數)/預算數×100%', '%'],
      ['BC1.1', '勞資爭議調解成立率', '調解成立件數/調解案件總數×100%', '%'],
      ['BP1.1', '勞動檢查涵蓋率', '實施勞動檢查事業單位數/應受檢事業單位數×100%', '%'],
      ['BF1.1', '預算執行率', undefined, undefined],
    ]);
    expect(p.objectives.map((o) => o.name)).toEqual([
      '提升就業媒合效能',
      '強化職業訓練',
      '提高預算執行效能',
      '保障勞工權益',
      '落實勞動檢查',
      '提高預算執行效能',
    ]);
    expect(p.actions.map((a) => a.name)).toEqual([
      '就業服務站深化服務計畫',
      '職業訓練精進方案',
      '臺北市政府各機關單位預算執行要點',
      '勞資爭議調解計畫',
      '勞動檢查計畫',
      '臺北市政府各機關資本支出預算執行考核作業要點',
    ]);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('pdftotext -layout columns: theme headers side by side, wrapped cells, KSF column', () => {
    const r = load('layout-columns.txt');
    const p = planOf(r, '臺北市政府文化局', 111);
    expect(p.themes.map((t) => `${t.letter}${t.name}`)).toEqual([
      'A推廣藝文活動',
      'B保存文化資產',
      'C發展文化產業',
    ]);
    expect(p.objectives.find((o) => o.code === 'CP2')?.name).toBe('建立文創媒合平台');
    expect(p.objectives.find((o) => o.code === 'AC1')?.name).toBe('提升市民藝文參與');
    expect(p.ksfs.find((k) => k.objective === 'BP1')?.name).toBe('修復工程管理');
    expect(p.actions.find((a) => a.code === 'BL1.1.1')?.name).toBe('修復工藝傳習計畫');
    expect([p.objectives.length, p.ksfs.length, p.kpis.length, p.actions.length]).toEqual([13, 13, 13, 13]);
    expect(r.findings).toEqual([]);
  });

  it('pdftotext -layout of a deck: cells centred in their boxes, headers centred over columns, fields side by side', () => {
    const r = load('pdftotext-centred.txt');
    const p = planOf(r, '臺北市政府社會局', 112);
    expect([p.mission, p.vision]).toEqual(['照顧弱勢 促進參與', '幸福共好的城市']);
    expect(p.themes).toEqual([
      { letter: 'A', name: '強化弱勢照顧', cascadesFrom: { org: '臺北市政府', letter: 'E' } },
      { letter: 'B', name: '促進社會參與', cascadesFrom: { org: '臺北市政府', letter: 'E' } },
    ]);
    expect(p.objectives.find((o) => o.code === 'BC2')?.name).toBe('促進身心障礙者社會參與');
    expect(p.ksfs.map((k) => `${k.objective}:${k.name}`)).toEqual([
      'AC1:強化就業輔導與技能訓練',
      'AP1:建立跨局處轉介機制',
      'AP2:個案管理系統',
      'AF1:如期如質執行',
    ]);
    expect(p.actions.map((a) => a.name)).toEqual([
      '脫貧方案',
      '社福資源盤點與整合計畫',
      '個案管理精進方案',
      '預算執行要點',
    ]);
    expect(r.findings.map((f) => [f.rule, f.codes])).toEqual([
      ['objective-without-kpi', ['BC1']],
      ['objective-without-kpi', ['BC2']],
      ['objective-without-kpi', ['BP1']],
      ['objective-without-kpi', ['BF1']],
    ]);
  });

  it('an English map: theme names, perspectives, Gregorian year, the organisation as written, letters of the city', () => {
    const r = load('health-english.txt');
    const p = planOf(r, 'Department of Health, Taipei City Government', 108);
    expect(p.org.parent).toBe('Taipei City Government');
    expect(p.issued).toBe('2019-03-25');
    expect(p.coreValues).toEqual(['Integrity', 'Teamwork', 'Innovation', 'Open Sharing']);
    expect(p.themes.map((t) => [t.letter, t.name, t.cascadesFrom?.letter])).toEqual([
      ['A', 'Sustainable Environment', 'A'],
      ['E', 'Social Support', 'E'],
      ['F', 'Quality Education', 'F'],
      ['G', 'Health and Safety', 'G'],
      ['H', 'Good Governance', 'H'],
    ]);
    expect(p.objectives.map((o) => [o.code, o.theme, o.perspective])).toContainEqual(['GL1', 'G', 'L']);
    expect(p.kpis.find((k) => k.code === 'FC1.1')?.unit).toBe('schools');
    expect(planOf(r, 'Taipei City Government', 108).themes).toHaveLength(5);
    expect(findingsOf(r, 'cascade-inferred').map((f) => f.codes)).toEqual([
      ['A'],
      ['E'],
      ['F'],
      ['G'],
      ['H'],
    ]);
    expect(findingsOf(r, 'theme-letter-gap', 'Department of Health, Taipei City Government')).toEqual([]);
    expect(findingsOf(r, 'theme-letter-missing')).toEqual([]);
  });

  it('a cascade stated in prose wins over the letters, which count only when nothing is said', () => {
    const head =
      '臺北市政府測試局 112年策略地圖\n\n本府策略地圖\n\n策略主題\t營造永續環境 A\t健全都市發展 B\n策略目標\tAC1 城市甲\tBC1 城市乙\n\n測試局策略地圖\n\n';
    const own = '策略主題\t營造永續環境 A\t推動創新服務 B\n策略目標\tAC1 局甲\tBC1 局丙\n';
    const byLetters = planOf(importText(`${head}${own}`), '臺北市政府測試局');
    expect(byLetters.themes.map((t) => t.cascadesFrom?.letter ?? null)).toEqual(['A', null]);
    const prose = `${head}本局策略主題皆承接府級「B-健全都市發展」向下延伸\n\n${own}`;
    const stated = planOf(importText(prose), '臺北市政府測試局');
    expect(stated.themes.map((t) => t.cascadesFrom)).toEqual([
      { org: '臺北市政府', letter: 'B', year: 112 },
      { org: '臺北市政府', letter: 'B', year: 112 },
    ]);
  });
});
