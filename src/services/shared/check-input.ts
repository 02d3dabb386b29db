import type { z } from 'zod';
import { failWith } from '../../domain/app-error';
import { codedIssue } from '../../domain/messages/zod-issues';

/**
 * Validates a use case's input against its contract's schema (the CLI and other callers reach the
 * use case without the route's validation). Every problem is a coded issue at its field path; a
 * schema's own message is a catalog code (see domain/messages/zod-issues.ts).
 */
export function checkInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => codedIssue(issue, { value: raw }));
  throw failWith(
    'validation.invalid_input',
    { path: issues[0]?.path ?? '', count: issues.length },
    { issues },
  );
}
