import { describe, expect, it } from 'vitest';
import { AppError, fail, failAt, failWith, issueAt } from './app-error';

describe('AppError', () => {
  it('takes its kind from the catalog and renders its message in English, and in Chinese on request', () => {
    const error = fail('org.name_taken', { name: '臺北市政府教育局' });
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      kind: 'conflict',
      code: 'org.name_taken',
      params: { name: '臺北市政府教育局' },
      message: 'an organisation named 臺北市政府教育局 already exists',
      issues: [],
    });
    expect(error.messageIn('zh')).toBe('已有名為「臺北市政府教育局」的機關');
    expect(new AppError('org.name_taken', { name: 'x' }).code).toBe('org.name_taken');
  });

  it('puts a one-field refusal at its field', () => {
    const error = failAt('parentId', 'org.parent_not_found', { id: 9 });
    expect(error.kind).toBe('validation');
    expect(error.issues).toEqual([
      {
        path: 'parentId',
        code: 'org.parent_not_found',
        params: { id: 9 },
        message: 'parent organisation 9 does not exist',
      },
    ]);
  });

  it('carries issues and details', () => {
    const issue = issueAt('name', 'validation.required');
    const error = failWith(
      'validation.invalid_input',
      { path: 'name', count: 1 },
      { issues: [issue], details: { a: 1 } },
    );
    expect(error.issues).toEqual([
      { path: 'name', code: 'validation.required', params: {}, message: 'required' },
    ]);
    expect(error.details).toEqual({ a: 1 });
    expect(fail('auth.sign_in_first').params).toEqual({});
  });

  it('still accepts the legacy form of the areas not yet coded, which has no code', () => {
    const error = new AppError('conflict', 'someone else saved first', [{ path: 'x', message: 'stale' }]);
    expect(error).toMatchObject({ kind: 'conflict', code: undefined, message: 'someone else saved first' });
    expect(error.messageIn('zh')).toBe('someone else saved first');
  });
});
