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
  json?: boolean;
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
    .option('--json', 'print { file, stored, skipped } as JSON on stdout (messages go to stderr)')
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
      const { file: name, stored, skipped } = outcome;
      if (options.json) {
        const rows = stored.map((s) => ({
          kpi: s.kpi,
          period: s.period,
          value: s.value,
          stage: s.stage,
          achievement: s.achievement,
          light: s.light,
        }));
        io.out(JSON.stringify({ file: name, stored: rows, skipped }, null, 2));
      } else {
        for (const s of stored) {
          const value = s.value ?? s.stage ?? '';
          const achievement = s.achievement === null ? 'N/A' : `${Math.round(s.achievement * 1000) / 10} %`;
          io.out(`${s.kpi} ${s.period}: ${value} (${achievement}, ${s.light})`);
        }
      }
      // Skipped rows are a template's unfilled lines; saying which lets the user check none was meant.
      const skippedText =
        skipped.length === 0
          ? 'skipped none'
          : `skipped ${skipped.length} row(s) that name a KPI but give nothing to store (row ${skipped.join(', ')})`;
      io.err(`${name}: stored ${stored.length} actual(s) for ${options.org} ${year}; ${skippedText}`);
    });
}
