import type { PlanDocument } from '../../domain/plan-document';
import { ExportBusyError, ExportUnavailableError } from '../../export/errors';
import { CONTENT_TYPES, type ExportFormat, exportFileName, exportPlan } from '../../export/index';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { getPlanDocument } from '../plans/get-plan';
import { storedPlanPdf } from './export-pdf';

/** One plan as a file: read it (which checks the caller may), then write the format asked for. */

export interface ExportedFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * A missing system part (Chromium, CJK font) and a full PDF queue are `unavailable`; the
 * latter says when to come back (Retry-After).
 */
async function writing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ExportBusyError) {
      throw new AppError('unavailable', error.message, [], {
        retryAfterSeconds: error.retryAfterSeconds,
        code: 'export_busy',
      });
    }
    if (error instanceof ExportUnavailableError) throw new AppError('unavailable', error.message);
    throw error;
  }
}

/** Writes a plan document in a format. */
export async function exportDocument(
  plan: PlanDocument,
  format: ExportFormat,
  now?: Date,
): Promise<ExportedFile> {
  const bytes = await writing(() => exportPlan(plan, format, now ? { now } : {}));
  return { fileName: exportFileName(plan, format), contentType: CONTENT_TYPES[format], bytes };
}

export async function exportStoredPlan(
  ctx: ServiceContext,
  planId: number,
  format: ExportFormat,
): Promise<ExportedFile> {
  if (format !== 'pdf') return exportDocument(await getPlanDocument(ctx, planId), format);
  const { plan, bytes } = await writing(() => storedPlanPdf(ctx, planId));
  return { fileName: exportFileName(plan, 'pdf'), contentType: CONTENT_TYPES.pdf, bytes };
}
