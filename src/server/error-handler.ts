import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody } from '../contracts/error-body';
import { codedIssue } from '../domain/messages/zod-issues';
import { AppError, type AppErrorKind, type FieldIssue, fail, failWith } from '../services/errors';
import { translateDatabaseError } from '../services/shared/transaction';

/** The one place where the product's errors become HTTP statuses. */
export const STATUS_OF: Record<AppErrorKind, number> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

/** Fastify's own refusals by status; any other 4xx of its own is a malformed request. */
type FastifyRefusal =
  | 'http.not_found'
  | 'http.body_too_large'
  | 'http.too_many_requests'
  | 'http.bad_request';
const FASTIFY_CODES: Partial<Record<number, FastifyRefusal>> = {
  404: 'http.not_found',
  413: 'http.body_too_large',
  429: 'http.too_many_requests',
};

function issueBody(issue: FieldIssue): ErrorBody['issues'][number] {
  return issue.code
    ? { path: issue.path, code: issue.code, params: issue.params ?? {}, message: issue.message }
    : { path: issue.path, message: issue.message };
}

/** `{ error, code, params, message, issues, details? }` (src/contracts/error-body.ts). */
export function errorBodyOf(error: AppError): ErrorBody {
  return {
    error: error.kind,
    ...(error.code ? { code: error.code, params: error.params } : {}),
    message: error.message,
    issues: error.issues.map(issueBody),
    ...(error.details ? { details: error.details } : {}),
  };
}

function pathOf(inner: readonly PropertyKey[], context: string | undefined): string {
  return [context === 'body' ? '' : context, inner.join('.')].filter(Boolean).join('.');
}

const INPUT_OF: Record<string, (request: FastifyRequest) => unknown> = {
  body: (r) => r.body,
  querystring: (r) => r.query,
  params: (r) => r.params,
  headers: (r) => r.headers,
};

type ValidationFailure = FastifyError & {
  validation: { instancePath?: string; keyword: string; message?: string; params: Record<string, unknown> }[];
};

/** A request its route's schema refused, said with catalog codes (routes registered from a contract). */
function codedValidationError(error: ValidationFailure, request: FastifyRequest): AppError {
  const context = error.validationContext;
  const input = { value: context ? INPUT_OF[context]?.(request) : undefined };
  const issues = error.validation.map((v) => {
    const inner = (v.instancePath ?? '').split('/').filter(Boolean);
    const issue = codedIssue({ ...v.params, code: v.keyword, path: inner, message: v.message ?? '' }, input);
    return { ...issue, path: pathOf(inner, context) };
  });
  return failWith(
    'validation.invalid_input',
    { path: issues[0]?.path ?? '', count: issues.length },
    { issues },
  );
}

/** The same refusal in the shape the routes not yet registered from a contract answer with. */
function legacyValidationBody(error: ValidationFailure): ErrorBody {
  const issues = error.validation.map((v) => ({
    path: pathOf((v.instancePath ?? '').split('/').filter(Boolean), error.validationContext),
    message: v.message ?? 'invalid value',
  }));
  const first = issues[0];
  return {
    error: 'validation',
    message: first
      ? `invalid ${first.path || error.validationContext || 'request'}: ${first.message}`
      : 'invalid request',
    issues,
  };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((rawError: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(rawError)) {
      const failure = rawError as ValidationFailure;
      const body = request.routeOptions.config.contract
        ? errorBodyOf(codedValidationError(failure, request))
        : legacyValidationBody(failure);
      return reply.status(400).send(body);
    }
    const error = translateDatabaseError(rawError);
    if (error instanceof AppError) {
      // A refusal that will pass by itself (a full queue, a lockout) says when to come back.
      const retryAfter = error.details?.retryAfterSeconds;
      if (typeof retryAfter === 'number' && retryAfter > 0)
        reply.header('retry-after', String(Math.ceil(retryAfter)));
      return reply.status(STATUS_OF[error.kind]).send(errorBodyOf(error));
    }
    const status = typeof rawError.statusCode === 'number' ? rawError.statusCode : 500;
    if (status >= 400 && status < 500) {
      // Fastify's own refusals (malformed JSON, body too large, wrong content type): their
      // messages are written for clients and carry no internals.
      const code = FASTIFY_CODES[status] ?? 'http.bad_request';
      return reply.status(status).send(errorBodyOf(fail(code, { detail: rawError.message })));
    }
    request.log.error({ err: rawError }, 'unexpected error');
    return reply.status(500).send(errorBodyOf(fail('http.unexpected')));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    reply.status(404).send(errorBodyOf(fail('http.no_such_endpoint', { method: request.method, path })));
  });
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The contract key of a route registered from a contract (src/server/route.ts). */
    contract?: string;
  }
}
