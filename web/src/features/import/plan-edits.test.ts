import { describe, expect, it } from 'vitest';
import { PLAN_FORMAT, type PlanDocument } from '../../../../src/domain/plan-document';
import {
  applyEdit,
  initialEdits,
  isParentContext,
  preparedPlans,
  retitle,
  withCascade,
  withKnownParent,
  withOrg,
  withYear,
} from './plan-edits';

const plan = (
  org: string,
  parent: string | null,
  year: number,
  themes: PlanDocument['themes'],
): PlanDocument => ({
  format: PLAN_FORMAT,
  org: { name: org, parent },
  year,
  mission: '',
  vision: '',
  coreValues: [],
  themes,
  objectives: [],
  ksfs: [],
  kpis: [],
  actions: [],
  links: [],
});

const city = plan('臺北市政府', null, 110, [
  { letter: 'E', name: '強化社會支持' },
  { letter: 'F', name: '打造優質教育' },
]);
const agency = plan('臺北市政府人事處', '台北市政府', 110, [
  { letter: 'A', name: '提升組織效能', cascadesFrom: { org: '臺北市政府', letter: 'H', year: null } },
  { letter: 'B', name: '妥善人力運用', cascadesFrom: { org: '臺北市政府', letter: 'H', year: 109 } },
  { letter: 'C', name: '培育人才' },
]);

describe('what the planner decides before an import', () => {
  it('leaves out the parent map an agency document carries, and nothing else', () => {
    expect(isParentContext([agency, city], 1)).toBe(true);
    expect(isParentContext([agency, city], 0)).toBe(false);
    expect(isParentContext([city], 0)).toBe(false);
    expect(initialEdits([agency, city]).map((e) => e.include)).toEqual([true, false]);
  });

  it('starts from what was read, a cascade of no stated year in the plan year', () => {
    const [edit] = initialEdits([agency]);
    expect(edit).toEqual({
      include: true,
      org: '臺北市政府人事處',
      parent: '台北市政府',
      year: 110,
      cascades: {
        A: { org: '臺北市政府', letter: 'H', year: 110 },
        B: { org: '臺北市政府', letter: 'H', year: 109 },
        C: null,
      },
    });
  });

  it('moves the plan-year cascades with the year and keeps another year’s', () => {
    const [edit] = initialEdits([agency]);
    if (!edit) throw new Error('no edit');
    const moved = withYear(edit, 111);
    expect(moved.year).toBe(111);
    expect(moved.cascades.A).toEqual({ org: '臺北市政府', letter: 'H', year: 111 });
    expect(moved.cascades.B?.year).toBe(109);
  });

  it('drops the old parent’s themes when the organisation moves under another parent', () => {
    const [edit] = initialEdits([agency]);
    if (!edit) throw new Error('no edit');
    // Same parent spelled 台 and 臺: nothing to drop.
    expect(withOrg(edit, '臺北市政府主計處', '臺北市政府').cascades.A).not.toBeNull();
    const moved = withOrg(edit, '臺北市立圖書館', '臺北市政府教育局');
    expect(moved).toMatchObject({ org: '臺北市立圖書館', parent: '臺北市政府教育局' });
    expect(moved.cascades).toEqual({ A: null, B: null, C: null });
  });

  it('keeps a stored organisation under the parent it has, whatever the document said', () => {
    const [edit] = initialEdits([agency]);
    if (!edit) throw new Error('no edit');
    const tree: Record<string, string | null> = { 臺北市政府人事處: '臺北市政府', 臺北市政府: null };
    const parentOf = (org: string) => tree[org];
    expect(withKnownParent(edit, parentOf).parent).toBe('臺北市政府');
    expect(withKnownParent({ ...edit, org: '臺北市政府' }, parentOf).parent).toBeNull();
    const unknown = { ...edit, org: '新機關' };
    expect(withKnownParent(unknown, parentOf)).toBe(unknown);
  });

  it('says the chosen year in a title that stated the read one', () => {
    expect(retitle('113年策略地圖暨平衡計分卡', 113, 114)).toBe('114年策略地圖暨平衡計分卡');
    expect(retitle('民國 110 年度策略地圖', 110, 111)).toBe('民國 111 年度策略地圖');
    expect(retitle('Strategy Map 2021', 110, 111)).toBe('Strategy Map 2022');
    // Numbers that are not the year stay, and so does a title without one.
    expect(retitle('1110年計畫第110號', 110, 111)).toBe('1110年計畫第110號');
    expect(retitle('策略地圖', 110, 111)).toBe('策略地圖');
    expect(retitle(null, 110, 111)).toBeNull();
    const [edit] = initialEdits([{ ...agency, title: '110年策略地圖' }]);
    if (!edit) throw new Error('no edit');
    expect(applyEdit({ ...agency, title: '110年策略地圖' }, withYear(edit, 112)).title).toBe('112年策略地圖');
  });

  it('sends the included plans with organisation, year and cascades applied', () => {
    const edits = initialEdits([agency, city]);
    const [first, second] = edits;
    if (!first || !second) throw new Error('no edits');
    const picked = withCascade(withYear(first, 111), 'C', { org: '臺北市政府', letter: 'F', year: 111 });
    const sent = preparedPlans([agency, city], [picked, second]);
    expect(sent).toHaveLength(1);
    const [doc] = sent;
    expect(doc?.year).toBe(111);
    expect(doc?.org).toEqual({ name: '臺北市政府人事處', parent: '台北市政府' });
    expect(doc?.themes.map((t) => t.cascadesFrom)).toEqual([
      { org: '臺北市政府', letter: 'H', year: 111 },
      { org: '臺北市政府', letter: 'H', year: 109 },
      { org: '臺北市政府', letter: 'F', year: 111 },
    ]);
    expect(applyEdit(agency, withCascade(first, 'A', null)).themes[0]?.cascadesFrom).toBeNull();
    expect(preparedPlans([agency, city], [first, { ...second, include: true }])).toHaveLength(2);
  });
});
