import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type AppErrorKind, type FieldIssue } from '../services/errors';
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
};

/** Fastify's own refusals by status; any other 4xx of its own is a malformed request. */
const FASTIFY_KINDS: Partial<Record<number, AppErrorKind>> = {
  404: 'not_found',
  413: 'too_large',
  429: 'rate_limited',
};

export interface ErrorBody {
  error: AppErrorKind | 'internal';
  message: string;
  issues: FieldIssue[];
  details?: Record<string, unknown>;
}

function pathOf(instancePath: string | undefined, context: string | undefined): string {
  const inner = (instancePath ?? '').split('/').filter(Boolean).join('.');
  return [context === 'body' ? '' : context, inner].filter(Boolean).join('.');
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((rawError: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(rawError)) {
      const issues = rawError.validation.map((v) => ({
        path: pathOf(v.instancePath, rawError.validationContext),
        message: v.message ?? 'invalid value',
      }));
      const first = issues[0];
      const body: ErrorBody = {
        error: 'validation',
        message: first
          ? `invalid ${first.path || rawError.validationContext || 'request'}: ${first.message}`
          : 'invalid request',
        issues,
      };
      return reply.status(400).send(body);
    }
    const error = translateDatabaseError(rawError);
    if (error instanceof AppError) {
      const body: ErrorBody = { error: error.kind, message: error.message, issues: error.issues };
      if (error.details) body.details = error.details;
      // A refusal that will pass by itself (a full queue, a lockout) says when to come back.
      const retryAfter = error.details?.retryAfterSeconds;
      if (typeof retryAfter === 'number' && retryAfter > 0)
        reply.header('retry-after', String(Math.ceil(retryAfter)));
      return reply.status(STATUS_OF[error.kind]).send(body);
    }
    const status = typeof rawError.statusCode === 'number' ? rawError.statusCode : 500;
    if (status >= 400 && status < 500) {
      // Fastify's own refusals (malformed JSON, body too large, wrong content type): their
      // messages are written for clients and carry no internals.
      const kind: AppErrorKind = FASTIFY_KINDS[status] ?? 'validation';
      return reply
        .status(status)
        .send({ error: kind, message: rawError.message, issues: [] } satisfies ErrorBody);
    }
    request.log.error({ err: rawError }, 'unexpected error');
    return reply.status(500).send({
      error: 'internal',
      message: 'an unexpected error occurred; it has been logged',
      issues: [],
    } satisfies ErrorBody);
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: 'not_found',
      message: `no such endpoint: ${request.method} ${request.url.split('?')[0]}`,
      issues: [],
    } satisfies ErrorBody);
  });
}
