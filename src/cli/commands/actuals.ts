import path from 'node:path';
import type { Command } from 'commander';
import { normalizePeriod } from '../../domain/periods';
import { AppError } from '../../services/errors';
import { findPlanId } from '../../services/plans/get-plan';
import { uploadActuals } from '../../services/tracking/upload-actuals';
import { type CliIo, withServices } from '../cli-runtime';
import { readFileBytes } from '../read-plan-file';

interface ActualsImportOptions {
  org: string;
  year: string;
  period?: string;
}

export function registerActuals(program: Command, io: CliIo): void {
  const actuals = program.command('actuals').description('enter KPI actuals');
  actuals
    .command('import')
    .description('store actuals from a .csv or .xlsx sheet, all or nothing')
    .argument(
      '<file>',
      'a sheet with columns 指標代碼 (kpi), 期別 (period), 實績值 (value) or formula inputs …',
    )
    .requiredOption('--org <name>', 'organisation whose plan the actuals belong to')
    .requiredOption('--year <year>', 'ROC year of the plan, e.g. 110')
    .option('--period <period>', 'period of rows that do not name one, e.g. 110Q1')
    .action(async (file: string, options: ActualsImportOptions) => {
      const year = Number(options.year);
      if (!Number.isInteger(year) || year < 1 || year > 999) {
        throw new AppError('validation', `--year must be a ROC year such as 110, not "${options.year}"`);
      }
      const period = options.period === undefined ? undefined : normalizePeriod(options.period);
      if (period === null) {
        throw new AppError(
          'validation',
          `--period ${options.period} is not a period; write 110Q1, 110H1, 110M01 or 110`,
        );
      }
      // Read the file before opening the database, so a missing file changes nothing.
      const bytes = readFileBytes(file);
      const outcome = await withServices('stratmap actuals import', async (ctx) =>
        uploadActuals(ctx, await findPlanId(ctx, options.org, year), bytes, path.basename(file), { period }),
      );
      for (const s of outcome.stored) {
        const value = s.value ?? s.stage ?? '';
        const achievement = s.achievement === null ? 'N/A' : `${Math.round(s.achievement * 1000) / 10} %`;
        io.out(`${s.kpi} ${s.period}: ${value} (${achievement}, ${s.light})`);
      }
      io.err(`${outcome.file}: stored ${outcome.stored.length} actual(s) for ${options.org} ${year}`);
    });
}
