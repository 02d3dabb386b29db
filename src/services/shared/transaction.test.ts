import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { translateDatabaseError } from './transaction';

const refusal = (code: string) => Object.assign(new Error(`database error ${code}`), { code });
const translated = (error: unknown) => translateDatabaseError(error) as AppError;

describe('translateDatabaseError', () => {
  it('reports a lost connection as the database being unreachable', () => {
    for (const code of ['08006', '08001', '57P01', 'ECONNREFUSED']) {
      expect(translated(refusal(code))).toMatchObject({
        kind: 'unavailable',
        message: expect.stringContaining('not reachable'),
      });
    }
  });

  it('reports running out of memory or past a program limit as a change too large, not as an outage', () => {
    for (const code of ['53200', '54000', '54001', '08P01']) {
      const e = translated(refusal(code));
      expect(e).toBeInstanceOf(AppError);
      expect(e.kind).toBe('too_large');
      expect(e.message).toContain('too large for the database to process in one go');
    }
    // The error wrapped as a cause, as the ORM passes driver errors on.
    expect(translated(new Error('failed query', { cause: refusal('53200') })).kind).toBe('too_large');
  });

  it('says which resource the server lacks without claiming it is unreachable', () => {
    expect(translated(refusal('53100')).message).toContain('disk is full');
    expect(translated(refusal('53300')).message).toContain('no free connection');
    expect(translated(refusal('53000')).message).toContain('lacks the resources');
    for (const code of ['53100', '53300', '53000']) {
      expect(translated(refusal(code))).toMatchObject({ kind: 'unavailable' });
      expect(translated(refusal(code)).message).not.toContain('not reachable');
    }
  });

  it('turns failed allocations into too_large and leaves other range errors alone', () => {
    expect(translated(new RangeError('Invalid string length')).kind).toBe('too_large');
    expect(translated(new RangeError('Array buffer allocation failed')).kind).toBe('too_large');
    const bug = new RangeError('toFixed() digits argument must be between 0 and 100');
    expect(translateDatabaseError(bug)).toBe(bug);
  });
});
