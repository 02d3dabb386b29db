/**
 * Invisible control characters (C0, except tab, line feed and carriage return) in text that a
 * person meant to type. XML 1.0 cannot carry them, so one of them in a name makes a PowerPoint
 * or Excel file that does not open; they arrive by pasting out of Word (U+000B is its line break)
 * or a PDF. Input refuses them, naming where each one is; writers drop them (export/xml-text).
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

const ALL_CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTERS.source, 'g');

export const CONTROL_CHARACTER_CODE = 'control_character';

export interface ControlCharacterIssue {
  path: (string | number)[];
  message: string;
}

const NAMES: Record<number, string> = {
  0: 'NUL',
  8: 'backspace',
  11: 'vertical tab, a line break pasted from Word',
  12: 'form feed, a page break',
  27: 'escape',
};

function describe(text: string, what: string): string | null {
  const found = CONTROL_CHARACTERS.exec(text);
  if (!found) return null;
  const cp = found[0].charCodeAt(0);
  const name = NAMES[cp];
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const position = [...text.slice(0, found.index)].length + 1;
  return `${what} contains the invisible control character ${hex}${name ? ` (${name})` : ''} at character ${position}; delete it or retype the text`;
}

/** A place in the value: its parent's place and its own key, turned into a path only when needed. */
interface Place {
  value: unknown;
  parent: Place | null;
  key: string | number;
}

function pathOf(place: Place): (string | number)[] {
  const path: (string | number)[] = [];
  for (let p: Place | null = place; p?.parent; p = p.parent) path.push(p.key);
  return path.reverse();
}

/**
 * Where a JSON value holds control characters, in strings and in object keys, at most `limit`
 * places. Walks with its own stack and parent links, so any nesting depth costs linear time
 * and no call stack.
 */
export function findControlCharacters(value: unknown, limit = 10): ControlCharacterIssue[] {
  const issues: ControlCharacterIssue[] = [];
  const stack: Place[] = [{ value, parent: null, key: '' }];
  while (stack.length > 0 && issues.length < limit) {
    const place = stack.pop() as Place;
    const v = place.value;
    if (typeof v === 'string') {
      const message = describe(v, 'the text');
      if (message) issues.push({ path: pathOf(place), message });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], parent: place, key: i });
    } else if (typeof v === 'object' && v !== null && !ArrayBuffer.isView(v)) {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        const message = describe(key, `the name "${key.replace(ALL_CONTROL_CHARACTERS, '')}"`);
        const at: Place = { value: child, parent: place, key };
        if (message) issues.push({ path: pathOf(at), message });
        else stack.push(at);
      }
    }
  }
  return issues.slice(0, limit);
}
