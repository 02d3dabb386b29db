import type { Command } from 'commander';
import type { PlanDocument } from '../../domain/plan-document';
import { importPlanDocuments } from '../../services/plans/import-plan-documents';
import { type CliIo, withServices } from '../cli-runtime';
import { readPlanFile } from '../read-plan-file';

interface ImportOptions {
  replace?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export function registerImport(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('store plans from documents, all or nothing per file')
    .argument('<files...>', 'plan documents (stratmap.plan/1 JSON)')
    .option('--replace', 'overwrite plans that exist for the same organisation and year')
    .option('--dry-run', 'check and report, store nothing')
    .option('--json', 'print the result as JSON')
    .action(async (files: string[], options: ImportOptions) => {
      // Read and validate every file before opening the database, so bad input writes nothing.
      const batches: { file: string; plans: PlanDocument[] }[] = files.map((file) => ({
        file,
        plans: readPlanFile(file),
      }));
      await withServices('stratmap import', async (ctx) => {
        const results = [];
        for (const batch of batches) {
          const outcomes = await importPlanDocuments(ctx, batch.plans, {
            replace: options.replace ?? false,
            dryRun: options.dryRun ?? false,
          });
          results.push({ file: batch.file, plans: outcomes });
          if (!options.json) {
            for (const o of outcomes) {
              const verb = options.dryRun ? `would be ${o.action}` : o.action;
              io.out(
                `${batch.file}: ${o.org} ${o.year} ${verb}${o.changes.length ? ` (${o.changes.length} change(s))` : ''}`,
              );
            }
          }
        }
        if (options.json)
          io.out(JSON.stringify({ dryRun: options.dryRun ?? false, files: results }, null, 2));
      });
    });
}
