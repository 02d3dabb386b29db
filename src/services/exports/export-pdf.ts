import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { formatRocDate } from '../../domain/periods';
import type { PlanDocument } from '../../domain/plan-document';
import { writePdf } from '../../export/pdf';
import type { ServiceContext } from '../context';
import { getPlanDocumentJson } from '../plans/get-plan';

/**
 * A stored plan's PDF, printed once per content: the file depends only on the plan document and
 * the date printed on its cover, so it is kept under a stamp of both (the SHA-256 of the
 * document as served, and the ROC date) and served again until either changes. Anyone who may
 * read the plan gets the kept file; concurrent requests for the same file share one render.
 *
 * Anonymous callers (publicRead) are served the kept file when there is one. When there is none
 * they may cause one render — otherwise a public plan nobody signed in has printed today could
 * never be had — but only through the same queue, behind signed-in callers, and only while
 * the waiting line is less than half full, so outsiders can never crowd out the agencies.
 */

const MAX_BYTES = 64 * 1024 * 1024;
const printed = new LRUCache<string, Uint8Array>({
  max: 256,
  maxSize: MAX_BYTES,
  sizeCalculation: (bytes) => Math.max(1, bytes.length),
});
const printing = new Map<string, Promise<Uint8Array>>();

/** Plan ids are per database; tests open many databases in one process. */
const databaseIds = new WeakMap<object, number>();
let databases = 0;
function databaseId(db: object): number {
  const known = databaseIds.get(db);
  if (known !== undefined) return known;
  databases += 1;
  databaseIds.set(db, databases);
  return databases;
}

export async function storedPlanPdf(
  ctx: ServiceContext,
  planId: number,
): Promise<{
  plan: PlanDocument;
  bytes: Uint8Array;
}> {
  const json = await getPlanDocumentJson(ctx, planId);
  const plan = JSON.parse(json) as PlanDocument;
  const now = new Date();
  const stamp = createHash('sha256').update(json).digest('base64url');
  const key = `${databaseId(ctx.db)}:${planId}:${stamp}:${formatRocDate(now)}`;
  const kept = printed.get(key);
  if (kept) return { plan, bytes: kept };
  let render = printing.get(key);
  if (!render) {
    render = writePdf(plan, { now, lowPriority: ctx.principal.kind === 'anonymous' });
    printing.set(key, render);
    render.then(
      (bytes) => printed.set(key, bytes),
      () => {},
    );
    void render.finally(() => printing.delete(key)).catch(() => {});
  }
  return { plan, bytes: await render };
}

/** How many files are kept and their bytes, for the bench and the tests. */
export function pdfCacheState(): { files: number; bytes: number; printing: number } {
  return { files: printed.size, bytes: printed.calculatedSize, printing: printing.size };
}
