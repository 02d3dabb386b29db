import { describe, expect, it } from 'vitest';
import { inboxCount, inboxGroups, pickedKpis, trackingHref } from './inbox-groups';

const plan = {
  planId: 7,
  orgId: 3,
  org: '臺北市政府環境保護局',
  year: 110,
  status: 'approved',
  due: [
    { kpiId: 1, code: 'AC1.1', name: '空品', period: '110Q2', frequency: 'quarter' },
    { kpiId: 2, code: 'AC1.2', name: '陳情', period: '110Q2', frequency: 'quarter' },
    { kpiId: 3, code: 'BC1.1', name: '社宅', period: '110H1', frequency: 'half' },
  ],
  unexplained: [
    { actualId: 9, kpiId: 4, code: 'F1.1', name: '預算', period: '110Q1', achievement: 0.5, version: 1 },
  ],
};

describe('inbox groups', () => {
  it('groups missing actuals by period and red results apart, each linking to its period', () => {
    const groups = inboxGroups(plan);
    expect(groups.map((g) => [g.kind, g.period, g.kpis.map((k) => k.code)])).toEqual([
      ['due', '110Q2', ['AC1.1', 'AC1.2']],
      ['due', '110H1', ['BC1.1']],
      ['unexplained', '110Q1', ['F1.1']],
    ]);
    expect(groups.map((g) => g.href)).toEqual([
      '/plans/7/tracking?period=110Q2&kpi=AC1.1,AC1.2',
      '/plans/7/tracking?period=110H1&kpi=BC1.1',
      '/plans/7/tracking?period=110Q1&kpi=F1.1',
    ]);
    expect(inboxCount({ at: '', plans: [plan, plan] })).toBe(8);
    expect(inboxCount(undefined)).toBe(0);
  });

  it('reads back the KPI codes a link picks out, whichever way they are written', () => {
    const href = trackingHref(7, '110Q2', ['AC1.1', 'AC1.2']);
    const search = new URLSearchParams(href.slice(href.indexOf('?')));
    expect(search.get('period')).toBe('110Q2');
    expect(pickedKpis(search)).toEqual(['AC1.1', 'AC1.2']);
    expect(pickedKpis(new URLSearchParams('kpi=A1.1&kpi=B2.1,%20B2.2&kpi='))).toEqual([
      'A1.1',
      'B2.1',
      'B2.2',
    ]);
    expect(pickedKpis(new URLSearchParams('period=110'))).toEqual([]);
    expect(trackingHref(7, '110', [])).toBe('/plans/7/tracking?period=110');
  });
});
