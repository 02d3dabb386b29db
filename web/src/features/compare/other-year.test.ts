import { describe, expect, it } from 'vitest';
import { defaultOtherPlan } from './other-year';

describe('the other year to compare with', () => {
  const plans = [
    { id: 1, year: 107 },
    { id: 2, year: 108 },
    { id: 3, year: 110 },
    { id: 4, year: 112 },
  ];
  const current = { id: 3, year: 110 };

  it('is the previous year by default, else the next', () => {
    expect(defaultOtherPlan(plans, current, null)?.id).toBe(2);
    expect(defaultOtherPlan(plans, { id: 1, year: 107 }, null)?.id).toBe(2);
    expect(defaultOtherPlan([{ id: 3, year: 110 }], current, null)).toBeUndefined();
  });

  it('follows the address when it names another plan of the list', () => {
    expect(defaultOtherPlan(plans, current, 4)?.id).toBe(4);
    // Itself or an unknown plan: the default.
    expect(defaultOtherPlan(plans, current, 3)?.id).toBe(2);
    expect(defaultOtherPlan(plans, current, 99)?.id).toBe(2);
  });
});
