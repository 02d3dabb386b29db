import { count, defineMessage, type Lang } from './define';

/**
 * The generic messages of input validation, one per Zod issue code, with the issue's own facts as
 * params. A schema that says something more specific gives a catalog code as the issue's message
 * (`.min(1, { error: 'org.name_required' })`); see zod-issues.ts.
 */

const TYPE_NAMES: Record<string, Record<Lang, string>> = {
  string: { en: 'text', zh: '文字' },
  number: { en: 'a number', zh: '數字' },
  int: { en: 'a whole number', zh: '整數' },
  bigint: { en: 'a whole number', zh: '整數' },
  boolean: { en: 'true or false', zh: '是或否（true / false）' },
  array: { en: 'a list', zh: '清單' },
  object: { en: 'an object', zh: '物件' },
  date: { en: 'a date', zh: '日期' },
  null: { en: 'null', zh: '空值（null）' },
};

const FORMAT_NAMES: Record<string, Record<Lang, string>> = {
  email: { en: 'e-mail address', zh: '電子郵件地址' },
  url: { en: 'URL', zh: '網址' },
  uuid: { en: 'UUID', zh: 'UUID' },
  date: { en: 'date (YYYY-MM-DD)', zh: '日期（YYYY-MM-DD）' },
  datetime: { en: 'date and time', zh: '日期時間' },
  regex: { en: 'value of the expected form', zh: '符合規定格式的值' },
};

type Bound = { origin: string; inclusive: boolean; exact: boolean };
type Unit = 'characters' | 'items' | 'value';

const unitOf = (origin: string): Unit =>
  origin === 'string' ? 'characters' : origin === 'array' || origin === 'set' ? 'items' : 'value';

const UNIT_ZH: Record<Unit, string> = { characters: ' 個字', items: ' 項', value: '' };

function tooSmall(p: Bound & { minimum: number }, lang: Lang): string {
  const unit = unitOf(p.origin);
  const n = count(p.minimum);
  if (unit === 'characters' && p.minimum === 1 && !p.exact)
    return lang === 'en' ? 'must not be empty' : '不可空白';
  if (unit === 'items' && p.minimum === 1 && !p.exact)
    return lang === 'en' ? 'must have at least one item' : '至少需要 1 項';
  if (lang === 'zh') {
    if (p.exact) return unit === 'value' ? `須等於 ${n}` : `須為 ${n}${UNIT_ZH[unit]}`;
    if (unit === 'value') return p.inclusive ? `不可小於 ${n}` : `須大於 ${n}`;
    return `至少需要 ${n}${UNIT_ZH[unit]}`;
  }
  if (p.exact) return unit === 'value' ? `must be exactly ${n}` : `must have exactly ${n} ${unit}`;
  if (unit === 'value') return p.inclusive ? `must be at least ${n}` : `must be greater than ${n}`;
  return `must have at least ${n} ${unit}`;
}

function tooBig(p: Bound & { maximum: number }, lang: Lang): string {
  const unit = unitOf(p.origin);
  const n = count(p.maximum);
  if (lang === 'zh') {
    if (p.exact) return unit === 'value' ? `須等於 ${n}` : `須為 ${n}${UNIT_ZH[unit]}`;
    if (unit === 'value') return p.inclusive ? `不可大於 ${n}` : `須小於 ${n}`;
    return `最多 ${n}${UNIT_ZH[unit]}`;
  }
  if (p.exact) return unit === 'value' ? `must be exactly ${n}` : `must have exactly ${n} ${unit}`;
  if (unit === 'value') return p.inclusive ? `must be at most ${n}` : `must be less than ${n}`;
  return `must have at most ${n} ${unit}`;
}

export const validationMessages = {
  'validation.invalid_input': defineMessage({
    kind: 'validation',
    en: (p: { path: string; count: number }) =>
      `invalid input at ${p.path || '(root)'}${p.count > 1 ? ` and ${count(p.count - 1)} more place${p.count > 2 ? 's' : ''}` : ''}`,
    // No path in Chinese: paths are English field names, and forms show each issue at its field.
    zh: (p) => `輸入內容有 ${count(p.count)} 處不正確`,
    example: { path: 'name', count: 2 },
  }),
  'validation.required': defineMessage({
    kind: 'validation',
    en: () => 'required',
    zh: () => '必填',
    example: {},
  }),
  'validation.invalid_type': defineMessage({
    kind: 'validation',
    en: (p: { expected: string }) => `must be ${TYPE_NAMES[p.expected]?.en ?? p.expected}`,
    zh: (p) => `須為${TYPE_NAMES[p.expected]?.zh ?? p.expected}`,
    example: { expected: 'number' },
  }),
  'validation.too_small': defineMessage({
    kind: 'validation',
    en: (p: Bound & { minimum: number }) => tooSmall(p, 'en'),
    zh: (p) => tooSmall(p, 'zh'),
    example: { origin: 'string', minimum: 2, inclusive: true, exact: false },
  }),
  'validation.too_big': defineMessage({
    kind: 'validation',
    en: (p: Bound & { maximum: number }) => tooBig(p, 'en'),
    zh: (p) => tooBig(p, 'zh'),
    example: { origin: 'string', maximum: 200, inclusive: true, exact: false },
  }),
  'validation.invalid_format': defineMessage({
    kind: 'validation',
    en: (p: { format: string }) => `is not a valid ${FORMAT_NAMES[p.format]?.en ?? p.format}`,
    zh: (p) => `不是有效的${FORMAT_NAMES[p.format]?.zh ?? '格式'}`,
    example: { format: 'email' },
  }),
  'validation.not_multiple_of': defineMessage({
    kind: 'validation',
    en: (p: { divisor: number }) => `must be a multiple of ${p.divisor}`,
    zh: (p) => `須為 ${p.divisor} 的倍數`,
    example: { divisor: 5 },
  }),
  'validation.unrecognized_keys': defineMessage({
    kind: 'validation',
    en: (p: { keys: readonly string[] }) =>
      `unknown field${p.keys.length > 1 ? 's' : ''}: ${p.keys.join(', ')}`,
    zh: (p) => `不認得的欄位：${p.keys.join('、')}`,
    example: { keys: ['colour'] },
  }),
  'validation.invalid_union': defineMessage({
    kind: 'validation',
    en: () => 'does not match any of the allowed forms',
    zh: () => '不符合任何一種允許的格式',
    example: {},
  }),
  'validation.invalid_key': defineMessage({
    kind: 'validation',
    en: () => 'has a key that is not allowed',
    zh: () => '含有不允許的鍵',
    example: {},
  }),
  'validation.invalid_element': defineMessage({
    kind: 'validation',
    en: () => 'has an element that is not allowed',
    zh: () => '含有不允許的項目',
    example: {},
  }),
  'validation.invalid_value': defineMessage({
    kind: 'validation',
    en: (p: { values: readonly string[] }) => `must be one of: ${p.values.join(', ')}`,
    zh: (p) => `須為下列其中之一：${p.values.join('、')}`,
    example: { values: ['draft', 'submitted'] },
  }),
  'validation.custom': defineMessage({
    kind: 'validation',
    // A refinement that gave no catalog code: its English text is all there is.
    en: (p: { detail?: string }) => p.detail ?? 'invalid value',
    zh: () => '值不正確',
    example: { detail: 'end must not be before start' },
  }),
} as const;
