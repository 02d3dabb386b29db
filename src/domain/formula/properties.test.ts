import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFormula } from './evaluate';
import { parseFormula } from './parse';

const SEED = 20240601;
const NAMES = ['分子', '分母', '資本門實支數', '108年度預算數', 'a', 'x1', '當年度申請校數'];

type Tree =
  | { kind: 'num'; text: string }
  | { kind: 'var'; name: string }
  | { kind: 'neg'; arg: Tree }
  | { kind: 'bin'; op: '+' | '-' | '*' | '/'; left: Tree; right: Tree };

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(
      fc.nat(1000).map((n): Tree => ({ kind: 'num', text: String(n) })),
      fc.tuple(fc.nat(99), fc.nat(99)).map(([i, f]): Tree => ({ kind: 'num', text: `${i}.${f}` })),
    ),
    fc.constantFrom(...NAMES).map((name): Tree => ({ kind: 'var', name })),
    tie('tree').map((arg): Tree => ({ kind: 'neg', arg })),
    fc
      .tuple(fc.constantFrom('+', '-', '*', '/' as const), tie('tree'), tie('tree'))
      .map(([op, left, right]): Tree => ({ kind: 'bin', op, left, right })),
  ),
}));

/** The ways documents spell the same operators and brackets. */
const SPELLING = {
  '*': ['*', '×', '＊'],
  '/': ['/', '÷', '／'],
  '+': ['+', '＋'],
  '-': ['-', '－', '−'],
  open: ['(', '（'],
  close: [')', '）'],
};

function write(t: Tree, pick: (options: string[]) => string): string {
  switch (t.kind) {
    case 'num':
      return t.text;
    case 'var':
      return t.name;
    case 'neg':
      return `${pick(SPELLING['-'])}${pick(SPELLING.open)}${write(t.arg, pick)}${pick(SPELLING.close)}`;
    case 'bin': {
      const [o, c] = [pick(SPELLING.open), pick(SPELLING.close)];
      return `${o}${write(t.left, pick)}${c}${pick(SPELLING[t.op])}${o}${write(t.right, pick)}${c}`;
    }
  }
}

/** Reference semantics: plain JavaScript arithmetic, `null` where a divisor is 0. */
function reference(t: Tree, env: Record<string, number>): number | null {
  switch (t.kind) {
    case 'num':
      return Number(t.text);
    case 'var':
      return env[t.name] as number;
    case 'neg': {
      const v = reference(t.arg, env);
      return v === null ? null : -v;
    }
    case 'bin': {
      const l = reference(t.left, env);
      const r = reference(t.right, env);
      if (l === null || r === null || (t.op === '/' && r === 0)) return null;
      const v = t.op === '+' ? l + r : t.op === '-' ? l - r : t.op === '*' ? l * r : l / r;
      return Number.isFinite(v) ? v : null;
    }
  }
}

const spelled = fc.tuple(tree, fc.infiniteStream(fc.nat(2))).map(([t, choices]) => {
  const it = choices[Symbol.iterator]();
  const text = write(t, (options) => options[(it.next().value as number) % options.length] as string);
  return { t, text };
});
const env = fc.record(Object.fromEntries(NAMES.map((n) => [n, fc.integer({ min: -50, max: 50 })])));

const formulaChars = [...'ab分子母+-*/×÷()（）%％ 1.0：單位=^'];
const messy = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...formulaChars), maxLength: 40 }),
);

describe('formula properties', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const r = parseFormula(text);
        if (r.ok) evaluateFormula(r.formula, { a: 1, b: 0 });
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('evaluates generated arithmetic like plain arithmetic', () => {
    fc.assert(
      fc.property(spelled, env, ({ t, text }, inputs) => {
        const r = parseFormula(text);
        expect(r.ok, text).toBe(true);
        if (!r.ok) return;
        const expected = reference(t, inputs);
        const got = evaluateFormula(r.formula, inputs);
        if (expected === null) expect(got.ok, text).toBe(false);
        else expect(got, text).toEqual({ ok: true, value: expected });
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('parses its normalized form back to the same tree', () => {
    const texts = fc.oneof(
      spelled.map((s) => s.text),
      fc.tuple(spelled, fc.boolean()).map(([s, pct]) => `${s.text}${pct ? '×100％' : ''}`),
      messy,
    );
    fc.assert(
      fc.property(texts, (text) => {
        const first = parseFormula(text);
        if (!first.ok) return;
        const again = parseFormula(first.formula.normalized);
        expect(again.ok, first.formula.normalized).toBe(true);
        if (!again.ok) return;
        expect(again.formula.expression).toEqual(first.formula.expression);
        expect(again.formula.variables).toEqual(first.formula.variables);
        expect(again.formula.percent).toBe(first.formula.percent);
        expect(again.formula.normalized).toBe(first.formula.normalized);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
