import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { PlanDocument } from '../../src/domain/plan-document';
import { buildDeck } from './deck/build-deck';
import { cascadeNotes, cascadeSentence } from './deck/cascade';
import { DECK_STYLES } from './deck/styles';
import { type ElementKind, kindsPresent, projectPlan } from './kinds';
import { convert, pdfToLayoutText } from './libreoffice';
import type { CorpusEntry, CorpusManifest, ExpectedRef, Writer } from './manifest';
import { type CorpusPlan, corpusPlans, loadSample, parentOf, ROOT, SEED_DIR } from './plans';
import { planText } from './text/plan-text';
import { TEXT_VARIATIONS, type TextVariation } from './text/variations';
import { planHtml } from './word';

/**
 * Builds the corpus into a folder: every plan as agency decks in every style (pptxgenjs), the
 * same decks through LibreOffice (re-saved as PPTX by its own writer, and as PDF, and that PDF's
 * `pdftotext -layout`), the plan as a Word document (and its PDF), the plan as extracted text,
 * and the seed extractions in every text variation. Writes manifest.json and expected/*.json.
 */

export interface BuildOptions {
  out: string;
  /** `test`: the three seed plans and the seeds, every style and writer; `full`: every plan. */
  slice: 'test' | 'full';
  log?: (line: string) => void;
}

/** The main plan of each seed: what the seed document is about (not a parent it quotes). */
export const SEED_PLANS = ['臺北市政府人事處-110', '臺北市立圖書館-108', '臺北市政府教育局-110'];
const TEXT_FORM_VARIATIONS = ['layout', 'cell-per-line', 'wrapped-cells', 'split-tables', 'page-headers'];

const hash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 8);

function transformNames(plan: PlanDocument, f: (s: string) => string): PlanDocument {
  return {
    ...plan,
    mission: f(plan.mission),
    vision: f(plan.vision),
    coreValues: plan.coreValues.map(f),
    themes: plan.themes.map((t) => ({ ...t, name: f(t.name) })),
    objectives: plan.objectives.map((o) => ({ ...o, name: f(o.name) })),
    ksfs: plan.ksfs.map((k) => ({ ...k, name: f(k.name) })),
    kpis: plan.kpis.map((k) => ({
      ...k,
      name: f(k.name),
      formula: k.formula ? f(k.formula) : k.formula,
      unit: k.unit ? f(k.unit) : k.unit,
    })),
    actions: plan.actions.map((a) => ({ ...a, name: f(a.name) })),
  };
}

class CorpusFolder {
  readonly entries: CorpusEntry[] = [];
  private readonly written = new Set<string>();
  constructor(readonly out: string) {}

  file(rel: string, bytes: Uint8Array | string): string {
    const path = join(this.out, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    return path;
  }

  expected(planId: string, plan: PlanDocument, kinds: ElementKind[], variant = ''): ExpectedRef {
    const sorted = [...kinds].sort();
    const file = `expected/${planId}${variant ? `.${variant}` : ''}.${hash(sorted.join(','))}.json`;
    if (!this.written.has(file)) {
      this.file(file, `${JSON.stringify(projectPlan(plan, sorted), null, 2)}\n`);
      this.written.add(file);
    }
    return { planId, file, kinds: sorted };
  }
}

const without = (kinds: ElementKind[], ...drop: ElementKind[]) => kinds.filter((k) => !drop.includes(k));

async function decks(w: CorpusFolder, plans: CorpusPlan[], chosen: CorpusPlan[]): Promise<CorpusEntry[]> {
  const made: CorpusEntry[] = [];
  for (const p of chosen)
    for (const style of DECK_STYLES) {
      const deck = await buildDeck(p, parentOf(plans, p), style);
      const rel = `pptx/${p.id}.${style.id}.pptx`;
      w.file(rel, deck.bytes);
      const expected = deck.expected.map((e) => {
        const plan = plans.find((q) => q.id === e.planId)?.plan as PlanDocument;
        return w.expected(e.planId, plan, e.kinds);
      });
      made.push({
        id: `deck/${p.id}/${style.id}/pptxgenjs`,
        file: rel,
        source: { kind: 'plan', id: p.id },
        style: style.id,
        writer: 'pptxgenjs',
        variation: null,
        expected,
        tolerated: [],
        notes: style.description,
      });
    }
  return made;
}

function derived(
  base: CorpusEntry,
  writer: Writer,
  file: string,
  expected: ExpectedRef[],
  note: string,
): CorpusEntry {
  return {
    ...base,
    id: base.id.replace(/[^/]+$/, writer),
    file,
    writer,
    expected,
    notes: `${base.notes}; ${note}`,
  };
}

/** What pdftotext keeps: all text, no arrows. */
function textOnly(w: CorpusFolder, plans: CorpusPlan[], refs: ExpectedRef[]): ExpectedRef[] {
  return refs.map((r) =>
    w.expected(
      r.planId,
      plans.find((q) => q.id === r.planId)?.plan as PlanDocument,
      without(r.kinds, 'links'),
    ),
  );
}

async function libreOffice(
  w: CorpusFolder,
  plans: CorpusPlan[],
  pptx: CorpusEntry[],
  words: CorpusEntry[],
  log: (s: string) => void,
) {
  const abs = (e: CorpusEntry) => join(w.out, e.file);
  const rel = (p: string) => relative(w.out, p);
  const t0 = performance.now();
  const [pdfs, resaved, docx] = await Promise.all([
    convert(pptx.map(abs), { to: 'pdf:impress_pdf_Export', outDir: join(w.out, 'pdf') }),
    convert(pptx.map(abs), { to: 'pptx:Impress MS PowerPoint 2007 XML', outDir: join(w.out, 'lo-pptx') }),
    convert(
      words.map((e) => join(w.out, e.file.replace(/\.docx$/, '.html'))),
      {
        to: 'docx:MS Word 2007 XML',
        inFilter: 'HTML (StarWriter)',
        outDir: join(w.out, 'docx'),
      },
    ),
  ]);
  const docxPdfs = await convert(docx, { to: 'pdf:writer_pdf_Export', outDir: join(w.out, 'docx-pdf') });
  log(
    `LibreOffice: ${pptx.length * 2 + words.length * 2} conversions in ${Math.round(performance.now() - t0)} ms`,
  );
  const out: CorpusEntry[] = [];
  for (const [i, e] of pptx.entries()) {
    const pdf = pdfs[i] as string;
    const txt = join(w.out, 'pdftotext', `${basename(pdf, '.pdf')}.txt`);
    mkdirSync(dirname(txt), { recursive: true });
    await pdfToLayoutText(pdf, txt);
    out.push(
      derived(
        e,
        'libreoffice-pptx',
        rel(resaved[i] as string),
        e.expected,
        'opened and saved as PPTX by LibreOffice Impress (its own OOXML writer)',
      ),
      derived(
        e,
        'libreoffice-pdf',
        rel(pdf),
        e.expected,
        'printed to PDF by LibreOffice (arrows become paths)',
      ),
      derived(
        e,
        'pdftotext',
        rel(txt),
        textOnly(w, plans, e.expected),
        'pdftotext -layout of that PDF (no arrows)',
      ),
    );
  }
  for (const [i, e] of words.entries()) {
    out.push(
      { ...e, file: rel(docx[i] as string) },
      derived(
        e,
        'libreoffice-docx-pdf',
        rel(docxPdfs[i] as string),
        e.expected,
        'that Word document printed to PDF',
      ),
    );
  }
  return out;
}

function wordEntries(w: CorpusFolder, plans: CorpusPlan[], chosen: CorpusPlan[]): CorpusEntry[] {
  return chosen.map((p) => {
    const parent = parentOf(plans, p);
    const html = planHtml(p.plan, {
      locale: p.locale,
      cascadeNotes: cascadeSentence(p.plan, parent, false) ? {} : cascadeNotes(p.plan, parent, false),
      cascadeSentence: cascadeSentence(p.plan, parent, false),
    });
    const rel = `word/${p.id}.html`;
    w.file(rel, html);
    const present = kindsPresent(p.plan);
    const kinds = without(
      [...present],
      'links',
      ...(present.has('cascades') ? [] : (['parent'] as ElementKind[])),
    );
    return {
      id: `word/${p.id}/word/libreoffice-docx`,
      file: rel.replace(/\.html$/, '.docx'),
      source: { kind: 'plan', id: p.id },
      style: 'word',
      writer: 'libreoffice-docx',
      variation: null,
      expected: [w.expected(p.id, p.plan, kinds)],
      tolerated: [],
      notes:
        'Word write-up: headings, theme list with cascade, map table, scorecard tables (written by LibreOffice Writer from HTML)',
    };
  });
}

function textEntries(
  w: CorpusFolder,
  plans: CorpusPlan[],
  chosen: CorpusPlan[],
  variations: TextVariation[],
): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  for (const p of chosen) {
    const text = planText(p.plan, {
      locale: p.locale,
      cascadeNotes: cascadeNotes(p.plan, parentOf(plans, p), false),
    });
    const present = kindsPresent(p.plan);
    const kinds = without(
      [...present],
      'links',
      'leads',
      ...(present.has('cascades') ? [] : (['parent'] as ElementKind[])),
    );
    for (const v of [null, ...variations]) {
      const rel = `text/${p.id}.${v?.id ?? 'plain'}.txt`;
      w.file(rel, v ? v.apply(text) : text);
      const plan = v?.changesNames ? transformNames(p.plan, v.changesNames) : p.plan;
      out.push({
        id: `text/${p.id}/plan-text/${v?.id ?? 'plain'}`,
        file: rel,
        source: { kind: 'plan', id: p.id },
        style: 'plan-text',
        writer: 'text',
        variation: v?.id ?? null,
        expected: [w.expected(p.id, plan, kinds, v?.changesNames ? v.id : '')],
        tolerated: [],
        notes: `the plan as text copied out of its deck${v ? `; ${v.description}` : ''}`,
      });
    }
  }
  return out;
}

function seedEntries(w: CorpusFolder): CorpusEntry[] {
  const index = JSON.parse(readFileSync(join(ROOT, 'samples', 'index.json'), 'utf8')) as {
    file: string;
    source: string;
  }[];
  const out: CorpusEntry[] = [];
  for (const seed of [...new Set(index.map((e) => e.source))].sort()) {
    const text = readFileSync(join(SEED_DIR, seed), 'utf8');
    const samples = index
      .filter((e) => e.source === seed)
      .map((e) => ({ id: `sample-${e.file.replace(/\.json$/, '')}`, plan: loadSample(e.file) }));
    const tolerated = samples.flatMap((s) =>
      s.plan.org.parent ? [`${s.plan.org.parent} ${s.plan.year}`] : [],
    );
    for (const v of [null, ...TEXT_VARIATIONS]) {
      const rel = `seeds/${seed.replace(/\.txt$/, '')}.${v?.id ?? 'original'}.txt`;
      w.file(rel, v ? v.apply(text) : text);
      out.push({
        id: `seed/${seed}/seed/${v?.id ?? 'original'}`,
        file: rel,
        source: { kind: 'seed', id: seed },
        style: 'seed',
        writer: 'text',
        variation: v?.id ?? 'original',
        expected: samples.map((s) => {
          const plan = v?.changesNames ? transformNames(s.plan, v.changesNames) : s.plan;
          return w.expected(s.id, plan, [...kindsPresent(s.plan)], v?.changesNames ? v.id : '');
        }),
        tolerated: tolerated.filter((t) => !samples.some((s) => `${s.plan.org.name} ${s.plan.year}` === t)),
        notes: `seed text extraction${v ? `; ${v.description}` : ' as given'}; expects the committed samples`,
      });
    }
  }
  return out;
}

export async function buildCorpus(o: BuildOptions): Promise<CorpusManifest> {
  const log = o.log ?? (() => {});
  const w = new CorpusFolder(o.out);
  const plans = corpusPlans();
  const seedPlans = plans.filter((p) => SEED_PLANS.some((s) => p.id === `sample-${s}`));
  const deckPlans = o.slice === 'full' ? plans : seedPlans;
  const t0 = performance.now();
  const pptx = await decks(w, plans, deckPlans);
  const words = wordEntries(w, plans, deckPlans);
  log(
    `${pptx.length} decks and ${words.length} Word pages drawn in ${Math.round(performance.now() - t0)} ms`,
  );
  const converted = await libreOffice(w, plans, pptx, words, log);
  const textPlans = o.slice === 'full' ? plans : plans.filter((p) => p.origin === 'tricky');
  const variations = TEXT_VARIATIONS.filter(
    (v) => o.slice === 'full' || TEXT_FORM_VARIATIONS.slice(0, 2).includes(v.id),
  );
  const entries = [
    ...pptx,
    ...converted,
    ...textEntries(
      w,
      plans,
      textPlans,
      o.slice === 'full' ? variations.filter((v) => TEXT_FORM_VARIATIONS.includes(v.id)) : variations,
    ),
    ...seedEntries(w),
  ];
  const manifest: CorpusManifest = { format: 'stratmap.corpus/1', slice: o.slice, entries };
  w.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  log(`${entries.length} forms in ${Math.round(performance.now() - t0)} ms`);
  return manifest;
}
