import { describe, expect, it } from 'vitest';
import { ImportError } from '../errors';
import { decodeText } from './decode';
import { readSource } from './index';
import { parseText } from './text';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('parseText layouts', () => {
  it('reads markdown pipe tables, skipping the separator row and stripping markup', () => {
    const doc = parseText('| 策略目標 | KPI |\n|---|---|\n| <p>AC1 甲</p> | **AC1.1** 乙 |\n', 'a.md');
    expect(doc.blocks).toHaveLength(1);
    const table = doc.blocks[0];
    expect(table?.kind === 'table' && table.syntax).toBe('pipe');
    expect(table?.kind === 'table' && table.rows.map((r) => [r.line, r.cells.map((c) => c.text)])).toEqual([
      [1, ['策略目標', 'KPI']],
      [3, ['AC1 甲', 'AC1.1 乙']],
    ]);
  });

  it('reads tab tables, including rows with merged (empty) leading cells', () => {
    const doc = parseText(
      '構面\t策略目標\tKPI\n顧客\tAC1甲\tAC1.1乙\n\tAP1丙\tAP1.1丁\n\t\t\tAP1.2戊\n',
      'a.txt',
    );
    const t = doc.blocks[0];
    expect(t?.kind).toBe('table');
    expect(t?.kind === 'table' && t.rows.map((r) => r.cells.filter((c) => c.text !== '').length)).toEqual([
      3, 3, 2, 1,
    ]);
  });

  it('groups one-cell-per-line text into blank-separated blocks with 1-based line numbers', () => {
    const doc = parseText('A提供優質平價近便的學\n前教育\n\n \nB 升級\n', 'a.txt');
    expect(doc.blocks.map((b) => (b.kind === 'text' ? b.lines.map((l) => [l.n, l.text]) : null))).toEqual([
      [
        [1, 'A提供優質平價近便的學'],
        [2, '前教育'],
      ],
      [[5, 'B 升級']],
    ]);
  });

  it('marks bullets and headings and keeps the raw line', () => {
    const doc = parseText('# 策略地圖\n●AC1\n- 推動終身學習', 'a.md');
    expect(doc.lines.map((l) => [l.text, l.heading, l.bullet])).toEqual([
      ['策略地圖', 1, false],
      ['AC1', 0, true],
      ['推動終身學習', 0, true],
    ]);
    expect(doc.lines[1]?.raw).toBe('●AC1');
  });

  it('reads quoted CSV rows for .csv files', () => {
    const doc = parseText('策略目標,KPI\n"AC1 甲,乙",AC1.1 丙\n', 'a.csv');
    const t = doc.blocks[0];
    expect(t?.kind === 'table' && t.rows[1]?.cells.map((c) => c.text)).toEqual(['AC1 甲,乙', 'AC1.1 丙']);
  });
});

describe('decodeText refuses what is not text', () => {
  const code = (b: Uint8Array, name = 'x.txt') => {
    try {
      decodeText(b, name);
      return 'ok';
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      const err = e as ImportError;
      expect(err.message).toContain(name);
      expect(err.zh).toContain(name);
      return err.code;
    }
  };
  it('names each kind of bad input', () => {
    expect(code(new Uint8Array())).toBe('empty');
    expect(code(bytes(' \n\t\n'))).toBe('empty');
    expect(code(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('office-file');
    expect(code(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe(
      'legacy-office-file',
    );
    expect(code(bytes('%PDF-1.7\n'))).toBe('pdf-file');
    expect(code(new Uint8Array([65, 0, 66, 67]))).toBe('binary');
    expect(code(new Uint8Array([0xff, 0xff, 0x80, 0x41]))).toBe('not-utf8');
    expect(code(bytes('\u0001\u0002\u0003abc'))).toBe('binary');
    expect(code(new Uint8Array(9 * 1024 * 1024).fill(65))).toBe('too-large');
  });
  it('accepts UTF-8 with BOM, UTF-16 and Big5', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('策略')]), 'a.txt').text).toBe('策略');
    const utf16 = new Uint8Array([0xff, 0xfe, 0x56, 0x7b, 0x65, 0x75]);
    expect(decodeText(utf16, 'a.txt')).toEqual({ text: '策略', encoding: 'utf-16le' });
    // 「策略」 in Big5.
    expect(decodeText(new Uint8Array([0xb5, 0xa6, 0xb2, 0xa4]), 'a.txt')).toEqual({
      text: '策略',
      encoding: 'big5',
    });
  });
  it('reads UTF-16 saved without a byte-order mark, both byte orders', () => {
    const text = '臺北市政府教育局 110年策略地圖\r\nAC1 減輕家長育兒經濟負擔\r\nAC1.1 比率\r\n';
    const le = new Uint8Array(text.length * 2);
    const be = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le[2 * i] = c & 0xff;
      le[2 * i + 1] = c >> 8;
      be[2 * i] = c >> 8;
      be[2 * i + 1] = c & 0xff;
    }
    expect(decodeText(le, 'a.txt')).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(be, 'a.txt')).toEqual({ text, encoding: 'utf-16be' });
    // Binary with NULs on both sides, or an odd length, stays binary.
    const mixed = new Uint8Array(64).map((_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 20)));
    expect(code(mixed)).toBe('binary');
    expect(code(le.subarray(0, le.length - 1))).toBe('binary');
    // Control characters decoded from UTF-16 are not text either.
    const controls = new Uint8Array(200).map((_, i) => (i % 2 === 0 ? (i % 7) + 1 : 0));
    expect(code(controls)).toBe('binary');
  });
  it('refuses a file whose name promises an Office format its content does not have', async () => {
    await expect(readSource(bytes('x'), 'plan.pptx')).rejects.toMatchObject({ code: 'corrupt-file' });
  });
});
