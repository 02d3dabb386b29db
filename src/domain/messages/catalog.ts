import { authMessages } from './auth';
import { commonMessages } from './common';
import { databaseMessages } from './database';
import type { ErrorKind, Lang, MessageDef, MessageParams } from './define';
import { httpMessages } from './http';
import { orgMessages } from './orgs';
import { validationMessages } from './validation';

/**
 * Every user-facing message of the product, by stable code (`area.what`). An area adds its file
 * (messages/<area>.ts) and spreads it here; a code is never renamed once clients have seen it.
 */
export const CATALOG = {
  ...commonMessages,
  ...authMessages,
  ...databaseMessages,
  ...httpMessages,
  ...validationMessages,
  ...orgMessages,
} as const;

type Catalog = typeof CATALOG;
export type MessageCode = keyof Catalog;
export type ParamsOf<C extends MessageCode> = Catalog[C] extends MessageDef<infer P> ? P : never;

/** Every code, for schemas that list them (the OpenAPI error body). */
export const MESSAGE_CODES = Object.keys(CATALOG) as [MessageCode, ...MessageCode[]];

/** A code with the params it takes, as one value (an issue, an error body, a queued message). */
export type Message = { [C in MessageCode]: { code: C; params: ParamsOf<C> } }[MessageCode];

export function isMessageCode(value: unknown): value is MessageCode {
  return typeof value === 'string' && Object.hasOwn(CATALOG, value);
}

export function kindOfCode(code: MessageCode): ErrorKind {
  return CATALOG[code].kind;
}

/** The message in one language; the params are checked against the code at compile time. */
export function renderMessage<C extends MessageCode>(code: C, params: ParamsOf<C>, lang: Lang): string {
  return (CATALOG[code] as unknown as MessageDef<MessageParams>)[lang](params);
}

/**
 * For a code and params that arrived as data (an API response, a stored record): the message,
 * or undefined when the code is unknown or its params do not fit, so the caller falls back to
 * the text it has.
 */
export function renderReceived(code: unknown, params: unknown, lang: Lang): string | undefined {
  if (!isMessageCode(code)) return undefined;
  try {
    const text = (CATALOG[code] as unknown as MessageDef<MessageParams>)[lang](
      (params ?? {}) as MessageParams,
    );
    return text || undefined;
  } catch {
    return undefined;
  }
}
