import { CONTROL_CHARACTERS } from '../domain/control-characters';

/**
 * Text as XML 1.0 can carry it. Input refuses control characters (domain/control-characters),
 * but plans stored before that, and documents read from files, may still hold them; one of
 * them in a slide or a sheet makes PowerPoint or Excel refuse or "repair" the whole file. So
 * every writer drops them: C0 controls other than tab, line feed and carriage return, lone
 * surrogates, U+FFFE and U+FFFF. Pure, so the web app's SVG can use it too.
 */

const NOT_IN_XML = new RegExp(
  `${CONTROL_CHARACTERS.source}|[\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
  'g',
);

export function xmlSafeText(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

/** The same value with every string (and object key) made XML-safe; other values kept. */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((v) => xmlSafe(v)) as T;
  if (typeof value === 'object' && value !== null && !(value instanceof Date) && !ArrayBuffer.isView(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[xmlSafeText(k)] = xmlSafe(v);
    return out as T;
  }
  return value;
}
