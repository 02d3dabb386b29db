/** The API's one error shape: `{ error, message, issues: [{ path, message }], details? }`. */
export type ErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unavailable'
  | 'rate_limited'
  | 'network'
  | 'server';

export interface Issue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly kind: ErrorKind,
    message: string,
    readonly issues: Issue[] = [],
    readonly details: Record<string, unknown> = {},
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

  /** The messages for one field path, or those of its descendants when `deep` is set. */
  issuesAt(path: string, deep = false): string[] {
    return this.issues
      .filter((i) => i.path === path || (deep && i.path.startsWith(`${path}.`)))
      .map((i) => i.message);
  }
}

const KINDS = new Set<string>([
  'validation',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'too_large',
  'unavailable',
]);

function kindOf(status: number, error: unknown): ErrorKind {
  if (typeof error === 'string' && KINDS.has(error)) return error as ErrorKind;
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
  const issues = Array.isArray(body.issues)
    ? body.issues
        .filter((i): i is Issue => !!i && typeof i === 'object' && typeof (i as Issue).message === 'string')
        .map((i) => ({ path: String(i.path ?? ''), message: i.message }))
    : [];
  const details =
    body.details && typeof body.details === 'object' ? (body.details as Record<string, unknown>) : {};
  const message = typeof body.message === 'string' ? body.message : response.statusText;
  return new ApiError(response.status, kindOf(response.status, body.error), message, issues, details);
}
