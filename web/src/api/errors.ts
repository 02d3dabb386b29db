import type { ErrorBody } from '../../../src/contracts/error-body';
import { isMessageCode, type MessageCode } from '../../../src/domain/messages/catalog';
import { ERROR_KINDS, type ErrorKind as ServerErrorKind } from '../../../src/domain/messages/define';
import type { Locale } from '../i18n';
import { issueMessageOf } from './messages';

/**
 * The API's one error shape (src/contracts/error-body.ts): `{ error, code, params, message,
 * issues: [{ path, code, params, message }], details? }`. `code` and `params` are rendered in the
 * user's language by `messageOf` (./messages.ts); `message` is English.
 */
export type ErrorKind = Exclude<ServerErrorKind, 'internal'> | 'network' | 'server';

export interface Issue {
  path: string;
  message: string;
  code?: MessageCode;
  params?: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly kind: ErrorKind,
    message: string,
    readonly issues: Issue[] = [],
    readonly details: Record<string, unknown> = {},
    /** The catalog code (src/domain/messages) and its params; absent for areas not yet coded. */
    readonly code?: MessageCode,
    readonly params: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /**
   * Messages keyed by field path (`objectives.3.name`, `code`), for forms to show at the field;
   * messages without a path are under ''.
   */
  get fieldErrors(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const issue of this.issues) {
      const key = issue.path ?? '';
      out[key] ??= [];
      out[key].push(issue.message);
    }
    return out;
  }

  /**
   * The messages for one field path, or those of its descendants when `deep` is set; in the
   * user's language when `locale` is given and the issues are coded.
   */
  issuesAt(path: string, deep = false, locale?: Locale): string[] {
    return this.issues
      .filter((i) => i.path === path || (deep && i.path.startsWith(`${path}.`)))
      .map((i) => (locale ? issueMessageOf(i, locale) : i.message));
  }
}

/** Whatever a request threw, as an ApiError (a fetch that never got an answer is `network`). */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
}

/** The server's kinds the web app tells apart; `internal` is one of the `server` failures. */
const KINDS: readonly string[] = ERROR_KINDS.filter((kind) => kind !== 'internal');
const isKind = (value: unknown): value is Exclude<ServerErrorKind, 'internal'> =>
  typeof value === 'string' && KINDS.includes(value);

function kindOf(status: number, error: unknown): ErrorKind {
  if (isKind(error)) return error;
  if (status === 429) return 'rate_limited';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 422) return 'validation';
  return 'server';
}

/** Builds an ApiError from a failed response, whatever its body holds. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    // A proxy's HTML error page: keep the status only.
  }
  const issues = Array.isArray(body.issues) ? body.issues.flatMap(issueOf) : [];
  const details = objectOr(body.details, {});
  const message = typeof body.message === 'string' ? body.message : response.statusText;
  const code = isMessageCode(body.code) ? body.code : undefined;
  const kind = kindOf(response.status, body.error);
  return new ApiError(response.status, kind, message, issues, details, code, objectOr(body.params, {}));
}

function objectOr(value: unknown, fallback: Record<string, unknown>): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? { ...value } : fallback;
}

function issueOf(raw: unknown): Issue[] {
  if (!raw || typeof raw !== 'object') return [];
  const issue: Partial<Record<keyof ErrorBody['issues'][number], unknown>> = { ...raw };
  if (typeof issue.message !== 'string') return [];
  const base = { path: String(issue.path ?? ''), message: issue.message };
  return [
    isMessageCode(issue.code) ? { ...base, code: issue.code, params: objectOr(issue.params, {}) } : base,
  ];
}
