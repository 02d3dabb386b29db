/**
 * The one error type of the product. Services throw it; the HTTP layer maps `kind` to a status
 * in one place (src/server/error-handler.ts) and the CLI maps it to an exit code.
 */

export type AppErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  /** Too many requests of one kind from one client (the sign-in limit); says when to come back. */
  | 'rate_limited'
  | 'unavailable';

export interface FieldIssue {
  /** Where the problem is: a JSON path (`objectives.3.code`) or a file position (`line 12`). */
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly kind: AppErrorKind;
  readonly issues: FieldIssue[];
  /** Extra machine-readable context (e.g. the diff a replace would cause, the current version). */
  readonly details: Record<string, unknown> | undefined;

  constructor(
    kind: AppErrorKind,
    message: string,
    issues: FieldIssue[] = [],
    details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    this.issues = issues;
    this.details = details;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} does not exist`);

export const invalid = (message: string, issues: FieldIssue[] = []) =>
  new AppError('validation', message, issues);

export const staleVersion = (what: string, current: number) =>
  new AppError(
    'conflict',
    `${what} was changed by someone else since you loaded it (now version ${current}); reload and apply your change again`,
    [],
    { currentVersion: current },
  );

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}
