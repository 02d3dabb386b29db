import { writeCityPack } from '../../export/city-pack';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { getPlanDocument } from '../plans/get-plan';
import { listPlans } from '../plans/list-plans';
import type { ExportedFile } from './export-plan';

/**
 * The city pack of a year: every approved plan the caller may read, each as deck, workbook
 * and plan document, in one ZIP. Listing and reading both apply the caller's read rule.
 */
export async function exportCityPack(ctx: ServiceContext, year: number): Promise<ExportedFile> {
  if (!Number.isInteger(year) || year < 1 || year > 999) {
    throw new AppError('validation', `year must be a ROC year such as 110, not "${year}"`);
  }
  const approved = (await listPlans(ctx, { year })).filter((p) => p.status === 'approved');
  if (approved.length === 0)
    throw new AppError('not_found', `no approved plan for year ${year} that you may read`);
  const plans = [];
  for (const p of approved) plans.push(await getPlanDocument(ctx, p.id));
  return {
    fileName: `${year}年核定策略地圖及平衡計分卡.zip`,
    contentType: 'application/zip',
    bytes: await writeCityPack(year, plans),
  };
}
