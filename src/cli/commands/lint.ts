import { type Command, Option } from 'commander';
import type { Finding } from '../../domain/lint';
import { AppError } from '../../services/errors';
import { lintStoredPlan } from '../../services/imports/lint-plans';
import { type CliIo, withServices } from '../cli-runtime';
import { countBySeverity, type FileFinding, findingJson, formatFinding, type Lang } from '../format-findings';
import { documentHintsOf, parseRocYear, readImportFile } from '../read-import-file';

interface LintOptions {
  org?: string;
  year?: string;
  json?: boolean;
  lang: Lang;
}

/** Exit 1 when a finding is an error, so a planner's CI can fail on it; the runtime prints the message. */
class LintErrors extends Error {}

export function registerLint(program: Command, io: CliIo): void {
  program
    .command('lint')
    .description('check documents, or a stored plan (--org and --year), and print the findings')
    .argument('[files...]', 'plan documents (.json) or strategy-map documents as text')
    .option('--org <name>', 'with --year and no files: the stored plan of this organisation')
    .option('--year <year>', 'ROC year; with files, for documents that do not state it')
    .option('--json', 'print { "findings": [...] } on stdout')
    .addOption(
      new Option('--lang <lang>', 'language of finding messages').choices(['zh', 'en']).default('zh'),
    )
    .action(async (files: string[], options: LintOptions) => {
      const findings = files.length > 0 ? await lintFiles(files, options) : await lintStored(options);
      if (options.json) {
        const json = findings.map((f) => findingJson(f, files.length > 1));
        io.out(JSON.stringify({ findings: json }, null, 2));
      } else {
        for (const f of findings) io.out(formatFinding(f, options.lang));
        io.err(countBySeverity(findings.map((f) => f.finding)));
      }
      const errors = findings.filter((f) => f.finding.severity === 'error').length;
      if (errors > 0) throw new LintErrors(`${errors} finding(s) of severity error`);
    });
}

async function lintFiles(files: string[], options: LintOptions): Promise<FileFinding[]> {
  const hints = documentHintsOf(options);
  // Every file is read before anything is printed, so a bad one fails the run cleanly.
  const found: FileFinding[] = [];
  for (const file of files) {
    for (const finding of (await readImportFile(file, hints)).findings) found.push({ file, finding });
  }
  return found;
}

async function lintStored(options: LintOptions): Promise<FileFinding[]> {
  if (!options.org || options.year === undefined) {
    throw new AppError(
      'validation',
      'name the files to check, or a stored plan with --org NAME --year N (e.g. --org 臺北市政府教育局 --year 110)',
    );
  }
  const org = options.org;
  const year = parseRocYear(options.year);
  const findings: Finding[] = await withServices('stratmap lint', (ctx) =>
    lintStoredPlan(ctx, { org, year }),
  );
  // A stored plan has no file; each finding already names its plan.
  return findings.map((finding) => ({ file: '', finding }));
}
