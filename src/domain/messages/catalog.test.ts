import { describe, expect, it } from 'vitest';
import { CATALOG, isMessageCode, type MessageCode, renderReceived } from './catalog';
import { ERROR_KINDS, type MessageParams } from './define';

const codes = Object.keys(CATALOG) as MessageCode[];

/** Every text a message got from its params, which may be in either language. */
function paramTexts(params: MessageParams): string[] {
  return Object.values(params).flatMap((value) =>
    value === null || value === undefined
      ? []
      : typeof value === 'object'
        ? Array.isArray(value)
          ? value.flatMap((v) => paramTexts({ v }))
          : paramTexts(value as MessageParams)
        : [String(value)],
  );
}

const withoutParams = (text: string, params: MessageParams) =>
  paramTexts(params).reduce((rest, p) => rest.split(p).join(' '), text);

/** Latin words a zh-TW reader meets as they are (file formats, the product's own acronyms). */
const LATIN_IN_ZH = new Set(['API', 'KPI', 'UUID', 'YYYY', 'MM', 'DD', 'true', 'false', 'null']);

describe('the message catalog', () => {
  it('has codes of the form area.what, each of a known kind', () => {
    for (const code of codes) {
      expect(code).toMatch(/^[a-z]+\.[a-z_]+$/);
      expect(ERROR_KINDS).toContain(CATALOG[code].kind);
    }
  });

  it.each(codes)('renders %s in both languages with its example params', (code) => {
    const { example } = CATALOG[code] as { example: MessageParams };
    const zh = renderReceived(code, example, 'zh');
    const en = renderReceived(code, example, 'en');
    expect(zh?.trim()).toBeTruthy();
    expect(en?.trim()).toBeTruthy();
    expect(zh).not.toBe(en);
    // No English words in the Chinese text but what the params brought in …
    const latin = withoutParams(zh ?? '', example).match(/[A-Za-z]{2,}/g) ?? [];
    expect(latin.filter((w) => !LATIN_IN_ZH.has(w))).toEqual([]);
    // … and no Chinese in the English text but the params'.
    expect(withoutParams(en ?? '', example)).not.toMatch(/\p{Script=Han}/u);
    expect(`${zh} ${en}`).not.toMatch(/undefined|\[object Object\]|NaN/);
  });

  it('knows its codes and nothing else', () => {
    expect(isMessageCode('org.name_taken')).toBe(true);
    expect(isMessageCode('org.nope')).toBe(false);
    expect(isMessageCode('toString')).toBe(false);
    expect(renderReceived('org.nope', {}, 'zh')).toBeUndefined();
  });
});
