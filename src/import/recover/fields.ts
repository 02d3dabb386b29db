import { cleanLine } from '../readers/clean';
import type { Block, SourceLine } from '../source';
import { type FieldLabel, fieldLabel, isSectionWord, perspectiveLabel } from './labels';
import { readContextLine } from './orgs';
import { CJK_COMMA, hasCode, joinWrapped } from './tokens';

/**
 * Mission, vision and core values. They repeat on every slide; the first complete statement
 * wins. Values may follow the label on the same line, on the next lines, or in the next block
 * (one cell per line), or sit in a tab row as 【使命】 … 【願景】 ….
 */

export interface Fields {
  mission: string;
  vision: string;
  coreValues: string[];
}

/** 「使命、願景及核心價值」, "Mission, Vision and Core Values": a title naming the fields, no value. */
function namesFields(text: string): boolean {
  return new Set(text.toLowerCase().match(/使命|願景|核心價值|mission|vision|core values?/g) ?? []).size >= 2;
}

function isValueLine(text: string): boolean {
  return (
    text !== '' &&
    !namesFields(text) &&
    fieldLabel(text) === null &&
    !hasCode(text) &&
    perspectiveLabel(text) === null &&
    !isSectionWord(text) &&
    readContextLine(text) === null
  );
}

export function splitValues(text: string): string[] {
  // Chinese values are separated by spaces too; English ones have spaces inside ("Open Sharing").
  const separators = /[\u4e00-\u9fff]/.test(text) ? /[、，,;；\s]+/ : /[、，,;；\n]+/;
  const values = text
    .split(separators)
    .map((v) => v.replace(/^[-•●・]+/, '').trim())
    .filter((v) => v !== '');
  return [...new Set(values)];
}

export function readFields(blocks: Block[]): Fields {
  const found: Partial<Record<FieldLabel, string[]>> = {};
  const set = (field: FieldLabel, lines: string[]) => {
    const values = lines.map((l) => l.trim()).filter((l) => l !== '');
    if (values.length > 0 && found[field] === undefined) found[field] = values;
  };

  blocks.forEach((block, bi) => {
    if (block.kind === 'table') {
      for (const row of block.rows) {
        row.cells.forEach((cell, ci) => {
          const label = fieldLabel(cell.text);
          if (!label) return;
          if (label.rest !== '') set(label.field, [label.rest]);
          else {
            const next = row.cells.slice(ci + 1).find((c) => c.text !== '');
            if (next && isValueLine(next.text)) set(label.field, [next.text]);
          }
        });
      }
      return;
    }
    const lines = block.lines.flatMap(splitFieldColumns);
    const joined = joinWrapped(lines.map((l) => l.text));
    const whole = lines.length > 1 ? fieldLabel(joined) : null;
    if (whole && whole.rest === '' && lines.every((l) => fieldLabel(l.text) === null)) {
      // 「核心」+「價值」: a label wrapped over two lines, its value in the next block.
      set(whole.field, valueFromNextBlock(blocks, bi));
      return;
    }
    let taken = -1;
    lines.forEach((line: SourceLine, li) => {
      const label = fieldLabel(line.text);
      if (!label) return;
      const after: string[] = [];
      for (const next of lines.slice(li + 1)) {
        if (!isValueLine(next.text)) break;
        after.push(next.text);
      }
      // A label centred beside its wrapped value (「…鏈結產官學研 推」「使命」「廣終身學習」).
      const before: string[] = [];
      for (let k = li - 1; k > taken && isValueLine(lines[k]?.text ?? ''); k--)
        before.unshift(lines[k]?.text ?? '');
      taken = li + after.length;
      if (label.rest !== '') set(label.field, [label.rest, ...after]);
      else if (before.length > 0) set(label.field, [joinWrapped([...before, ...after])]);
      else if (after.length > 0) set(label.field, after);
      else set(label.field, valueFromNextBlock(blocks, bi));
    });
  });

  return {
    mission: joinPhrases(found.mission ?? []).replace(CJK_COMMA, '$1，'),
    vision: joinPhrases(found.vision ?? []).replace(CJK_COMMA, '$1，'),
    coreValues: splitValues(joinValueLines(found.coreValues ?? [])),
  };
}

/**
 * Where fields side by side on one line part: two spaces or more (pdftotext), an ideographic
 * space, or one space before the next label with its colon (a PDF drawing the page header
 * 「使命：…　願景：…」 as one run). A value never holds another field's label and colon.
 */
const FIELD_GAP =
  /\s{2,}|\t+|\u3000+|\s(?=[【[]?\s*(?:使命|願景|核心\s*價值|mission|vision|core\s+values?)\s*[】\]]?\s*[:：])/i;

/**
 * 「使命：…   願景：…」: fields side by side on one line (a page header), or a label and its value
 * set apart by spaces, are read as lines of their own.
 */
function splitFieldColumns(line: SourceLine): SourceLine[] {
  const parts = line.raw
    .trim()
    .split(FIELD_GAP)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  // Labels with their values side by side, or one label set apart from its value (Core Values   Integrity, …).
  const labelAlone = parts.length === 2 && fieldLabel(parts[0] ?? '')?.rest === '';
  if (parts.length < 2 || (parts.filter((p) => fieldLabel(p)?.rest).length < 2 && !labelAlone)) return [line];
  return parts.map((p) => ({ ...line, text: cleanLine(p).text }));
}

const length = (s: string) => [...s].length;

/**
 * A line of phrases of one length broken inside its last one (「… 鏈結產官學研 推」+「廣終身學習」,
 * 「…、資訊便利、服務」+「專業」): the last piece is shorter than the one before it and the next
 * line's first piece makes it exactly as long. A box wrapping its text does that; a writer
 * breaking lines between phrases does not.
 */
function brokenInsidePhrase(head: string, tail: string, separators: RegExp): boolean {
  const pieces = head.split(separators).filter((p) => p !== '');
  const last = pieces[pieces.length - 1];
  const before = pieces[pieces.length - 2];
  const first = tail.split(separators).find((p) => p !== '');
  if (last === undefined || before === undefined || first === undefined) return false;
  return length(last) < length(before) && length(last) + length(first) === length(before);
}

/** Lines of a mission are phrases (space between), unless a line ends mid-phrase (…的 / 與, or wrapped). */
function joinPhrases(lines: string[]): string {
  return lines.reduce(
    (acc, l) =>
      acc === ''
        ? l
        : /[的之與及和並、，]$/.test(acc) || brokenInsidePhrase(acc, l, /\s+/)
          ? acc + l
          : `${acc} ${l}`,
    '',
  );
}

/** Lines of values, each its own line unless the value at the break was wrapped. */
function joinValueLines(lines: string[]): string {
  return lines.reduce(
    (acc, l) => (acc === '' ? l : brokenInsidePhrase(acc, l, /[、，,;；\s]+/) ? acc + l : `${acc}\n${l}`),
    '',
  );
}

function valueFromNextBlock(blocks: Block[], index: number): string[] {
  const next = blocks[index + 1];
  if (next?.kind !== 'text') return [];
  const out: string[] = [];
  for (const l of next.lines) {
    if (!isValueLine(l.text)) break;
    out.push(l.text);
  }
  return out;
}
