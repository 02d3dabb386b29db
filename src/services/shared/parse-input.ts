import type { z } from 'zod';
import { AppError, formatPath } from '../errors';

/**
 * Validates a use case's input; every problem is reported with its field path.
 * @deprecated for the areas not yet on contracts: use checkInput (coded issues).
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
  const first = issues[0];
  throw new AppError(
    'validation',
    first ? `invalid input at ${first.path || '(root)'}: ${first.message}` : 'invalid input',
    issues,
  );
}
