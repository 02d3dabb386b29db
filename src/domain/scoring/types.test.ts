import { describe, expect, it } from 'vitest';
import { MilestoneStageSchema, ScoringSettingsSchema, WeightSchema } from './types';

const messages = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message);

describe('scoring field messages', () => {
  it('says a value is out of range, not that it is not a number', () => {
    expect(messages(MilestoneStageSchema.safeParse({ name: '完工', percent: 150 }))).toEqual([
      'a stage percent must be between 0 and 100',
    ]);
    expect(messages(ScoringSettingsSchema.safeParse({ thresholds: { green: 1, yellow: -0.1 } }))).toEqual([
      'the yellow threshold cannot be negative',
    ]);
    expect(messages(WeightSchema.safeParse(-1))).toEqual(['a weight cannot be negative']);
  });

  it('says a value that is not a number is not one', () => {
    expect(messages(MilestoneStageSchema.safeParse({ name: '完工', percent: '五成' }))).toEqual([
      'stage percent must be a number',
    ]);
  });
});
