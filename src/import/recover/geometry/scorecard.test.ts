import { describe, expect, it } from 'vitest';
import type { TableFrame } from '../../pages';
import { planNamed, recoverPages, slide, table, text } from './test-pages';

const HEAD = ['構面', '策略目標', '關鍵成功因素', '關鍵績效指標', '衡量公式', '單位', '行動方案'];
const BOX = { x: 20, y: 60, w: 920, h: 400 };
/** The perspective, objective AC1 and its KSF, merged down over `rows` rows. */
const ac1 = (rows: number) => [
  { text: '顧客', rowSpan: rows },
  { text: 'AC1 減輕家長育兒經濟負擔', rowSpan: rows },
  { text: '提供平價教保服務', rowSpan: rows },
];
const title = (t: string) => text(t, { x: 20, y: 5, w: 900, h: 40 }, { role: 'title' });

function deck(...tables: TableFrame[]) {
  const result = recoverPages(tables.map((t, i) => slide(i + 1, [title('教育局110年平衡計分卡'), t])));
  return { result, plan: planNamed(result, '臺北市政府教育局') };
}

describe('scorecard tables with merged cells', () => {
  it('gives each KPI row the objective and KSF merged down over it, each action its KPI', () => {
    const { plan } = deck(
      table(
        [
          HEAD,
          [
            { text: '顧客', rowSpan: 3 },
            { text: 'AC1 減輕家長育兒經濟負擔', rowSpan: 2 },
            { text: '提供平價教保服務', rowSpan: 2 },
            { text: 'AC1.1 接受公共化教保服務人數比率', rowSpan: 2 },
            '接受公共化教保服務人數/全市幼兒人數×100%',
            '%',
            'AC1.1.1 增設公共化幼兒園',
          ],
          [null, null, null, null, '', '', 'AC1.1.2 推動準公共化機制'],
          [null, 'AC2 提升教保品質', '強化輔導', 'AC2.1 輔導園數', '輔導園數', '園', 'AC2.1.1 專業輔導計畫'],
        ],
        BOX,
      ),
    );
    expect(plan.ksfs).toEqual([
      { code: null, objective: 'AC1', name: '提供平價教保服務' },
      { code: null, objective: 'AC2', name: '強化輔導' },
    ]);
    expect(plan.kpis.map((k) => [k.code, k.objective, k.formula, k.unit])).toEqual([
      ['AC1.1', 'AC1', '接受公共化教保服務人數/全市幼兒人數×100%', '%'],
      ['AC2.1', 'AC2', '輔導園數', '園'],
    ]);
    expect(plan.actions.map((a) => `${a.kpi}:${a.code}`)).toEqual([
      'AC1.1:AC1.1.1',
      'AC1.1:AC1.1.2',
      'AC2.1:AC2.1.1',
    ]);
  });

  it('joins a formula, a unit and names a row break continued into the next row', () => {
    const { plan } = deck(
      table(
        [
          HEAD,
          [...ac1(4), 'AC1.1 接受公共化教保服務', '接受公共化教保服務人數/', '', 'AC1.1.1 增設公共化'],
          [null, null, null, '人數比率', '全市幼兒人數×100%', '%', '幼兒園'],
          [null, null, null, 'AC1.2 育兒津貼申請人數', '申請人數', '千人', 'AC1.2.1 發放育兒津貼'],
          [null, null, null, '', '', '次', ''],
        ],
        BOX,
      ),
    );
    expect(plan.kpis.map((k) => [k.code, k.name, k.formula, k.unit])).toEqual([
      ['AC1.1', '接受公共化教保服務人數比率', '接受公共化教保服務人數/全市幼兒人數×100%', '%'],
      ['AC1.2', '育兒津貼申請人數', '申請人數', '千人次'],
    ]);
    expect(plan.actions.map((a) => a.name)).toEqual(['增設公共化幼兒園', '發放育兒津貼']);
  });

  it('keeps a note continued in the next row apart from the formula, as the text recovery does', () => {
    const { plan } = deck(
      table(
        [
          HEAD,
          [...ac1(2), 'AC1.1 接受公共化教保服務人數比率', '接受公共化教保服務人數/', '%', ''],
          [null, null, null, '', '全市幼兒人數×100%（以上各數均含私立幼兒園）', '', ''],
        ],
        BOX,
      ),
    );
    expect(plan.kpis[0]).toMatchObject({
      formula: '接受公共化教保服務人數/全市幼兒人數×100%',
      note: '以上各數均含私立幼兒園',
      unit: '%',
    });
  });

  it('files a second KSF of a merged objective, in a row with no code, under that objective', () => {
    const { plan } = deck(
      table(
        [
          HEAD,
          [
            { text: '顧客', rowSpan: 2 },
            { text: 'AC1 減輕家長育兒經濟負擔', rowSpan: 2 },
            '提供平價教保服務',
            { text: 'AC1.1 接受公共化教保服務人數比率', rowSpan: 2 },
            { text: '接受公共化教保服務人數/全市幼兒人數×100%', rowSpan: 2 },
            { text: '%', rowSpan: 2 },
            { text: 'AC1.1.1 增設公共化幼兒園', rowSpan: 2 },
          ],
          [null, null, '推動育兒津貼', null, null, null, null],
        ],
        BOX,
      ),
    );
    expect(plan.ksfs.map((k) => `${k.objective}:${k.name}`)).toEqual([
      'AC1:提供平價教保服務',
      'AC1:推動育兒津貼',
    ]);
  });

  it('keeps a KSF printed under two objectives under both', () => {
    const { plan } = deck(
      table(
        [
          HEAD,
          ['學習成長', 'AL1 提升專業知能', '精進專業課程', 'AL1.1 訓練時數', '總時數/人數', '小時', ''],
          ['學習成長', 'BL1 提升專業知能', '精進專業課程', 'BL1.1 訓練人次', '參訓人次', '人次', ''],
        ],
        BOX,
      ),
    );
    expect(plan.ksfs.map((k) => `${k.objective}:${k.name}`)).toEqual([
      'AL1:精進專業課程',
      'BL1:精進專業課程',
    ]);
  });

  it('joins a table split over slides: the header repeated, the first rows under the last objective', () => {
    const first = table(
      [
        HEAD,
        [
          ...ac1(2),
          'AC1.1 接受公共化教保服務人數比率',
          '接受公共化教保服務人數/',
          '%',
          'AC1.1.1 增設公共化幼兒園',
        ],
        [null, null, null, 'AC1.2 育兒津貼申請人數', '申請人數', '人次', 'AC1.2.1 發放育兒津貼'],
      ],
      BOX,
    );
    const second = table(
      [
        HEAD,
        [{ text: '顧客', rowSpan: 3 }, '', '', '', '全市育兒家庭數', '', ''],
        [null, '', '推動育兒津貼', '', '', '', ''],
        [null, 'AC2 提升教保品質', '強化輔導', 'AC2.1 輔導園數', '輔導園數', '園', 'AC2.1.1 專業輔導計畫'],
      ],
      BOX,
    );
    const { plan } = deck(first, second);
    expect(plan.kpis.find((k) => k.code === 'AC1.2')?.formula).toBe('申請人數全市育兒家庭數');
    expect(plan.ksfs.map((k) => `${k.objective}:${k.name}`)).toEqual([
      'AC1:提供平價教保服務',
      'AC1:推動育兒津貼',
      'AC2:強化輔導',
    ]);
  });

  it('continues a table split over slides without its header', () => {
    const first = table(
      [
        HEAD,
        [
          '顧客',
          'AC1 減輕家長育兒經濟負擔',
          '提供平價教保服務',
          'AC1.1 接受公共化教保服務人數比率',
          '接受公共化教保服務人數/',
          '%',
          '',
        ],
      ],
      BOX,
    );
    const second = table([['', '', '', '', '全市幼兒人數×100%', '', 'AC1.1.1 增設公共化幼兒園']], BOX);
    const { plan } = deck(first, second);
    expect(plan.kpis[0]?.formula).toBe('接受公共化教保服務人數/全市幼兒人數×100%');
  });

  it('reports a KPI printed in the rows of another objective, filing it by its code', () => {
    const { plan, result } = deck(
      table(
        [
          HEAD,
          [...ac1(2), 'AC1.1 接受公共化教保服務人數比率', '', '%', ''],
          [null, null, null, 'AC2.1 輔導園數', '', '園', ''],
          ['顧客', 'AC2 提升教保品質', '強化輔導', 'AC2.2 輔導次數', '', '次', ''],
        ],
        BOX,
      ),
    );
    expect(plan.kpis.map((k) => `${k.objective}:${k.code}`)).toEqual(['AC1:AC1.1', 'AC2:AC2.1', 'AC2:AC2.2']);
    const found = result.findings.filter((f) => f.rule === 'scorecard-row-mismatch');
    expect(found.map((f) => f.message.zh)).toEqual([
      '關鍵績效指標 AC2.1 位於策略目標 AC1 的合併儲存格範圍內，但代碼表示屬於 AC2；依代碼判定',
    ]);
  });

  it('reads English scorecard headings', () => {
    const head = [
      'Perspective',
      'Strategic Objective',
      'Key Success Factor',
      'KPI',
      'Formula',
      'Unit',
      'Action Plan',
    ];
    const { plan } = deck(
      table(
        [
          head,
          [
            { text: 'Customer', rowSpan: 2 },
            { text: 'AC1 Cleaner air', rowSpan: 2 },
            { text: 'Fewer emissions', rowSpan: 2 },
            'AC1.1 Days of good air',
            'good days/365 days',
            '%',
            'AC1.1.1 Inspect factories',
          ],
          [null, null, null, '', '×100%', '', ''],
        ],
        BOX,
      ),
    );
    expect(plan.kpis[0]).toMatchObject({ code: 'AC1.1', formula: 'good days/365 days ×100%', unit: '%' });
    expect(plan.ksfs.map((k) => `${k.objective}:${k.name}`)).toEqual(['AC1:Fewer emissions']);
  });
});
