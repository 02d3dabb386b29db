import type { ImportResult } from '../import';
import { AppError } from '../services/errors';
import { lintPlanDocuments } from '../services/imports/lint-plans';
import { type DocumentHints, readDocument } from '../services/imports/read-document';
import { readFileBytes, readPlanFile } from './read-plan-file';

/**
 * Reads one file given to `import` or `lint`: a `.json` file is a plan document and is linted as
 * it stands; anything else is a strategy-map document for the importer, which decides from the
 * content whether it can read it (and says why not).
 */
export async function readImportFile(file: string, hints: DocumentHints): Promise<ImportResult> {
  const bytes = readFileBytes(file);
  if (file.toLowerCase().endsWith('.json')) {
    const plans = readPlanFile(file, new TextDecoder().decode(bytes));
    return { fileName: file, plans, findings: lintPlanDocuments(plans) };
  }
  try {
    return await readDocument(bytes, file, hints);
  } catch (error) {
    const hint = error instanceof AppError ? OPTION_HINTS[String(error.details?.code)] : undefined;
    if (!hint || !(error instanceof AppError)) throw error;
    throw new AppError(error.kind, `${error.message} (${hint})`, error.issues, error.details);
  }
}

/** The importer speaks of "giving" the organisation or year; on the command line that is an option. */
const OPTION_HINTS: Record<string, string> = {
  'no-organisation': 'or give it with --org NAME',
  'no-year': 'or give it with --year N',
};

/** `--org` / `--year` as importer hints; a year that is not a ROC year is refused before any work. */
export function documentHintsOf(options: { org?: string; year?: string }): DocumentHints {
  const hints: DocumentHints = {};
  if (options.org !== undefined) hints.org = options.org;
  if (options.year !== undefined) hints.year = parseRocYear(options.year);
  return hints;
}

export function parseRocYear(text: string): number {
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1 || year > 999) {
    throw new AppError('validation', `--year must be a ROC year such as 110, not "${text}"`);
  }
  return year;
}
