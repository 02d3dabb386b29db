import { describe, expect, it } from 'vitest';
import type { Perspective } from '../../../../src/domain/codes';
import { PlanScoringSchema } from '../../../../src/domain/plan-document';
import { DEFAULT_SETTINGS } from '../../../../src/domain/scoring/types';
import { UpdatePlanInput } from '../../../../src/services/plans/update-plan';
import { en } from '../../i18n/en';
import { zhTW } from '../../i18n/zh-TW';
import {
  checkScoringForm,
  effectiveScoring,
  fieldOfIssue,
  formValuesOf,
  isDefaultScoring,
  percentOf,
  ratioOf,
  SCORING_DEFAULTS,
  type ScoringFormValues,
  scoringOfForm,
  scoringSummary,
} from './scoring-settings';

const form = (over: Partial<ScoringFormValues> = {}): ScoringFormValues => ({
  ...formValuesOf(SCORING_DEFAULTS),
  ...over,
});

describe('scoring settings ↔ form values', () => {
  it('has the domain’s defaults', () => {
    const { thresholds, cap, rollup, planFrom } = DEFAULT_SETTINGS;
    expect(SCORING_DEFAULTS).toMatchObject({ ...thresholds, cap, rollup, planFrom });
    expect(effectiveScoring(null)).toEqual(SCORING_DEFAULTS);
    expect(isDefaultScoring(effectiveScoring({}))).toBe(true);
  });

  it('fills in what a plan leaves out and keeps what it states', () => {
    const s = effectiveScoring({ thresholds: { green: 0.9 }, rollup: 'worst', perspectiveWeights: { F: 0 } });
    expect(s).toEqual({
      ...SCORING_DEFAULTS,
      green: 0.9,
      rollup: 'worst',
      weights: { C: 1, P: 1, L: 1, F: 0 },
    });
    expect(isDefaultScoring(s)).toBe(false);
  });

  it('shows ratios as per cent and saves the same numbers the literals are', () => {
    expect(
      formValuesOf(effectiveScoring({ thresholds: { green: 0.85, yellow: 0.7 }, cap: 1.15 })),
    ).toMatchObject({
      green: 85,
      yellow: 70,
      cap: 115,
    });
    for (const [p, r] of [
      [85, 0.85],
      [82.5, 0.825],
      [33.3, 0.333],
      [115, 1.15],
      [0, 0],
    ] as const) {
      expect(ratioOf(p)).toBe(r);
      expect(percentOf(r)).toBe(p);
    }
  });

  it('saves what the schema accepts, every perspective weight included', () => {
    const values = form({ green: 85, yellow: 60, cap: 150, rollup: 'worst', planFrom: 'themes' });
    values.weights = { C: 2, P: 1, L: 0.5, F: 0 };
    const scoring = scoringOfForm(values);
    expect(scoring).toEqual({
      thresholds: { green: 0.85, yellow: 0.6 },
      cap: 1.5,
      rollup: 'worst',
      planFrom: 'themes',
      perspectiveWeights: { C: 2, P: 1, L: 0.5, F: 0 },
    });
    expect(PlanScoringSchema.parse(scoring)).toEqual(scoring);
    expect(formValuesOf(effectiveScoring(scoring))).toEqual(values);
  });
});

describe('checks at the fields', () => {
  it('refuses what the schema refuses, at the field to change', () => {
    const cases: [Partial<ScoringFormValues>, Record<string, string>][] = [
      [{}, {}],
      [{ green: 80, yellow: 80, cap: 80 }, {}],
      [{ yellow: 90, green: 85 }, { yellow: 'yellowAboveGreen' }],
      [{ green: 130 }, { green: 'greenAboveCap' }],
      [{ cap: 0, green: 0, yellow: 0 }, { cap: 'capNotPositive' }],
      [{ yellow: -5 }, { yellow: 'negative' }],
      [{ cap: -1 }, { cap: 'negative' }],
      [{ weights: { C: -1, P: 1, L: 1, F: 1 } }, { 'weights.C': 'negative' }],
    ];
    for (const [over, expected] of cases) {
      const values = form(over);
      expect(checkScoringForm(values), JSON.stringify(over)).toEqual(expected);
      const schema = PlanScoringSchema.safeParse(scoringOfForm(values));
      expect(schema.success, JSON.stringify(over)).toBe(Object.keys(expected).length === 0);
    }
  });

  it('asks for the numbers a user emptied', () => {
    expect(checkScoringForm(form({ green: null, cap: null }))).toEqual({
      green: 'required',
      cap: 'required',
    });
    expect(checkScoringForm(form({ weights: { C: 1, P: null, L: 1, F: 1 } }))).toEqual({
      'weights.P': 'required',
    });
  });

  it('needs a perspective that counts when the plan is scored from perspectives', () => {
    const none = { C: 0, P: 0, L: 0, F: 0 };
    const order: Perspective[] = ['F', 'C', 'P', 'L'];
    expect(checkScoringForm(form({ weights: none }), order)).toEqual({ 'weights.F': 'noPerspectiveWeight' });
    expect(checkScoringForm(form({ weights: none, planFrom: 'themes' }), order)).toEqual({});
  });

  it('puts the server’s refusals at the fields they are about', () => {
    // The relations between fields are only checked once every field is well-formed.
    const fieldsOf = (scoring: unknown) => {
      const refused = UpdatePlanInput.safeParse({ version: 1, scoring });
      expect(refused.success).toBe(false);
      return new Set((refused.error?.issues ?? []).map((i) => fieldOfIssue(i.path.join('.'))));
    };
    expect(fieldsOf({ cap: 0, perspectiveWeights: { L: -1 }, rollup: 'x' })).toEqual(
      new Set(['cap', 'weights.L', 'rollup']),
    );
    expect(fieldsOf({ thresholds: { green: 0.7, yellow: 0.8 } })).toEqual(new Set(['yellow']));
    // Green above the cap is reported on the settings as a whole: listed above the fields.
    expect(fieldsOf({ thresholds: { green: 1.3 } })).toEqual(new Set([null]));
    expect(fieldOfIssue('scoring.thresholds.green')).toBe('green');
    expect(fieldOfIssue('scoring.planFrom')).toBe('planFrom');
    expect(fieldOfIssue('mission')).toBeNull();
  });
});

describe('the settings in plain words', () => {
  const plan = (hasThemes = true) => ({
    order: ['C', 'P', 'L', 'F'] as Perspective[],
    label: (p: Perspective) => ({ C: '顧客', P: '內部流程', L: '學習成長', F: '財務' })[p],
    hasThemes,
  });

  it('states the defaults in one sentence', () => {
    expect(scoringSummary(zhTW, SCORING_DEFAULTS, plan())).toBe(
      '達成率 100% 以上綠燈、80% 以上黃燈，未達 80% 紅燈；超額達成以 120% 計；各層以加權平均彙總；整體分數由各構面加權（權重相同）。',
    );
    expect(scoringSummary(en, SCORING_DEFAULTS, { ...plan(), label: (p) => p })).toBe(
      'Green from 100% achievement, yellow from 80%, red below 80%; over-achievement counts as at most 120%; each level is the weighted average of the one below; the plan score weights the perspectives (equal weights).',
    );
  });

  it('lists unequal weights in the plan’s perspective order and names those left out', () => {
    const s = { ...SCORING_DEFAULTS, green: 0.85, yellow: 0.625, weights: { C: 2, P: 1, L: 1, F: 0 } };
    const order: Perspective[] = ['F', 'C', 'P', 'L'];
    expect(scoringSummary(zhTW, s, { ...plan(), order })).toBe(
      '達成率 85% 以上綠燈、62.5% 以上黃燈，未達 62.5% 紅燈；超額達成以 120% 計；各層以加權平均彙總；整體分數由各構面加權（財務不計入、顧客 2、內部流程 1、學習成長 1）。',
    );
    expect(scoringSummary(zhTW, { ...s, rollup: 'worst' }, plan())).toContain(
      '各層取最差者；整體分數取各構面中最差者（財務不計入）。',
    );
    expect(scoringSummary(zhTW, { ...SCORING_DEFAULTS, rollup: 'worst' }, plan())).toMatch(
      /整體分數取各構面中最差者。$/,
    );
  });

  it('says themes when the plan is scored from its themes, perspectives when it has none', () => {
    const s = { ...SCORING_DEFAULTS, planFrom: 'themes' as const };
    expect(scoringSummary(zhTW, s, plan())).toMatch(/整體分數由各策略主題加權（主題權重）。$/);
    expect(scoringSummary(zhTW, { ...s, rollup: 'worst' }, plan())).toMatch(
      /整體分數取各策略主題中最差者。$/,
    );
    expect(scoringSummary(zhTW, s, plan(false))).toMatch(/整體分數由各構面加權（權重相同）。$/);
  });
});
