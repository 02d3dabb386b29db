import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../services/errors';
import { findPlanId, getPlanDocument } from '../../services/plans/get-plan';
import { type CliIo, withServices } from '../cli-runtime';

interface ExportOptions {
  org: string;
  year: string;
  format: string;
  out?: string;
}

export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('write a stored plan to a file or stdout')
    .requiredOption('--org <name>', 'organisation name, e.g. 臺北市立圖書館')
    .requiredOption('--year <year>', 'ROC year, e.g. 108')
    .option('--format <format>', 'json', 'json')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (options: ExportOptions) => {
      const year = Number(options.year);
      if (!Number.isInteger(year) || year < 1 || year > 999) {
        throw new AppError('validation', `--year must be a ROC year such as 110, not "${options.year}"`);
      }
      if (options.format !== 'json') {
        throw new AppError('validation', `--format ${options.format} is not supported yet; use json`);
      }
      const document = await withServices('stratmap export', async (ctx) =>
        getPlanDocument(ctx, await findPlanId(ctx, options.org, year)),
      );
      const text = `${JSON.stringify(document, null, 2)}\n`;
      if (options.out) {
        writeFileSync(options.out, text);
        io.err(`wrote ${options.out}`);
      } else {
        io.out(text.trimEnd());
      }
    });
}
