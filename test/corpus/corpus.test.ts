import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../scripts/corpus/corpus';
import { haveLibreOffice } from '../../scripts/corpus/libreoffice';
import { describeDifference } from './compare';
import { type FormResult, resultTable, runForm } from './run-forms';

/**
 * The import corpus (issue 13): the three seed plans drawn as agency decks in every style,
 * through pptxgenjs and LibreOffice (PPTX, PDF, pdftotext), as Word documents and their PDFs,
 * plus the seeds in every text variation. Every form must import to its expected plans — names,
 * codes, themes, cascades, links exact — or come with findings naming what is uncertain. One
 * test per form, so the report shows which forms and which elements fail.
 */

function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// LibreOffice (Impress and Writer) and poppler come from scripts/install-export-tools.sh, which npm
// test runs before the suite; the corpus installs nothing itself and says what is missing.
const missingTools = [
  ...(haveLibreOffice() ? [] : ['LibreOffice (libreoffice-impress)']),
  ...(existsSync('/usr/lib/libreoffice/program/swriter') ? [] : ['LibreOffice Writer (libreoffice-writer)']),
  ...(hasCommand('pdftotext') ? [] : ['pdftotext (poppler-utils)']),
];
if (missingTools.length > 0)
  throw new Error(
    `the import corpus needs ${missingTools.join(', ')}: run bash scripts/install-export-tools.sh (npm test runs it first)`,
  );

const dir = mkdtempSync(join(tmpdir(), 'stratmap-corpus-'));
const manifest = await buildCorpus({ out: dir, slice: 'test' });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('import corpus', () => {
  const entries = manifest.entries;
  const results: FormResult[] = [];

  it('covers every deck style and writer, Word, PDF and every seed text variation', () => {
    const by = (f: (e: (typeof entries)[number]) => string | null) => new Set(entries.map(f));
    expect(by((e) => e.style)).toEqual(
      new Set(['boxes', 'groups', 'table', 'lines', 'word', 'plan-text', 'seed']),
    );
    expect(by((e) => e.writer).size).toBe(7);
    expect(entries.filter((e) => e.style === 'seed')).toHaveLength(39);
  });

  for (const entry of entries)
    it(entry.id, async () => {
      const r = await runForm(dir, entry);
      results.push(r);
      const message = r.refused
        ? `${entry.file} was refused: ${r.refused}`
        : `${entry.file}: ${r.comparison.unexplained.length} differences no finding names\n${r.comparison.unexplained
            .map((d) => `  ${describeDifference(d)}`)
            .join('\n')}`;
      expect(r.refused, message).toBeUndefined();
      expect(r.comparison.unexplained, message).toEqual([]);
    });

  it('summary (every form, elements exact/total)', () => {
    console.log(resultTable(results, 0));
    expect(results).toHaveLength(entries.length);
  });
});
