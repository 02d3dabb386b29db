import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderReceived } from './catalog';
import { codedIssue } from './zod-issues';

function issuesOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a refusal');
  return result.error.issues.map((issue) => codedIssue(issue, { value: input }));
}

describe('coded issues from Zod', () => {
  it('gives each built-in issue its generic code and facts', () => {
    const schema = z.object({
      name: z.string().min(2).max(5),
      count: z.number().int().positive(),
      email: z.email(),
      status: z.enum(['draft', 'submitted']),
      step: z.number().multipleOf(5),
      tags: z.array(z.string()).min(1),
    });
    const issues = issuesOf(schema, {
      name: 'abcdefg',
      count: 0,
      email: 'nope',
      status: 'gone',
      step: 7,
      tags: [],
    });
    expect(issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      {
        path: 'name',
        code: 'validation.too_big',
        params: { origin: 'string', maximum: 5, inclusive: true, exact: false },
      },
      {
        path: 'count',
        code: 'validation.too_small',
        params: { origin: 'number', minimum: 0, inclusive: false, exact: false },
      },
      { path: 'email', code: 'validation.invalid_format', params: { format: 'email' } },
      { path: 'status', code: 'validation.invalid_value', params: { values: ['draft', 'submitted'] } },
      { path: 'step', code: 'validation.not_multiple_of', params: { divisor: 5 } },
      {
        path: 'tags',
        code: 'validation.too_small',
        params: { origin: 'array', minimum: 1, inclusive: true, exact: false },
      },
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'must have at most 5 characters',
      'must be greater than 0',
      'is not a valid e-mail address',
      'must be one of: draft, submitted',
      'must be a multiple of 5',
      'must have at least one item',
    ]);
    expect(issues.map((i) => renderReceived(i.code, i.params, 'zh'))).toEqual([
      '最多 5 個字',
      '須大於 0',
      '不是有效的電子郵件地址',
      '須為下列其中之一：draft、submitted',
      '須為 5 的倍數',
      '至少需要 1 項',
    ]);
  });

  it('tells a missing field from one of the wrong type, and names unknown fields', () => {
    const schema = z.strictObject({ name: z.string(), year: z.number() });
    const issues = issuesOf(schema, { year: '110', colour: 'red' });
    expect(issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: 'name', code: 'validation.required', params: {} },
      { path: 'year', code: 'validation.invalid_type', params: { expected: 'number' } },
      { path: '', code: 'validation.unrecognized_keys', params: { keys: ['colour'] } },
    ]);
    // Without the input to look at, a missing field is one of the wrong type.
    const [first] = schema.safeParse({ year: 110 }).error?.issues ?? [];
    expect(first && codedIssue(first).code).toBe('validation.invalid_type');
  });

  it('takes a catalog code given as the message, with the issue facts and the refinement params', () => {
    const schema = z.object({
      name: z.string().min(1, { error: 'org.name_required' }).max(3, { error: 'org.name_too_long' }),
      parentId: z.number().refine((n) => n !== 7, { error: 'org.parent_not_found', params: { id: 7 } }),
    });
    const issues = issuesOf(schema, { name: 'abcd', parentId: 7 });
    expect(issues).toEqual([
      {
        path: 'name',
        code: 'org.name_too_long',
        params: { origin: 'string', maximum: 3, inclusive: true, exact: false },
        message: 'name must be at most 3 characters',
      },
      {
        path: 'parentId',
        code: 'org.parent_not_found',
        params: { id: 7 },
        message: 'parent organisation 7 does not exist',
      },
    ]);
  });

  it('keeps the English text of a refinement that gave no code, and says it generically in Chinese', () => {
    const schema = z
      .object({ end: z.number() })
      .refine((v) => v.end > 3, { message: 'end must be after 3', path: ['end'] });
    const [issue] = issuesOf(schema, { end: 1 });
    expect(issue).toEqual({
      path: 'end',
      code: 'validation.custom',
      params: { detail: 'end must be after 3' },
      message: 'end must be after 3',
    });
    expect(renderReceived(issue?.code, issue?.params, 'zh')).toBe('值不正確');
  });
});
