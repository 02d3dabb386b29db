import { describe, expect, it } from 'vitest';
import { CATALOG, type MessageCode } from '../../../src/domain/messages/catalog';
import { orgMessages } from '../../../src/domain/messages/orgs';
import { ApiError, errorFromResponse } from './errors';
import { issueMessageOf, messageOf } from './messages';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** An API refusal of this code with its example params, as the server sends it. */
function refusal(code: MessageCode): Promise<ApiError> {
  const { kind, example, en } = CATALOG[code] as {
    kind: string;
    example: Record<string, unknown>;
    en: (p: unknown) => string;
  };
  return errorFromResponse(
    json(400, { error: kind, code, params: example, message: en(example), issues: [] }),
  );
}

describe('messageOf', () => {
  it.each(Object.keys(orgMessages) as MessageCode[])(
    'says %s in zh-TW without English, and in English',
    async (code) => {
      const error = await refusal(code);
      const zh = messageOf(error, 'zh-TW');
      expect(zh).toMatch(/\p{Script=Han}/u);
      expect(zh).not.toMatch(/[A-Za-z]{2,}/);
      expect(messageOf(error, 'en')).toBe(error.message);
    },
  );

  it('renders coded issues in the language asked for, and keeps the text of uncoded ones', async () => {
    const error = await errorFromResponse(
      json(400, {
        error: 'validation',
        code: 'validation.invalid_input',
        params: { path: 'name', count: 2 },
        message: 'invalid input at name and 1 more place',
        issues: [
          { path: 'name', code: 'org.name_required', params: {}, message: 'name must not be empty' },
          { path: 'parentId', message: 'not a valid parent' },
        ],
      }),
    );
    expect(error.code).toBe('validation.invalid_input');
    expect(messageOf(error, 'zh-TW')).toBe('輸入內容有 2 處不正確');
    expect(error.issuesAt('name', false, 'zh-TW')).toEqual(['機關名稱不可空白']);
    expect(error.issuesAt('name')).toEqual(['name must not be empty']);
    expect(error.issues.map((i) => issueMessageOf(i, 'zh-TW'))).toEqual([
      '機關名稱不可空白',
      'not a valid parent',
    ]);
  });

  it('keeps the server text when the code is unknown to this build or absent', async () => {
    const unknown = await errorFromResponse(
      json(409, { error: 'conflict', code: 'x.new', message: 'newer server' }),
    );
    expect(unknown.code).toBeUndefined();
    expect(messageOf(unknown, 'zh-TW')).toBe('newer server');
    expect(messageOf(new ApiError(0, 'network', 'network error'), 'zh-TW')).toBe('network error');
  });
});
