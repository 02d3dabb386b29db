import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareCodes,
  formatActionCode,
  formatKpiCode,
  formatObjectiveCode,
  isActionCode,
  isKpiCode,
  isObjectiveCode,
  normalizeCode,
  objectiveCodeMatchesTheme,
  PERSPECTIVES,
  parentCode,
  parseCode,
  rebaseCode,
} from './codes';

const FC = { seed: 20210330, numRuns: 500 };

describe('parseCode', () => {
  it('reads objectives, KPIs and actions', () => {
    expect(parseCode('AC1')).toMatchObject({
      kind: 'objective',
      themeLetter: 'A',
      perspective: 'C',
      objectiveNumber: 1,
    });
    expect(parseCode('AC1.2')).toMatchObject({
      kind: 'kpi',
      objectiveCode: 'AC1',
      kpiCode: 'AC1.2',
      kpiNumber: 2,
    });
    expect(parseCode('AC1.2.3')).toMatchObject({ kind: 'action', kpiCode: 'AC1.2', actionNumber: 3 });
  });
  it('reads shared objectives without a theme letter and the city-wide T', () => {
    expect(parseCode('F1')).toMatchObject({ themeLetter: null, perspective: 'F', objectiveCode: 'F1' });
    expect(parseCode('L2.1')).toMatchObject({ kind: 'kpi', themeLetter: null, objectiveCode: 'L2' });
    expect(parseCode('TC4')).toMatchObject({ themeLetter: 'T', perspective: 'C' });
  });
  it('reads a theme letter that is also a perspective letter', () => {
    expect(parseCode('CC1')).toMatchObject({ themeLetter: 'C', perspective: 'C' });
    expect(parseCode('PL3')).toMatchObject({ themeLetter: 'P', perspective: 'L' });
    expect(parseCode('C1')).toMatchObject({ themeLetter: null, perspective: 'C' });
  });
  it('accepts full-width, lower case, spaces and full stops', () => {
    expect(parseCode('ＡＣ１．１')?.code).toBe('AC1.1');
    expect(parseCode('ac1.1.1')?.code).toBe('AC1.1.1');
    expect(parseCode(' A C 1 ')?.code).toBe('AC1');
    expect(parseCode('AC1。2')?.code).toBe('AC1.2');
  });
  it('rejects what is not a code', () => {
    for (const bad of [
      '',
      'A',
      'AX1',
      'AC0',
      'AC01',
      'AC1.',
      'AC1..1',
      'AC1.1.1.1',
      'ABC1',
      'AC1000',
      '1AC',
      'AC1.0',
      'KPI',
    ]) {
      expect(parseCode(bad), bad).toBeNull();
    }
  });
  it('kind helpers agree with parseCode', () => {
    expect(isObjectiveCode('BP2')).toBe(true);
    expect(isObjectiveCode('BP2.1')).toBe(false);
    expect(isKpiCode('BP2.1')).toBe(true);
    expect(isActionCode('BP2.1.1')).toBe(true);
    expect(isActionCode('BP2.1')).toBe(false);
  });
});

describe('code helpers', () => {
  it('formats and finds parents', () => {
    expect(formatObjectiveCode(null, 'F', 1)).toBe('F1');
    expect(formatObjectiveCode('A', 'C', 2)).toBe('AC2');
    expect(formatKpiCode('AC2', 3)).toBe('AC2.3');
    expect(formatActionCode('AC2.3', 1)).toBe('AC2.3.1');
    expect(parentCode('AC2.3.1')).toBe('AC2.3');
    expect(parentCode('AC2.3')).toBe('AC2');
    expect(parentCode('AC2')).toBeNull();
    expect(parentCode('nonsense')).toBeNull();
  });
  it('rebases only codes that belong to the objective', () => {
    expect(rebaseCode('EP1.1', 'EP1', 'EF1')).toBe('EF1.1');
    expect(rebaseCode('EP1', 'EP1', 'EF1')).toBe('EF1');
    expect(rebaseCode('EP10.1', 'EP1', 'EF1')).toBe('EP10.1');
  });
  it('orders codes as a planner reads them', () => {
    const codes = ['AC10', 'AC1.1', 'AP1', 'AC2', 'AC1', 'F1', 'BC1'];
    expect([...codes].sort(compareCodes)).toEqual(['AC1', 'AC1.1', 'AC2', 'AC10', 'AP1', 'BC1', 'F1']);
  });
  it('matches objective codes to themes, T being city-wide unless the plan has a theme T', () => {
    expect(objectiveCodeMatchesTheme('AC1', 'A', false)).toBe(true);
    expect(objectiveCodeMatchesTheme('AC1', 'B', false)).toBe(false);
    expect(objectiveCodeMatchesTheme('F1', null, false)).toBe(true);
    expect(objectiveCodeMatchesTheme('TC1', null, false)).toBe(true);
    expect(objectiveCodeMatchesTheme('TC1', null, true)).toBe(false);
    expect(objectiveCodeMatchesTheme('AC1', null, false)).toBe(false);
  });
});

const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
const perspective = fc.constantFrom(...PERSPECTIVES);
const num = fc.integer({ min: 1, max: 999 });

describe('code properties', () => {
  it('every formatted code parses back to itself with the same parts', () => {
    fc.assert(
      fc.property(fc.option(letter, { nil: null }), perspective, num, num, num, (l, p, o, k, a) => {
        const obj = formatObjectiveCode(l, p, o);
        const kpi = formatKpiCode(obj, k);
        const act = formatActionCode(kpi, a);
        expect(parseCode(obj)).toMatchObject({
          kind: 'objective',
          code: obj,
          themeLetter: l,
          perspective: p,
        });
        expect(parseCode(kpi)).toMatchObject({ kind: 'kpi', objectiveCode: obj, kpiNumber: k });
        expect(parseCode(act)).toMatchObject({ kind: 'action', kpiCode: kpi, actionNumber: a });
        expect(parentCode(act)).toBe(kpi);
        expect(parentCode(kpi)).toBe(obj);
      }),
      FC,
    );
  });
  it('normalizeCode is idempotent and parseCode never throws on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 30 }),
          fc.string({ unit: 'binary', maxLength: 30 }),
        ),
        (s) => {
          const once = normalizeCode(s);
          expect(normalizeCode(once)).toBe(once);
          const p = parseCode(s);
          if (p) expect(parseCode(p.code)).toEqual(p);
        },
      ),
      FC,
    );
  });
  it('full-width and spaced spellings parse like the plain code', () => {
    const toWide = (s: string) =>
      s.replace(/[A-Z0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.option(letter, { nil: null }), perspective, num, num, (l, p, o, k) => {
        const code = formatKpiCode(formatObjectiveCode(l, p, o), k);
        expect(parseCode(toWide(code))?.code).toBe(code);
        expect(parseCode(code.toLowerCase().split('').join(' '))?.code).toBe(code);
      }),
      FC,
    );
  });
  it('compareCodes is antisymmetric and consistent with equality', () => {
    const code = fc
      .tuple(fc.option(letter, { nil: null }), perspective, num, fc.option(num, { nil: null }))
      .map(([l, p, o, k]) =>
        k === null ? formatObjectiveCode(l, p, o) : formatKpiCode(formatObjectiveCode(l, p, o), k),
      );
    fc.assert(
      fc.property(code, code, (a, b) => {
        expect(Math.sign(compareCodes(a, b))).toBe(-Math.sign(compareCodes(b, a)));
        expect(compareCodes(a, b) === 0).toBe(a === b);
      }),
      FC,
    );
  });
});
