import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

/**
 * LibreOffice headless as the corpus's second writer: one soffice run converts a whole batch
 * (it takes seconds to start), with a private profile so parallel runs do not share one, and a
 * timeout so a hung conversion fails the build instead of stalling it.
 */

const run = promisify(execFile);

export const SOFFICE = '/usr/bin/soffice';

export function haveLibreOffice(): boolean {
  return existsSync(SOFFICE);
}

export interface ConvertOptions {
  /** e.g. `pdf:impress_pdf_Export`, `pptx:Impress MS PowerPoint 2007 XML`, `docx:MS Word 2007 XML`. */
  to: string;
  outDir: string;
  /** Import filter, e.g. `HTML (StarWriter)` so an HTML page opens as a Writer document. */
  inFilter?: string;
  timeoutMs?: number;
}

/** Converts every file into outDir (same base name, new extension); returns the output paths. */
export async function convert(files: string[], o: ConvertOptions): Promise<string[]> {
  if (files.length === 0) return [];
  mkdirSync(o.outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'corpus-lo-'));
  const ext = o.to.split(':')[0] as string;
  try {
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        ...(o.inFilter ? [`--infilter=${o.inFilter}`] : []),
        '--convert-to',
        o.to,
        '--outdir',
        o.outDir,
        ...files,
      ],
      { timeout: o.timeoutMs ?? 300_000, maxBuffer: 16 * 1024 * 1024 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const outputs = files.map((f) => join(o.outDir, `${basename(f).replace(/\.[^.]+$/, '')}.${ext}`));
  const missing = outputs.filter((f) => !existsSync(f));
  if (missing.length)
    throw new Error(`LibreOffice did not write ${missing.map((f) => basename(f)).join(', ')}`);
  return outputs;
}

/** `pdftotext -layout`: the PDF's text with columns kept apart by spaces, as people copy it out. */
export async function pdfToLayoutText(pdf: string, out: string): Promise<void> {
  await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, out], { timeout: 60_000 });
}
