import { describe, expect, it } from 'vitest';
import type { Finding } from '../domain/lint';
import { findingJson, formatFinding } from './format-findings';

const finding = (extra: Partial<Finding>): Finding => ({
  rule: 'name-variant',
  severity: 'warning',
  codes: ['AC1'],
  message: { zh: '名稱不一致', en: 'named differently' },
  plan: { org: '臺北市政府測試局', year: 112 },
  ...extra,
});

describe('findings on the command line', () => {
  it('says a slide and the line within it, in the language asked for', () => {
    const f = finding({ line: 2, page: { kind: 'slide', number: 3 } });
    expect(formatFinding({ file: 'deck.pptx', finding: f }, 'zh')).toBe(
      'deck.pptx:投影片 3:2  warning  name-variant  AC1  臺北市政府測試局 112: 名稱不一致',
    );
    expect(formatFinding({ file: 'deck.pptx', finding: f }, 'en')).toBe(
      'deck.pptx: slide 3, line 2  warning  name-variant  AC1  臺北市政府測試局 112: named differently',
    );
    expect(findingJson({ file: 'deck.pptx', finding: f }, false)).toMatchObject({
      line: 2,
      page: { kind: 'slide', number: 3 },
    });
  });

  it('keeps text documents as file:line', () => {
    expect(formatFinding({ file: 'plan.txt', finding: finding({ line: 12 }) }, 'zh')).toMatch(
      /^plan\.txt:12 {2}warning/,
    );
    expect(findingJson({ file: 'plan.txt', finding: finding({ line: 12 }) }, false)).not.toHaveProperty(
      'page',
    );
  });
});
