import { useEffect, useMemo, useState } from 'react';
import type { PlanDocument } from '../../../../src/domain/plan-document';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { ImportOutcome } from './types';

export type ImportCheck =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'done'; outcomes: ImportOutcome[] }
  | { state: 'refused'; error: ApiError };

/** Edits follow each other while a planner types a year; check once they pause. */
const SETTLE_MS = 300;

/**
 * What storing exactly these plan documents would do, asked of the server itself: the import as
 * a dry run (`dryRun=true`, rolled back, nothing stored) with `replace=true`, so that it answers
 * created / replaced with the changes / unchanged for each plan, or refuses the way the real
 * import would (403 for an organisation one may not write, 400 for an unknown organisation, 409
 * for a plan that is no longer a draft). Runs again whenever the documents change; an answer to
 * an older version of them is dropped.
 */
export function useImportCheck(plans: PlanDocument[] | null, nonce = 0): ImportCheck {
  const body = useMemo(() => (plans?.length ? JSON.stringify({ plans }) : null), [plans]);
  const [check, setCheck] = useState<ImportCheck>({ state: 'idle' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: nonce asks for the same check again
  useEffect(() => {
    if (body === null) {
      setCheck({ state: 'idle' });
      return;
    }
    setCheck({ state: 'checking' });
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api
        .post<{ plans: ImportOutcome[] }>(
          '/api/plans/import?dryRun=true&replace=true',
          JSON.parse(body) as unknown,
          { signal: controller.signal },
        )
        .then((result) => {
          if (!controller.signal.aborted) setCheck({ state: 'done', outcomes: result.plans });
        })
        .catch((e: unknown) => {
          if (controller.signal.aborted) return;
          setCheck({
            state: 'refused',
            error: e instanceof ApiError ? e : new ApiError(0, 'network', String(e)),
          });
        });
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [body, nonce]);
  return check;
}
