import { describe, expect, it } from 'vitest';
import { parseText } from '../../readers/text';
import type { Block } from '../../source';
import { joinContinuations } from './continuations';
import { dropRepeatedLines } from './repeated-lines';
import { splitSpaceColumns } from './space-columns';

const blocks = (text: string) => parseText(text, 'doc.txt').blocks;
const show = (bs: Block[]) =>
  bs.map((b) =>
    b.kind === 'text' ? b.lines.map((l) => l.text) : b.rows.map((r) => r.cells.map((c) => c.text)),
  );
const lines = (bs: Block[]) => bs.flatMap((b) => (b.kind === 'text' ? b.lines.map((l) => l.text) : []));

describe('running headers and footers', () => {
  it('drops page numbers always, and a title printed on every page after its first copy at the head', () => {
    const text =
      '臺北市政府衛生局 策略地圖\n\n第 2 頁\n\nAC1 甲\n\n臺北市政府衛生局 策略地圖\n- 3 -\n\nAC2 乙\n\n臺北市政府衛生局 策略地圖\n4/20\n\nPage 5 of 20\n';
    const { blocks: out, headers } = dropRepeatedLines(blocks(text));
    expect(lines(out)).toEqual(['臺北市政府衛生局 策略地圖', 'AC1 甲', 'AC2 乙']);
    expect(headers).toEqual([]);
  });

  it('drops every copy once another organisation has been named, and keeps the header for its own plan', () => {
    const text =
      '臺北市政府衛生局\n\n本府策略地圖\n【使命】 守護市民健康\n\nAC1 甲\n\n【使命】 守護市民健康\n\nAC2 乙\n\n【使命】 守護市民健康\n';
    const { blocks: out, headers } = dropRepeatedLines(blocks(text));
    expect(lines(out)).toEqual(['臺北市政府衛生局', '本府策略地圖', 'AC1 甲', 'AC2 乙']);
    expect(headers.map((h) => [h.n, h.text])).toEqual([[4, '【使命】 守護市民健康']]);
  });

  it('keeps names printed again and again: only titles, fields and dates make headers', () => {
    const text =
      '臺北市政府人事處 策略地圖\n\n●AF1\n提高預算執行效能\n\n●BF1\n提高預算執行效能\n\n●CF1\n提高預算執行效能\n';
    expect(
      lines(dropRepeatedLines(blocks(text)).blocks).filter((l) => l === '提高預算執行效能'),
    ).toHaveLength(3);
  });
});

describe('columns set out by spaces (pdftotext -layout)', () => {
  it('splits cells on two spaces or more, by character columns, joining a cell wrapped on the next line', () => {
    const text = [
      '策略主題      A 推廣藝文       B 保存文化',
      '              活動             資產',
      '顧客 C        AC1 提升藝文     BC1 增進文資',
      '              參與             認識',
      '------------  ---------------  -----------',
    ].join('\n');
    expect(show(splitSpaceColumns(blocks(text)))).toEqual([
      [
        ['策略主題', 'A 推廣藝文活動', 'B 保存文化資產'],
        ['顧客 C', 'AC1 提升藝文參與', 'BC1 增進文資認識'],
      ],
    ]);
  });

  it('measures columns in display cells when that aligns them (a Chinese character two cells wide)', () => {
    const text = [
      '策略主題         A 推廣藝文',
      '顧客 C           AC1 提升藝文',
      '內部流程 P       AP1 辦理活動',
    ].join('\n');
    expect(show(splitSpaceColumns(blocks(text)))[0]).toEqual([
      ['策略主題', 'A 推廣藝文'],
      ['顧客 C', 'AC1 提升藝文'],
      ['內部流程 P', 'AP1 辦理活動'],
    ]);
  });

  it('in a scorecard, a line with codes starts a row but its words before the first code end the cells above', () => {
    const text = [
      '策略目標            KSF          KPI',
      'AC1 減輕家長育兒    提供平價     AC1.1 接受公共化',
      '經濟負擔                         AC1.2 幼兒園數',
    ].join('\n');
    expect(show(splitSpaceColumns(blocks(text)))[0]).toEqual([
      ['策略目標', 'KSF', 'KPI'],
      ['AC1 減輕家長育兒經濟負擔', '提供平價', 'AC1.1 接受公共化'],
      ['', '', 'AC1.2 幼兒園數'],
    ]);
  });

  it('a header left of every cell has a column: a perspective centred in its merged cell between two rows', () => {
    const text = [
      '  構面         策略目標              關鍵成功因素               關鍵績效指標',
      '',
      '                               AL1 設計課程精進           AL1.1 研討會滿意度',
      '         AL1 提升專業知能',
      '                               專業知能                   AL1.2 學習時數',
      ' 學習成長',
      '                               BL1 設計課程精進           BL1.1 研討會滿意度',
      '         BL1 提升專業知能',
      '                               專業知能',
    ].join('\n');
    expect(show(splitSpaceColumns(blocks(text)))[0]).toEqual([
      ['構面', '策略目標', '關鍵成功因素', '關鍵績效指標'],
      ['學習成長', 'AL1 提升專業知能', 'AL1 設計課程精進專業知能', 'AL1.1 研討會滿意度'],
      ['', '', '', 'AL1.2 學習時數'],
      ['', 'BL1 提升專業知能', 'BL1 設計課程精進專業知能', 'BL1.1 研討會滿意度'],
    ]);
  });

  it("one objective's KPIs are rows of their own, each with its formula and unit; objective and KSF read whole", () => {
    const text = [
      ' 構面           策略目標                    關鍵績效指標 (KPI)            衡量公式             單位               行動方案',
      '',
      '                               AC1.1 服務品質數量                                千元 / 人   AC1.1.1 數位服務推動計畫',
      '       AC1 推動服務品質',
      '                               AC1.2 學習成效達成率         實際完成數 / 預定完成數 ×100%   %        AC1.2.1 資源運用推動計畫',
      ' 顧客',
      '                               AC2.1 服務品質數量                                千元 / 人   AC2.1.1 流程效率推動計畫',
      '       AC2 建構流程效率',
    ].join('\n');
    expect(show(splitSpaceColumns(blocks(text)))[0]?.slice(1)).toEqual([
      ['顧客', 'AC1 推動服務品質', 'AC1.1 服務品質數量', '', '千元 / 人', 'AC1.1.1 數位服務推動計畫'],
      ['', '', 'AC1.2 學習成效達成率', '實際完成數 / 預定完成數 ×100%', '%', 'AC1.2.1 資源運用推動計畫'],
      ['', 'AC2 建構流程效率', 'AC2.1 服務品質數量', '', '千元 / 人', 'AC2.1.1 流程效率推動計畫'],
    ]);
  });

  it('two cells of one line never share a column: a formula wider than its centred header', () => {
    const text = [
      ' 構面            策略目標                   關鍵績效指標 (KPI)            衡量公式             單位               行動方案',
      '',
      ' 顧客    EC1 強化資源運用              EC1.1 環境品質數量                                件        EC1.1.1 學習成效推動計畫',
      '',
      '內部流程   EP1 強化人才培育              EP1.1 流程效率數量                                %        EP1.1.1 服務品質推動計畫',
      '',
      ' 財務    EF1 提升數位服務              EF1.1 環境品質達成率         實際完成數 / 預定完成數 ×100%   %        EF1.1.1 服務品質推動計畫',
    ].join('\n');
    expect(show(splitSpaceColumns(blocks(text)))[0]?.[3]).toEqual([
      '財務',
      'EF1 提升數位服務',
      'EF1.1 環境品質達成率',
      '實際完成數 / 預定完成數 ×100%',
      '%',
      'EF1.1.1 服務品質推動計畫',
    ]);
  });

  it("a city map's lead row: each bureau's cell centred at its own height, the label among them, is one row", () => {
    const text = [
      '策略主題     營造永續環境 (A)    健全都市發展 (B)    發展文化多元 (C)',
      '',
      '財務構面     AF1 提高預算執行    BF1 提高預算執行    CF1 提高預算執行',
      '             效能                效能                效能',
      '',
      '             環保局 ( 主功 ) 經                      文化局 ( 主功 ) 觀',
      '                                 都發局 ( 主功 ) 工',
      '分組成員     管局、工務局                            傳局、民政局',
      '                                 務局、地政局',
      '簡報完畢',
    ].join('\n');
    expect(show(splitSpaceColumns(blocks(text)))).toEqual([
      [
        ['策略主題', '營造永續環境 (A)', '健全都市發展 (B)', '發展文化多元 (C)'],
        ['財務構面', 'AF1 提高預算執行效能', 'BF1 提高預算執行效能', 'CF1 提高預算執行效能'],
        [
          '分組成員',
          '環保局 ( 主功 ) 經管局、工務局',
          '都發局 ( 主功 ) 工務局、地政局',
          '文化局 ( 主功 ) 觀傳局、民政局',
        ],
        ['簡報完畢', '', '', ''],
      ],
    ]);
  });

  it('leaves prose alone: single spaces, or a single line with two cells', () => {
    const text = '【使命】 推動終身學習 打造書香城市\n\nAC1  提升市民\n';
    expect(splitSpaceColumns(blocks(text)).every((b) => b.kind === 'text')).toBe(true);
  });
});

describe('cells continued on the next line', () => {
  it("a page cutting a row: the next page's table starts with the rest of it, its label cell empty", () => {
    const text =
      '策略主題\tA 推廣藝文\tB 保存文化\n顧客\tAC1 提升藝文參與 AC2 建立\tBC1 增進文資認識\n\n\t文創平台\tBC2 保存古蹟\n內部流程\tAP1 辦理活動\tBP1 修復古蹟\n';
    expect(show(joinContinuations(blocks(text)))).toEqual([
      [
        ['策略主題', 'A 推廣藝文', 'B 保存文化'],
        ['顧客', 'AC1 提升藝文參與 AC2 建立文創平台', 'BC1 增進文資認識BC2 保存古蹟'],
        ['內部流程', 'AP1 辦理活動', 'BP1 修復古蹟'],
      ],
    ]);
    // Every cell goes on, also one whose rest starts with the next code; a lead row follows.
    const city =
      '策略主題\tA 推廣藝文\tB 保存文化\n顧客\tAC1 提升藝文參與\tBC1 增進\n\n\tAC2 建立文創平台\t文資認識\n分組成員\t文化局(主功) 觀傳局、民政局\t環保局(主功) 工務局\n';
    expect(show(joinContinuations(blocks(city)))).toEqual([
      [
        ['策略主題', 'A 推廣藝文', 'B 保存文化'],
        ['顧客', 'AC1 提升藝文參與AC2 建立文創平台', 'BC1 增進文資認識'],
        ['分組成員', '文化局(主功) 觀傳局、民政局', '環保局(主功) 工務局'],
      ],
    ]);
  });

  it('joins a pipe row whose cells start with words to the row above, units and all', () => {
    const text =
      '| 代碼 | 指標 | 公式 | 單位 |\n|---|---|---|---|\n| AC1.1 | 媒合率 | 成功人數/ | |\n| | | 求職人數×100% | % |\n';
    expect(show(joinContinuations(blocks(text)))).toEqual([
      [
        ['代碼', '指標', '公式', '單位'],
        ['AC1.1', '媒合率', '成功人數/求職人數×100%', '%'],
      ],
    ]);
  });

  it('a tab row cut inside a cell, a line without tabs between rows, and the next item of a cell', () => {
    const text =
      '策略目標\tKPI\t行動方案\nBP1 落實檢查\tBP1.1 勞動檢查\n涵蓋率\tBP1.1.1 勞動檢查\n計畫 BP1.1.2 稽核\nAP1 強化訓練\tAP1.1 結訓率\tAP1.1.1 訓練方案\n';
    expect(show(joinContinuations(blocks(text)))).toEqual([
      [
        ['策略目標', 'KPI', '行動方案'],
        ['BP1 落實檢查', 'BP1.1 勞動檢查涵蓋率', 'BP1.1.1 勞動檢查計畫 BP1.1.2 稽核'],
        ['AP1 強化訓練', 'AP1.1 結訓率', 'AP1.1.1 訓練方案'],
      ],
    ]);
  });

  it('keeps rows that start something: merged first cells, uncoded KSFs, labels, lead rows', () => {
    const text = [
      '| 策略目標 | 關鍵成功因素 | 關鍵績效指標 |',
      '|---|---|---|',
      '| 內部流程 | | |',
      '| BP1提供資源 | 建立課程 | BP1.1 合作項目 |',
      '| | 強化網絡 | BP1.2 復學率 |',
      '| | 另一因素 | |',
    ].join('\n');
    expect(show(joinContinuations(blocks(text)))[0]).toEqual([
      ['策略目標', '關鍵成功因素', '關鍵績效指標'],
      ['內部流程', '', ''],
      ['BP1提供資源', '建立課程', 'BP1.1 合作項目'],
      ['', '強化網絡', 'BP1.2 復學率'],
      ['', '另一因素', ''],
    ]);
    const leads = '策略目標\t財務 F\tAF1 提高效能\n\t分組成員\t環保局(主功) 工務局\n';
    expect(show(joinContinuations(blocks(leads)))[0]).toHaveLength(2);
  });

  it('joins the wrapped rest of a theme header and keeps a mission phrase apart from the next', () => {
    const text =
      '策略主題\t提供優質平價近便\t升級優化中小學\n\t的學前教育 A\t教育品質 B\n【使命】 引導學校創新 激發學生潛能\t\n推廣終身學習\t\n';
    const out = show(joinContinuations(blocks(text)));
    expect(out[0]?.[0]).toEqual(['策略主題', '提供優質平價近便的學前教育 A', '升級優化中小學教育品質 B']);
  });
});
