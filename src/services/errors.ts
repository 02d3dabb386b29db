/**
 * The one error type of the product, AppError, lives in the domain (src/domain/app-error.ts) so
 * that src/db may throw it too; use cases import it from here. Services throw it; the HTTP layer
 * maps `kind` to a status in one place (src/server/error-handler.ts) and the CLI maps it to an
 * exit code.
 */
import { AppError, type FieldIssue } from '../domain/app-error';

export {
  AppError,
  type AppErrorKind,
  type FieldIssue,
  fail,
  failAt,
  failWith,
  issueAt,
} from '../domain/app-error';
export { formatPath } from '../domain/messages/zod-issues';

/** @deprecated legacy form: `fail('common.not_found', { entity, id })` */
export const notFound = (what: string) => new AppError('not_found', `${what} does not exist`);

/** @deprecated legacy form: a catalog code of kind validation, with coded issues */
export const invalid = (message: string, issues: FieldIssue[] = []) =>
  new AppError('validation', message, issues);

/** @deprecated legacy form: `fail('common.stale_version', { entity, id, current })` */
export const staleVersion = (what: string, current: number) =>
  new AppError(
    'conflict',
    `${what} was changed by someone else since you loaded it (now version ${current}); reload and apply your change again`,
    [],
    { currentVersion: current },
  );
