import { describe, expect, it } from 'vitest';
import { reportHtml } from './report-html';
import { samplePlan } from './test-plans';

describe('the PDF report', () => {
  it("prints a KPI's note under its formula and unit, escaped", () => {
    const plan = samplePlan('臺北市政府人事處-110.json');
    const kpi = plan.kpis.find((k) => k.formula) ?? plan.kpis[0];
    if (!kpi) throw new Error('the sample has no KPI');
    kpi.note = '以上各數均含<保留款>';
    const html = reportHtml(plan, { now: new Date('2021-06-01T04:00:00Z') });
    expect(html).toContain('備註：以上各數均含&lt;保留款&gt;');
    expect(html.indexOf('備註：')).toBeGreaterThan(html.indexOf(`${kpi.code}`));
  });
});
