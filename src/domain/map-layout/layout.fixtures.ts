import type { PlanDocumentInput } from '../plan-document';

/**
 * A generated plan (fast-check, seed 1, run 207) whose links in both directions between BL1
 * and BP1 once gave the router negative step costs and sent it round a loop until it ran out
 * of memory. Names are long and full of markup characters on purpose.
 */
export const LOOP_FIXTURE: Partial<PlanDocumentInput> = {
  themes: [
    { letter: 'A', name: 'open data滿意度培育優秀人力open data滿意度open data滿意度市民培育優秀人力' },
    {
      letter: 'B',
      name: '提升&提升「開放」資料培育優秀人力推動 AI 智慧治理強化跨機關資料整合與公共服務推動 AI 智慧治理推動 AI 智慧治理',
    },
  ],
  objectives: [
    { code: 'AC1', name: 'open data滿意度培育優秀人力open data滿意度open data滿意度市民培育優秀人力' },
    {
      code: 'AC2',
      name: '提升&提升「開放」資料培育優秀人力推動 AI 智慧治理強化跨機關資料整合與公共服務推動 AI 智慧治理推動 AI 智慧治理',
    },
    { code: 'AC3', name: 'open data培育優秀人力強化跨機關資料整合與公共服務' },
    { code: 'AC4', name: '市民強化跨機關資料整合與公共服務open data&<b>推動 AI 智慧治理，提升' },
    { code: 'AC5', name: '<b>推動 AI 智慧治理市民推動 AI 智慧治理' },
    {
      code: 'AF1',
      name: '強化跨機關資料整合與公共服務「開放」資料<b>強化跨機關資料整合與公共服務滿意度推動 AI 智慧治理培育優秀人力滿意度提升',
    },
    { code: 'AF2', name: '滿意度&培育優秀人力&open data&，強化跨機關資料整合與公共服務' },
    { code: 'AF3', name: '培育優秀人力強化跨機關資料整合與公共服務滿意度培育優秀人力<b>滿意度' },
    { code: 'BP1', name: '培育優秀人力open data推動 AI 智慧治理推動 AI 智慧治理' },
    { code: 'BP2', name: '滿意度市民滿意度open data市民open data滿意度' },
    { code: 'BL1', name: '&推動 AI 智慧治理&培育優秀人力' },
    { code: 'C1', name: '「開放」資料' },
    { code: 'C2', name: '「開放」資料' },
    { code: 'C3', name: '&&' },
    { code: 'P1', name: '「開放」資料open data強化跨機關資料整合與公共服務' },
    {
      code: 'P2',
      name: '強化跨機關資料整合與公共服務「開放」資料培育優秀人力強化跨機關資料整合與公共服務「開放」資料推動 AI 智慧治理',
    },
    { code: 'L1', name: '滿意度<b>推動 AI 智慧治理，，<b>&強化跨機關資料整合與公共服務' },
    { code: 'F1', name: '推動 AI 智慧治理&提升市民<b>市民' },
    { code: 'F2', name: '，培育優秀人力推動 AI 智慧治理' },
    { code: 'TC1', name: '<b><b>提升推動 AI 智慧治理，' },
    { code: 'ZL1', name: '市民推動 AI 智慧治理「開放」資料市民' },
  ],
  links: [
    { from: 'BL1', to: 'TC1' },
    { from: 'AC4', to: 'L1' },
    { from: 'C1', to: 'BL1' },
    { from: 'BP1', to: 'BL1' },
    { from: 'BL1', to: 'BP1' },
    { from: 'BL1', to: 'AC2' },
    { from: 'P2', to: 'TC1' },
  ],
};
