import { defineMessage } from './define';

/**
 * Refusals of the HTTP layer itself, before any use case runs: an unknown address, a body that
 * is no JSON, too large or too many requests, and the one answer to an unexpected failure.
 * `detail` is the web server's own English explanation, kept for API clients and logs.
 */
export const httpMessages = {
  'http.no_such_endpoint': defineMessage({
    kind: 'not_found',
    en: (p: { method: string; path: string }) => `no such endpoint: ${p.method} ${p.path}`,
    zh: (p) => `沒有這個 API 位址：${p.method} ${p.path}`,
    example: { method: 'GET', path: '/api/nothing' },
  }),
  'http.bad_request': defineMessage({
    kind: 'validation',
    en: (p: { detail: string }) => p.detail,
    zh: () => '無法讀取這個請求的內容（格式不正確）',
    example: { detail: 'Body is not valid JSON but content-type is set to application/json' },
  }),
  'http.not_found': defineMessage({
    kind: 'not_found',
    en: (p: { detail: string }) => p.detail,
    zh: () => '找不到要求的內容',
    example: { detail: 'Not Found' },
  }),
  'http.body_too_large': defineMessage({
    kind: 'too_large',
    en: (p: { detail: string }) => p.detail,
    zh: () => '送出的內容太大',
    example: { detail: 'Request body is too large' },
  }),
  'http.too_many_requests': defineMessage({
    kind: 'rate_limited',
    en: (p: { detail: string }) => p.detail,
    zh: () => '要求次數太多；請稍候再試',
    example: { detail: 'Rate limit exceeded, retry in 1 minute' },
  }),
  'http.unexpected': defineMessage({
    kind: 'internal',
    en: () => 'an unexpected error occurred; it has been logged',
    zh: () => '發生未預期的錯誤，已記錄下來',
    example: {},
  }),
} as const;
