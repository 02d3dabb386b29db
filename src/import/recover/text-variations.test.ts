import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../domain/plan-document';
import type { ImportResult } from '../import-document';
import { importText, SEED_DIR } from '../test-helpers';
import { VARIATIONS } from './text-variations';

/**
 * Each way text extractions of a deck differ, applied to each seed: the recovered plans must be
 * the seed's plans (codes, names, themes, cascades, links), or every difference must be named by
 * a finding of that plan.
 */

const seedDir = SEED_DIR;
const seeds = readdirSync(seedDir).sort();
const same = (s: string) => s.normalize('NFKC').replace(/台/g, '臺').replace(/\s+/g, '');

/** What must come back: key (a code or theme letter) → what the plan says about it. */
function elements(p: PlanDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of p.themes) {
    const c = t.cascadesFrom;
    out.set(t.letter, same(`${t.name}|${c ? `${c.org}/${c.letter}` : ''}`));
  }
  for (const o of p.objectives) out.set(o.code, same(`${o.name}|${o.theme}|${o.perspective}`));
  for (const k of p.kpis)
    out.set(k.code, same(`${k.name}|${k.objective}|${k.formula ?? ''}|${k.unit ?? ''}`));
  for (const a of p.actions) out.set(a.code, same(`${a.name}|${a.kpi}`));
  for (const l of p.links) out.set(`${l.from}>${l.to}`, 'link');
  return out;
}

/** Keys that differ and that no finding of the plan names. */
function unexplained(original: ImportResult, variant: ImportResult): string[] {
  const out: string[] = [];
  for (const p of original.plans) {
    const v = variant.plans.find((x) => same(x.org.name) === same(p.org.name) && x.year === p.year);
    if (!v) {
      out.push(`plan ${p.org.name} ${p.year} missing`);
      continue;
    }
    const named = new Set(
      variant.findings.filter((f) => f.plan && same(f.plan.org) === same(p.org.name)).flatMap((f) => f.codes),
    );
    const want = elements(p);
    const got = elements(v);
    for (const key of new Set([...want.keys(), ...got.keys()])) {
      if (want.get(key) === got.get(key) || named.has(key.split('>')[0] ?? key)) continue;
      out.push(`${p.org.name} ${key}: ${want.get(key) ?? '—'} → ${got.get(key) ?? '—'}`);
    }
  }
  return out;
}

/** What the findings say, without their lines (which move when a variation adds lines). */
const said = (r: ImportResult) =>
  [...new Set(r.findings.map((f) => `${same(f.plan?.org ?? '')} ${f.rule} ${f.codes}`))].sort();

/** One cell per line loses which column a cell was in (a KSF coded like its objective): findings must say so. */
const LOSSY = new Set(['one cell per line']);

describe('text variations of the seeds', () => {
  for (const seed of seeds) {
    const text = readFileSync(join(seedDir, seed), 'utf8');
    const original = importText(text, seed);
    for (const [name, vary] of Object.entries(VARIATIONS)) {
      it(`${seed}: ${name}`, () => {
        const variant = importText(vary(text), seed);
        expect(unexplained(original, variant)).toEqual([]);
        if (!LOSSY.has(name)) {
          expect(variant.plans.map((p) => elements(p))).toEqual(original.plans.map((p) => elements(p)));
          expect(said(variant)).toEqual(said(original));
        }
      });
    }
  }
});
