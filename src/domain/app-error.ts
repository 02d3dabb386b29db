import {
  isMessageCode,
  kindOfCode,
  type MessageCode,
  type ParamsOf,
  renderMessage,
  renderReceived,
} from './messages/catalog';
import type { ErrorKind, Lang, MessageParams } from './messages/define';
import type { CodedIssue } from './messages/zod-issues';

/**
 * The one error type of the product. Use cases throw it with a catalog code and its params
 * (`throw fail('org.name_taken', { name })`); the HTTP layer maps its kind to a status in one place
 * (src/server/error-handler.ts), the CLI to an exit code, and each client renders the code in its
 * language. `message` is the English rendering, for logs and API clients.
 *
 * Pure (it lives in the domain) so that src/db can throw it too without reaching up into the
 * use cases.
 */

export type AppErrorKind = ErrorKind;

export interface FieldIssue {
  /** Where the problem is: a JSON path (`objectives.3.code`) or a file position (`line 12`). */
  path: string;
  message: string;
  /** Coded issues (every converted area) say what is wrong as a catalog code and its params. */
  code?: MessageCode;
  params?: MessageParams;
}

type Details = Record<string, unknown>;

/** `new AppError(code, params, issues?, details?)`, typed per code. */
type CodedForm = {
  [C in MessageCode]: [code: C, params: ParamsOf<C>, issues?: readonly CodedIssue[], details?: Details];
}[MessageCode];

/**
 * The form of the areas not yet moved to the catalog: a kind and an English message.
 * @deprecated give a catalog code instead (`fail`); this form goes once every area is converted.
 */
type LegacyForm = [kind: AppErrorKind, message: string, issues?: FieldIssue[], details?: Details];

export class AppError extends Error {
  readonly kind: AppErrorKind;
  /** The catalog code; undefined only for errors of the legacy form. */
  readonly code: MessageCode | undefined;
  readonly params: MessageParams;
  readonly issues: FieldIssue[];
  /** Extra machine-readable context (e.g. the diff a replace would cause, the current version). */
  readonly details: Details | undefined;

  constructor(...args: CodedForm | LegacyForm) {
    const [first, second, issues, details] = args;
    const coded = isMessageCode(first);
    super(coded ? renderMessage(first, second as never, 'en') : (second as string));
    this.name = 'AppError';
    this.kind = coded ? kindOfCode(first) : (first as AppErrorKind);
    this.code = coded ? first : undefined;
    this.params = coded ? (second as MessageParams) : {};
    this.issues = issues ? [...issues] : [];
    this.details = details;
  }

  /** The message in a language: the catalog's rendering, or the English text of a legacy error. */
  messageIn(lang: Lang): string {
    return (this.code && renderReceived(this.code, this.params, lang)) || this.message;
  }
}

/** Params may be left out for codes that take none. */
type ParamsArgs<C extends MessageCode> =
  Record<string, never> extends ParamsOf<C> ? [params?: ParamsOf<C>] : [params: ParamsOf<C>];

/** Builds the coded form from values the generic helpers below have already checked. */
function coded(
  code: MessageCode,
  params: unknown,
  issues?: readonly CodedIssue[],
  details?: Details,
): AppError {
  return new AppError(...([code, params, issues, details] as unknown as CodedForm));
}

/** One problem at one field, with its English message. */
export function issueAt<C extends MessageCode>(
  path: string,
  code: C,
  ...[params]: ParamsArgs<C>
): CodedIssue {
  const p = (params ?? {}) as ParamsOf<C>;
  return { path, code, params: p, message: renderMessage(code, p, 'en') };
}

/** The error to throw: `throw fail('org.name_taken', { name })`. */
export function fail<C extends MessageCode>(code: C, ...[params]: ParamsArgs<C>): AppError {
  return coded(code, params ?? {});
}

/** A refusal about one field: the error and its one issue share the code. */
export function failAt<C extends MessageCode>(path: string, code: C, ...args: ParamsArgs<C>): AppError {
  const issue = issueAt(path, code, ...args);
  return coded(code, issue.params, [issue]);
}

/** A refusal with its issues and details: `failWith('validation.invalid_input', params, { issues })`. */
export function failWith<C extends MessageCode>(
  code: C,
  params: ParamsOf<C>,
  extra: { issues?: readonly CodedIssue[]; details?: Details },
): AppError {
  return coded(code, params, extra.issues, extra.details);
}
