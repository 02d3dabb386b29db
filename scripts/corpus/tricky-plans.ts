import type { PlanDocumentInput } from '../../src/domain/plan-document';

/**
 * Hand-made plans with what real decks do and importers get wrong: objectives shared by every
 * theme (F1, L1 and their KPIs F1.1, F1.2), names long enough to wrap over three lines, formulas
 * with ×, ÷, full-width brackets and a trailing %, several KSFs for one objective, and an
 * English map whose theme letters are the city's own (E, G, H) and whose year is Gregorian.
 */

type Row = [code: string, name: string];

const objectives = (rows: Row[]) => rows.map(([code, name]) => ({ code, name }));

export function sharedObjectivesPlan(): PlanDocumentInput {
  const city = '臺北市政府';
  return {
    format: 'stratmap.plan/1',
    org: { name: '臺北市政府產業發展局', parent: city },
    year: 110,
    title: '110年臺北市政府產業發展局策略地圖暨平衡計分卡',
    mission: '打造友善創新的產業環境 促進城市經濟永續成長',
    vision: '成為亞洲創新創業首選城市',
    coreValues: ['正直誠信', '團隊合作', '創新卓越', '開放共享'],
    perspectiveOrder: ['C', 'P', 'L', 'F'],
    themes: [
      { letter: 'A', name: '完善創業服務及投資環境', cascadesFrom: { org: city, letter: 'D', year: 110 } },
      {
        letter: 'B',
        name: '推動產業數位轉型與智慧化升級',
        cascadesFrom: { org: city, letter: 'D', year: 110 },
      },
      {
        letter: 'C',
        name: '營造低碳永續的綠色產業發展環境',
        cascadesFrom: { org: city, letter: 'A', year: 110 },
      },
    ],
    objectives: objectives([
      ['AC1', '提升新創團隊進駐育成空間及加速器之滿意度與續留比率'],
      ['AC2', '吸引國內外企業來臺投資設點'],
      ['AP1', '建構一站式創業諮詢與法規調適服務'],
      ['AL1', '培育具跨域整合能力之招商人才'],
      ['BC1', '協助中小企業導入數位工具'],
      ['BP1', '建置產業數據共享平臺'],
      ['BP2', '推動智慧製造示範場域之建置與擴散應用'],
      ['BL1', '強化同仁數位治理知能'],
      ['CC1', '提高市民對綠色消費之認同'],
      ['CP1', '輔導業者取得節能減碳標章'],
      ['L1', '精進組織學習與知識管理'],
      ['F1', '加強基金預算運用效能'],
    ]),
    ksfs: [
      { code: 'AC1', objective: 'AC1', name: '提供優質育成空間及專業輔導' },
      { code: 'AC2', objective: 'AC2', name: '提供投資媒合與單一窗口服務' },
      { code: 'AP1', objective: 'AP1', name: '整合跨局處法規諮詢資源' },
      { code: 'AL1', objective: 'AL1', name: '辦理招商實務及國際談判訓練' },
      { code: 'BC1', objective: 'BC1', name: '補助中小企業數位轉型' },
      { code: 'BP1', objective: 'BP1', name: '開放產業統計資料' },
      { code: 'BP2', objective: 'BP2', name: '遴選示範場域並擴散成功案例' },
      { code: 'BL1', objective: 'BL1', name: '規劃數位治理課程' },
      { code: 'CC1', objective: 'CC1', name: '推廣綠色商店及綠色採購' },
      { code: 'CP1', objective: 'CP1', name: '提供節能診斷服務' },
      { code: 'CP2', objective: 'CP1', name: '推動業者自主減碳' },
      { code: 'L1', objective: 'L1', name: '建立知識分享平臺' },
      { code: 'F1', objective: 'F1', name: '如期如質落實預算執行' },
    ],
    kpis: [
      {
        code: 'AC1.1',
        objective: 'AC1',
        name: '進駐團隊滿意度',
        formula: '(非常滿意人數+滿意人數)÷填答人數×100%',
        unit: '%',
      },
      {
        code: 'AC1.2',
        objective: 'AC1',
        name: '畢業團隊續留本市設立公司家數',
        formula: null,
        unit: '家數',
      },
      { code: 'AC2.1', objective: 'AC2', name: '新增投資金額', formula: null, unit: '千元' },
      {
        code: 'AP1.1',
        objective: 'AP1',
        name: '諮詢案件於期限內結案比率',
        formula: '期限內結案件數/諮詢案件總數×100%',
        unit: '%',
      },
      { code: 'AL1.1', objective: 'AL1', name: '招商人員受訓人次', formula: null, unit: '人次' },
      {
        code: 'BC1.1',
        objective: 'BC1',
        name: '導入數位工具之中小企業家數成長率',
        formula: '（本年度家數－上年度家數）／上年度家數×100%',
        unit: '%',
      },
      { code: 'BP1.1', objective: 'BP1', name: '開放資料集數', formula: null, unit: '類別數' },
      { code: 'BP2.1', objective: 'BP2', name: '示範場域建置數', formula: null, unit: '場次' },
      {
        code: 'BL1.1',
        objective: 'BL1',
        name: '數位治理課程完訓率',
        formula: '完訓人數/應訓人數×100%',
        unit: '%',
      },
      { code: 'CC1.1', objective: 'CC1', name: '綠色商店家數', formula: null, unit: '家數' },
      {
        code: 'CP1.1',
        objective: 'CP1',
        name: '取得節能減碳標章業者數',
        formula: null,
        unit: '件',
      },
      { code: 'L1.1', objective: 'L1', name: '知識文件分享件數', formula: null, unit: '件' },
      {
        code: 'F1.1',
        objective: 'F1',
        name: '資本門預算執行率',
        formula: '(資本門實支數+資本門應付未付數)/(資本門預算數)×100%',
        unit: '%',
      },
      {
        code: 'F1.2',
        objective: 'F1',
        name: '每人平均業務費',
        formula: '業務費總額÷員工人數',
        unit: '千元/人',
      },
    ],
    actions: [
      { code: 'AC1.1.1', kpi: 'AC1.1', name: '臺北創新創業育成加速計畫' },
      { code: 'AC1.2.1', kpi: 'AC1.2', name: '新創團隊落地輔導方案' },
      { code: 'AC2.1.1', kpi: 'AC2.1', name: '臺北市產業發展獎勵補助計畫' },
      { code: 'AP1.1.1', kpi: 'AP1.1', name: '一站式投資服務中心營運計畫' },
      { code: 'AL1.1.1', kpi: 'AL1.1', name: '招商人才培訓計畫' },
      { code: 'BC1.1.1', kpi: 'BC1.1', name: '中小企業數位轉型補助計畫' },
      { code: 'BC1.1.2', kpi: 'BC1.1', name: '數位工具體驗及推廣活動方案' },
      { code: 'BP1.1.1', kpi: 'BP1.1', name: '產業數據開放平臺建置計畫' },
      { code: 'BP2.1.1', kpi: 'BP2.1', name: '智慧製造示範場域建置暨成功案例擴散應用推廣計畫' },
      { code: 'BL1.1.1', kpi: 'BL1.1', name: '數位治理人才培育計畫' },
      { code: 'CC1.1.1', kpi: 'CC1.1', name: '綠色消費推廣計畫' },
      { code: 'CP1.1.1', kpi: 'CP1.1', name: '業者節能診斷輔導計畫' },
      { code: 'L1.1.1', kpi: 'L1.1', name: '知識管理平臺維運計畫' },
      { code: 'F1.1.1', kpi: 'F1.1', name: '臺北市政府所屬各機關資本支出預算執行考核作業要點' },
      { code: 'F1.2.1', kpi: 'F1.2', name: '業務費支用管控作業' },
    ],
    links: [
      { from: 'AL1', to: 'AP1' },
      { from: 'AP1', to: 'AC1' },
      { from: 'AP1', to: 'AC2' },
      { from: 'BL1', to: 'BP1' },
      { from: 'BP1', to: 'BC1' },
      { from: 'BP2', to: 'BC1' },
      { from: 'CP1', to: 'CC1' },
      { from: 'L1', to: 'CP1' },
      { from: 'F1', to: 'BP2' },
    ],
  };
}

export function englishHealthPlan(): PlanDocumentInput {
  return {
    format: 'stratmap.plan/1',
    org: { name: '臺北市政府衛生局', parent: '臺北市政府' },
    year: 108,
    title: 'Department of Health Strategy Map in 2019',
    mission: 'Protect and promote the health of every citizen',
    vision: 'A healthy, safe and friendly city',
    coreValues: ['Integrity', 'Teamwork', 'Innovation', 'Openness'],
    perspectiveOrder: ['C', 'P', 'L', 'F'],
    themes: [
      { letter: 'E', name: 'Strengthen Social Support' },
      { letter: 'G', name: 'Advance Health and Safety' },
      { letter: 'H', name: 'Streamline Good Governance' },
    ],
    objectives: objectives([
      ['EC1', 'Improve long-term care services for the elderly and the disabled'],
      ['EP1', 'Expand community care stations'],
      ['GC1', "Promote citizens' physical and mental health"],
      ['GC2', 'Build a safe food environment'],
      ['GP1', 'Strengthen the emergency medical care network'],
      ['GP2', 'Enhance infectious disease prevention and control'],
      ['GL1', 'Develop professional public health talent'],
      ['HC1', 'Raise satisfaction with health services'],
      ['HP1', 'Digitise health administration services'],
      ['HF1', 'Improve budget execution efficiency'],
    ]),
    ksfs: [
      { code: 'EC1', objective: 'EC1', name: 'Integrate long-term care resources' },
      { code: 'GC1', objective: 'GC1', name: 'Promote healthy lifestyles' },
      { code: 'GP1', objective: 'GP1', name: 'Shorten emergency response times' },
      { code: 'HF1', objective: 'HF1', name: 'Execute the budget on schedule' },
    ],
    kpis: [
      {
        code: 'EC1.1',
        objective: 'EC1',
        name: 'Long-term care service coverage rate',
        formula: 'Persons served / persons in need × 100%',
        unit: '%',
      },
      {
        code: 'EP1.1',
        objective: 'EP1',
        name: 'Number of community care stations',
        formula: null,
        unit: 'stations',
      },
      {
        code: 'GC1.1',
        objective: 'GC1',
        name: 'Adult regular exercise rate',
        formula: 'Adults exercising regularly / adults surveyed × 100%',
        unit: '%',
      },
      { code: 'GC2.1', objective: 'GC2', name: 'Food inspection pass rate', formula: null, unit: '%' },
      {
        code: 'GP1.1',
        objective: 'GP1',
        name: 'Ambulance arrival within 10 minutes rate',
        formula: null,
        unit: '%',
      },
      { code: 'GP2.1', objective: 'GP2', name: 'Vaccination coverage rate', formula: null, unit: '%' },
      {
        code: 'GL1.1',
        objective: 'GL1',
        name: 'Training hours per staff member',
        formula: null,
        unit: 'hours',
      },
      { code: 'HC1.1', objective: 'HC1', name: 'Service satisfaction rate', formula: null, unit: '%' },
      { code: 'HP1.1', objective: 'HP1', name: 'Online application services', formula: null, unit: 'items' },
      {
        code: 'HF1.1',
        objective: 'HF1',
        name: 'Capital budget execution rate',
        formula: 'Capital expenditure / capital budget × 100%',
        unit: '%',
      },
    ],
    actions: [],
    links: [
      { from: 'EP1', to: 'EC1' },
      { from: 'GP1', to: 'GC1' },
      { from: 'GP2', to: 'GC2' },
      { from: 'GL1', to: 'GP1' },
      { from: 'HP1', to: 'HC1' },
    ],
  };
}
