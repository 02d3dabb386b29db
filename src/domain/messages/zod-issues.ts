import { isMessageCode, type MessageCode, renderReceived } from './catalog';
import type { MessageParams, ParamValue } from './define';

/** A problem with one field, as errors carry it: where, which message, its params, and that message in English. */
export interface CodedIssue {
  path: string;
  code: MessageCode;
  params: MessageParams;
  message: string;
}

/**
 * A Zod issue, or the copy of one fastify-type-provider-zod hands the error handler (its `keyword`
 * is Zod's `code`, its `params` the issue's other fields); only what both have is read.
 */
export interface RawIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

type IssueFields = { readonly [field: string]: unknown };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

/** The value at a path of an input, for telling a missing field from one of the wrong type. */
export function valueAtPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const num = (value: unknown) => (typeof value === 'bigint' ? Number(value) : Number(value ?? 0));

/** The facts of an issue that its generic message shows (bounds, expected type, format …). */
function issueFacts(issue: IssueFields): MessageParams {
  switch (issue.code) {
    case 'invalid_type':
      return { expected: String(issue.expected ?? 'value') };
    case 'too_small':
      return {
        origin: String(issue.origin ?? 'value'),
        minimum: num(issue.minimum),
        inclusive: issue.inclusive !== false,
        exact: issue.exact === true,
      };
    case 'too_big':
      return {
        origin: String(issue.origin ?? 'value'),
        maximum: num(issue.maximum),
        inclusive: issue.inclusive !== false,
        exact: issue.exact === true,
      };
    case 'invalid_format':
      return { format: String(issue.format ?? 'regex') };
    case 'not_multiple_of':
      return { divisor: num(issue.divisor) };
    case 'unrecognized_keys':
      return { keys: Array.isArray(issue.keys) ? issue.keys.map(String) : [] };
    case 'invalid_value':
      return { values: Array.isArray(issue.values) ? issue.values.map(String) : [] };
    default:
      return {};
  }
}

function customParams(issue: IssueFields): MessageParams {
  const params = issue.params;
  return params && typeof params === 'object' ? (params as Record<string, ParamValue>) : {};
}

/**
 * One coded issue per Zod issue. A schema states a specific message by giving a catalog code as
 * the issue's message (`.min(1, { error: 'org.name_required' })`, `.refine(f, { error: 'x.y',
 * params: {…} })`); the code then gets the issue's facts and the refinement's params. Any other
 * issue gets the generic code of its kind (`validation.too_small` …); a field that is absent is
 * `validation.required` when the input is given to look it up.
 */
export function codedIssue(issue: RawIssue, input?: { value: unknown }): CodedIssue {
  const path = formatPath(issue.path);
  const fields: IssueFields = { ...issue };
  const facts = issueFacts(fields);
  let code: MessageCode;
  let params: MessageParams;
  if (isMessageCode(issue.message)) {
    code = issue.message;
    params = { ...facts, ...customParams(fields) };
  } else if (issue.code === 'invalid_type' && input && valueAtPath(input.value, issue.path) === undefined) {
    code = 'validation.required';
    params = {};
  } else {
    const generic = `validation.${issue.code}`;
    code = isMessageCode(generic) ? generic : 'validation.custom';
    params = code === 'validation.custom' ? { detail: issue.message } : facts;
  }
  return { path, code, params, message: renderReceived(code, params, 'en') ?? issue.message };
}
