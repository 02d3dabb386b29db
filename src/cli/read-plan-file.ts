import { readFileSync, statSync } from 'node:fs';
import { type ParseError, parse as parseJsonc, printParseErrorCode } from 'jsonc-parser';
import { type PlanDocument, parsePlanFile } from '../domain/plan-document';
import { AppError, formatPath } from '../services/errors';

/** Where a character offset sits in a text, 1-based, for messages a person can act on. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the text continues after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'malformed number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

/** Parses JSON; a syntax error names its line and column. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first) {
      const { line, column } = lineColumnOf(text, first.offset);
      const code = printParseErrorCode(first.error);
      const what = JSON_ERRORS[code] ?? code;
      throw new AppError('validation', `${file}:${line}:${column}: invalid JSON: ${what}`, [
        { path: `line ${line}, column ${column}`, message: what },
      ]);
    }
    throw new AppError('validation', `${file}: invalid JSON (${(error as Error).message})`);
  }
}

/** A file's bytes; a missing path or a directory is refused with a message naming it. */
export function readFileBytes(file: string): Uint8Array {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(file);
  } catch {
    throw new AppError('not_found', `${file}: no such file`);
  }
  if (!stat.isFile()) throw new AppError('validation', `${file}: not a file`);
  return new Uint8Array(readFileSync(file));
}

export function readTextFile(file: string): string {
  return Buffer.from(readFileBytes(file)).toString('utf8');
}

/** Reads a `stratmap.plan/1` file (one plan or `{ "plans": [...] }`). */
export function readPlanFile(file: string, text = readTextFile(file)): PlanDocument[] {
  if (text.trim() === '') throw new AppError('validation', `${file}: the file is empty`);
  const parsed = parsePlanFile(parseJsonText(text, file));
  if (!parsed.ok) {
    const issues = parsed.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
    throw new AppError(
      'validation',
      `${file}: not a valid plan document (${issues.length} problem(s))`,
      issues,
    );
  }
  return parsed.plans;
}
