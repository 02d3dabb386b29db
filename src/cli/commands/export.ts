import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EXPORT_FORMATS, type ExportFormat, isExportFormat } from '../../export/index';
import { AppError } from '../../services/errors';
import { exportCityPack } from '../../services/exports/city-pack';
import { type ExportedFile, exportDocument } from '../../services/exports/export-plan';
import { findPlanId, getPlanDocument } from '../../services/plans/get-plan';
import { type CliIo, withServices } from '../cli-runtime';
import { parseRocYear } from '../read-import-file';
import { readPlanFile } from '../read-plan-file';

interface ExportOptions {
  org?: string;
  year?: string;
  input?: string;
  cityPack?: boolean;
  format: string;
  out?: string;
}

const BINARY: ExportFormat[] = ['pptx', 'xlsx', 'png', 'pdf'];

/**
 * `stratmap export`: a stored plan (`--org --year`), a plan document (`--input`, no database
 * opened) or the year's city pack (`--city-pack --year`), in any export format. Options are
 * checked before any file is read or the database opened.
 */
export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description("write a plan as pptx, xlsx, svg, png, pdf or json; or a year's approved plans as one zip")
    .option('--org <name>', 'organisation name, e.g. 臺北市立圖書館 (with --year)')
    .option('--year <year>', 'ROC year, e.g. 108')
    .option(
      '--input <file>',
      'a plan document (.json) to export instead of a stored plan; no database needed',
    )
    .option('--city-pack', 'every approved plan of --year as one zip (deck, workbook, JSON per organisation)')
    .option('--format <format>', EXPORT_FORMATS.join('|'), 'json')
    .option('--out <file>', 'write to this file (required for binary formats)')
    .action(async (options: ExportOptions) => {
      const format = options.format.toLowerCase();
      if (!options.cityPack && !isExportFormat(format)) {
        throw new AppError(
          'validation',
          `--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${options.format}"`,
        );
      }
      const binary = options.cityPack || BINARY.includes(format as ExportFormat);
      if (binary && !options.out)
        throw new AppError(
          'validation',
          `--out FILE is needed for ${options.cityPack ? 'a city pack' : format}`,
        );
      const file = await produce(options, format as ExportFormat);
      if (options.out) {
        writeFileSync(options.out, file.bytes);
        io.err(`wrote ${options.out} (${file.bytes.length} bytes)`);
      } else {
        io.out(new TextDecoder().decode(file.bytes).trimEnd());
      }
    });
}

async function produce(options: ExportOptions, format: ExportFormat): Promise<ExportedFile> {
  if (options.cityPack) {
    if (options.input || options.org)
      throw new AppError('validation', '--city-pack takes --year only, not --org or --input');
    if (!options.year) throw new AppError('validation', '--city-pack needs --year, e.g. --year 110');
    const year = parseRocYear(options.year);
    return withServices('stratmap export', (ctx) => exportCityPack(ctx, year));
  }
  if (options.input) {
    if (options.org || options.year)
      throw new AppError('validation', '--input exports the plan in the file; leave out --org and --year');
    const plans = readPlanFile(options.input);
    if (plans.length !== 1) {
      throw new AppError(
        'validation',
        `${options.input} holds ${plans.length} plans; export needs a file with one plan`,
      );
    }
    return exportDocument(plans[0] as NonNullable<(typeof plans)[0]>, format);
  }
  if (!options.org || !options.year) {
    throw new AppError('validation', 'say which plan: --org NAME --year 110, or --input PLAN.json');
  }
  const year = parseRocYear(options.year);
  const org = options.org;
  const plan = await withServices('stratmap export', async (ctx) =>
    getPlanDocument(ctx, await findPlanId(ctx, org, year)),
  );
  return exportDocument(plan, format);
}
