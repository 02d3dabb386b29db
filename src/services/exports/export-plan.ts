import type { PlanDocument } from '../../domain/plan-document';
import { ExportUnavailableError } from '../../export/errors';
import { CONTENT_TYPES, type ExportFormat, exportFileName, exportPlan } from '../../export/index';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { getPlanDocument } from '../plans/get-plan';

/** One plan as a file: read it (which checks the caller may), then write the format asked for. */

export interface ExportedFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** Writes a plan document in a format; a missing system part (Chromium, CJK font) is `unavailable`. */
export async function exportDocument(
  plan: PlanDocument,
  format: ExportFormat,
  now?: Date,
): Promise<ExportedFile> {
  try {
    const bytes = await exportPlan(plan, format, now ? { now } : {});
    return { fileName: exportFileName(plan, format), contentType: CONTENT_TYPES[format], bytes };
  } catch (error) {
    if (error instanceof ExportUnavailableError) throw new AppError('unavailable', error.message);
    throw error;
  }
}

export async function exportStoredPlan(
  ctx: ServiceContext,
  planId: number,
  format: ExportFormat,
): Promise<ExportedFile> {
  return exportDocument(await getPlanDocument(ctx, planId), format);
}
