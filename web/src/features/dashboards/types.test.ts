import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/domain/scoring/types';
import { DEFAULT_THRESHOLDS } from './types';

describe('dashboard defaults', () => {
  it("are scoring's own default thresholds", () => {
    expect(DEFAULT_THRESHOLDS).toEqual(DEFAULT_SETTINGS.thresholds);
  });
});
