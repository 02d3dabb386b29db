import { z } from 'zod';
import { MESSAGE_CODES } from '../domain/messages/catalog';
import { ERROR_KINDS } from '../domain/messages/define';

const Params = z
  .record(z.string(), z.unknown())
  .describe("the code's params, e.g. { name } for org.name_taken; the catalog renders them");

export const ErrorIssue = z.object({
  path: z.string().describe('where: a JSON path (objectives.3.code) or a file position (line 12)'),
  code: z.enum(MESSAGE_CODES).optional(),
  params: Params.optional(),
  message: z.string().describe('the issue in English'),
});

/**
 * Every refusal of the API has this body (src/server/error-handler.ts builds it). `code` and
 * `params` say what happened; `message` is its English rendering for API clients and logs; the web
 * app renders `code` with `params` in the user's language (src/domain/messages).
 */
export const ErrorBody = z
  .object({
    error: z.enum(ERROR_KINDS).describe('the kind of refusal; it decides the HTTP status'),
    code: z.enum(MESSAGE_CODES).optional().describe('the message code (src/domain/messages)'),
    params: Params.optional(),
    message: z.string().describe('the message in English'),
    issues: z.array(ErrorIssue).describe('one entry per field or row in error'),
    details: z.record(z.string(), z.unknown()).optional().describe('machine-readable context'),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof ErrorBody>;
