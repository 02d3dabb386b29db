import { describe, expect, it } from 'vitest';
import { findingsOf, importText, planOf } from './test-helpers';

/** Each layout the documents use, in small made-up documents (not the seeds). */

const HEAD = '臺北市政府測試局 112年策略地圖\n\n';

describe('layouts', () => {
  it('one cell per line with names wrapped over lines and several codes in one block', () => {
    const r = importText(
      `${HEAD}策略主題\n\nA提升服務\n品質\n\nB 強化\n治理\n\n顧客 C\n\nAC1減輕家長育兒經濟負\n擔\nBC1提升滿意\nBC2促進參與\n\n內部流程 P\n\nAP1 建立流程\n`,
    );
    const p = planOf(r, '臺北市政府測試局', 112);
    expect(p.themes).toEqual([
      { letter: 'A', name: '提升服務品質' },
      { letter: 'B', name: '強化治理' },
    ]);
    expect(p.objectives.map((o) => [o.code, o.theme, o.perspective, o.name])).toEqual([
      ['AC1', 'A', 'C', '減輕家長育兒經濟負擔'],
      ['AP1', 'A', 'P', '建立流程'],
      ['BC1', 'B', 'C', '提升滿意'],
      ['BC2', 'B', 'C', '促進參與'],
    ]);
  });

  it('bullets with the name on the next line', () => {
    const p = planOf(importText(`${HEAD}●AC1\n協助提升知能\n\n●AP1\n運用數據\n`), '臺北市政府測試局');
    expect(p.objectives.map((o) => o.name)).toEqual(['協助提升知能', '運用數據']);
  });

  it('a tab map with several codes and names in one cell and labels before the codes', () => {
    const p = planOf(
      importText(
        `${HEAD}策略主題\t甲主題 A\t乙主題 B\n策略目標\t顧客 AC1 提升甲\tBC1 提升乙\n內部流程\tAP1 推展甲 AP2 建立甲\tBP1 落實乙\n`,
      ),
      '臺北市政府測試局',
    );
    expect(p.themes.map((t) => `${t.letter}${t.name}`)).toEqual(['A甲主題', 'B乙主題']);
    expect(p.objectives.map((o) => `${o.code}${o.name}`)).toEqual([
      'AC1提升甲',
      'AP1推展甲',
      'AP2建立甲',
      'BC1提升乙',
      'BP1落實乙',
    ]);
  });

  it('a pipe scorecard: KSF column, several KPIs in one cell, the row decides a KSF objective', () => {
    const r = importText(
      `${HEAD}| 策略目標 | 關鍵成功因素 (KSF) | 關鍵績效指標 (KPI) |\n|---|---|---|\n| 內部流程 | | |\n| BP1提供資源 | BP1建立課程 | BP1.1 合作項目成長率 BP1.2 復學率 |\n| | BP2強化網絡 | BP1.3 輔導人次 |\n`,
    );
    const p = planOf(r, '臺北市政府測試局');
    expect(p.kpis.map((k) => k.code)).toEqual(['BP1.1', 'BP1.2', 'BP1.3']);
    expect(p.ksfs).toEqual([
      { code: 'BP1', objective: 'BP1', name: '建立課程' },
      { code: 'BP2', objective: 'BP1', name: '強化網絡' },
    ]);
    expect(findingsOf(r, 'ksf-code-row')).toMatchObject([
      { codes: ['BP2', 'BP1'], line: 7, severity: 'info' },
    ]);
  });

  it('HTML, markdown emphasis and full-width codes', () => {
    const p = planOf(
      importText(
        `${HEAD}| 策略目標 | KPI |\n|---|---|\n| <p>ＡＣ１ <u>提升</u>滿意</p> | **ＡＣ１．１** 滿意度 |\n`,
      ),
      '臺北市政府測試局',
    );
    expect(p.objectives).toMatchObject([{ code: 'AC1', name: '提升滿意' }]);
    expect(p.kpis).toMatchObject([{ code: 'AC1.1', objective: 'AC1', name: '滿意度' }]);
  });

  it('a row labelled with the wrong perspective: the code wins, with a finding on that line', () => {
    const r = importText(`${HEAD}策略目標\t顧客 C\tAC1 提升甲\n\t內部流程 P\tAC2 提升乙 AP1 推展甲\n`);
    const p = planOf(r, '臺北市政府測試局');
    expect(p.objectives.find((o) => o.code === 'AC2')?.perspective).toBe('C');
    expect(findingsOf(r, 'perspective-row-mismatch')).toMatchObject([{ line: 4, codes: ['AC2'] }]);
  });

  it('shared objectives F1 and L1 have no theme; city TC codes have no theme', () => {
    const p = planOf(
      importText(
        `${HEAD}策略主題\t甲 A\t乙 B\n策略目標\tTC1 提升滿意、TC2 增加快樂\tAC1 提升甲\tBC1 提升乙\nF1 提高預算執行效能\nF1.1 執行率\nF1.2 達成率\n`,
      ),
      '臺北市政府測試局',
    );
    expect(p.objectives.map((o) => [o.code, o.theme])).toEqual([
      ['TC1', null],
      ['TC2', null],
      ['AC1', 'A'],
      ['BC1', 'B'],
      ['F1', null],
    ]);
    expect(p.kpis.map((k) => [k.code, k.objective])).toEqual([
      ['F1.1', 'F1'],
      ['F1.2', 'F1'],
    ]);
  });

  it('a code printed for another objective is read as the code whose name it carries', () => {
    const r = importText(
      `${HEAD}●EC1\n推動網站優化\n\n●EP1\n推動書表電子化\n\n●EP1\n提高預算執行效能\n\n策略目標\t\tKPI\n顧客\tEC1 推動網站優化\tEC1.1 達成率\n內部流程\tEP1 推動書表電子化\tEP1.1 達成率\n財務\tEF1 提高預算執行效能\tEF1.1 執行率\n`,
    );
    const p = planOf(r, '臺北市政府測試局');
    expect(p.objectives.map((o) => `${o.code}${o.name}`)).toEqual([
      'EC1推動網站優化',
      'EP1推動書表電子化',
      'EF1提高預算執行效能',
    ]);
    const [conflict] = findingsOf(r, 'code-name-conflict');
    expect(conflict).toMatchObject({ codes: ['EP1', 'EF1'], line: 9, severity: 'warning' });
    expect(conflict?.message.zh).toContain('已視為 EF1');
  });

  it('stated counts are checked per plan and per perspective', () => {
    const r = importText(
      `${HEAD}訂定3項策略目標\n及1項KPI指標\n\n顧客構面：2項策略目標\n\nAC1 甲\nAC1.1 甲指標\nAP1 乙\n`,
    );
    const f = findingsOf(r, 'stated-count-mismatch');
    expect(f.map((x) => x.line)).toEqual([3, 6]);
    expect(f[0]?.message.zh).toContain('應有 3 項，實際讀到 2 項');
  });

  it('one document, several plans: the parent map is its own plan and the parent of the agency', () => {
    const r = importText(
      '臺北市政府測試局 策略地圖\n\n112年3月1日\n\n本府策略地圖\n\n策略主題\t甲 A\t乙 B\n策略目標\tAC1 城市甲\tBC1 城市乙\n\n測試局策略地圖\n\n策略主題\t丙 A\n策略目標\tAC1 局甲\n',
    );
    expect(r.plans.map((p) => [p.org.name, p.org.parent, p.year, p.issued])).toEqual([
      ['臺北市政府測試局', '臺北市政府', 112, '2023-03-01'],
      ['臺北市政府', null, 112, null],
    ]);
    expect(planOf(r, '臺北市政府').objectives.map((o) => o.name)).toEqual(['城市甲', '城市乙']);
  });
});
