/**
 * The building block of the message catalog: one user-facing message, defined once with the
 * types of its params, its kind (which decides the HTTP status and the CLI's exit code) and its
 * renderings in Traditional Chinese and English. Pure, so the server, the CLI and the web app
 * render the same text from the same `code` and `params`.
 */

/** The languages messages are written in: `zh` is Traditional Chinese as used in Taiwan. */
export type Lang = 'zh' | 'en';

export const ERROR_KINDS = [
  'validation',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'too_large',
  /** Too many requests of one kind from one client (the sign-in limit); says when to come back. */
  'rate_limited',
  'unavailable',
  /** Something the product did not expect; the server logged it. Never thrown on purpose. */
  'internal',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** What params may hold: they travel in JSON bodies, so JSON values only. */
export type ParamValue =
  | string
  | number
  | boolean
  | null
  | readonly ParamValue[]
  | { readonly [key: string]: ParamValue | undefined };
export type MessageParams = { readonly [key: string]: ParamValue | undefined };

export interface MessageDef<P extends MessageParams> {
  readonly kind: ErrorKind;
  readonly en: (params: P) => string;
  readonly zh: (params: P) => string;
  /** Params as a real case would give them: the catalog test renders every code with these. */
  readonly example: P;
}

/**
 * Declares one message. Annotate the params once, on `en`; `zh` and `example` are checked against
 * them: `defineMessage({ kind: 'conflict', en: (p: { name: string }) => …, zh: (p) => …, example: … })`.
 */
export function defineMessage<P extends MessageParams = Record<string, never>>(def: {
  readonly kind: ErrorKind;
  readonly en: (params: P) => string;
  readonly zh: (params: NoInfer<P>) => string;
  readonly example: NoInfer<P>;
}): MessageDef<P> {
  return def;
}

/** Numbers as people read them: 1,234 and 5,000. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
