import { type Command, Option } from 'commander';
import type { PlanChange } from '../../domain/plan-diff';
import type { ImportResult } from '../../import';
import { AppError } from '../../services/errors';
import { checkStorable, storeImportedPlans } from '../../services/imports/store-imported-plans';
import type { PlanImportOutcome } from '../../services/plans/import-plan-documents';
import { checkPlanSizes } from '../../services/plans/plan-size';
import { type CliIo, withServices } from '../cli-runtime';
import {
  countBySeverity,
  type FileFinding,
  findingJson,
  formatChange,
  formatFinding,
  type Lang,
} from '../format-findings';
import { documentHintsOf, readImportFile } from '../read-import-file';

interface ImportOptions {
  replace?: boolean;
  dryRun?: boolean;
  json?: boolean;
  org?: string;
  year?: string;
  lang: Lang;
}

interface Conflict {
  org: string;
  year: number;
  changes: PlanChange[];
}

export function registerImport(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('store plans from documents, all or nothing per file')
    .argument('<files...>', 'plan documents (stratmap.plan/1 .json) or strategy-map documents as text')
    .option('--replace', 'overwrite plans that exist for the same organisation and year')
    .option('--dry-run', 'read, check and compare with the database; store nothing')
    .option('--json', 'print the result as JSON on stdout (messages go to stderr)')
    .option('--org <name>', 'organisation of documents that do not name it')
    .option('--year <year>', 'ROC year of documents that do not state it')
    .addOption(
      new Option('--lang <lang>', 'language of finding messages').choices(['zh', 'en']).default('zh'),
    )
    .action(async (files: string[], options: ImportOptions) => {
      const hints = documentHintsOf(options);
      const dryRun = options.dryRun ?? false;
      // Read, recover and check every file before opening the database, so bad input writes nothing.
      const results: ImportResult[] = [];
      for (const file of files) results.push(await readImportFile(file, hints));
      if (!dryRun) {
        for (const r of results) {
          checkStorable(r);
          checkPlanSizes(r.plans);
        }
      }
      const several = files.length > 1;
      const findings: FileFinding[] = results.flatMap((r) =>
        r.findings.map((finding) => ({ file: r.fileName, finding })),
      );
      if (!options.json) printFindings(io, results, findings, options.lang);

      // Human output goes to stdout; with --json stdout carries the JSON document alone.
      const say = options.json ? io.err : io.out;
      const stored: { file: string; plans: PlanImportOutcome[] }[] = [];
      await withServices('stratmap import', async (ctx) => {
        for (const result of results) {
          let outcomes: PlanImportOutcome[];
          try {
            outcomes = await storeImportedPlans(ctx, result, { replace: options.replace ?? false, dryRun });
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            printConflicts(io, error);
            // A rehearsal reports what storing would run into and goes on with the other files.
            if (dryRun) {
              io.err(`${result.fileName}: storing would fail: ${error.message}`);
              for (const issue of error.issues) io.err(`  ${issue.path || '(root)'}: ${issue.message}`);
              continue;
            }
            if (stored.length > 0)
              io.err(`stored before this failure: ${stored.map((s) => s.file).join(', ')}`);
            // The changes were printed above in full; the runtime prints the message and exits.
            throw new AppError(error.kind, error.message, error.issues);
          }
          stored.push({ file: result.fileName, plans: outcomes });
          for (const o of outcomes) say(describeOutcome(result.fileName, o, dryRun));
        }
      });

      if (!options.json) return;
      if (dryRun) {
        const plans = results.flatMap((r) => r.plans);
        io.out(JSON.stringify({ plans, findings: findings.map((f) => findingJson(f, several)) }, null, 2));
        return;
      }
      const byFile = stored.map((s) => ({
        file: s.file,
        plans: s.plans,
        findings: findings.filter((f) => f.file === s.file).map((f) => findingJson(f, false)),
      }));
      io.out(JSON.stringify({ dryRun: false, files: byFile }, null, 2));
    });
}

function describeOutcome(file: string, o: PlanImportOutcome, dryRun: boolean): string {
  const verb = dryRun ? `would be ${o.action}` : o.action;
  const changes = o.changes.length > 0 ? ` (${o.changes.length} change(s))` : '';
  const orgs = o.createdOrgs.length > 0 ? `; new organisation(s): ${o.createdOrgs.join(', ')}` : '';
  return `${file}: ${o.org} ${o.year} ${verb}${changes}${orgs}`;
}

function printFindings(io: CliIo, results: ImportResult[], findings: FileFinding[], lang: Lang): void {
  for (const f of findings) io.err(formatFinding(f, lang));
  for (const r of results) {
    const plans = r.plans.map((p) => `${p.org.name} ${p.year}`).join(', ');
    io.err(`${r.fileName}: ${r.plans.length} plan(s) (${plans}); ${countBySeverity(r.findings)}`);
  }
}

/** The refusal of an existing organisation-year lists, plan by plan, what `--replace` would change. */
function printConflicts(io: CliIo, error: AppError): void {
  const conflicts = (error.details?.conflicts ?? []) as Conflict[];
  for (const c of conflicts) {
    io.err(
      `${c.org} ${c.year} is already stored; importing with --replace would make ${c.changes.length} change(s):`,
    );
    for (const change of c.changes) io.err(`  ${formatChange(change)}`);
  }
}
