import type { z } from 'zod';
import type { MessageCode } from '../domain/messages/catalog';

/**
 * An endpoint's contract: what it takes, what it answers and with which codes it refuses, defined
 * once beside its use case (src/services/<area>/<use-case>.contract.ts) and read by the server
 * (src/server/route.ts: validation, serialisation, OpenAPI), the web app's typed client
 * (web/src/api/call.ts) and the tests. Pure: zod and the domain only.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type SuccessStatus = 200 | 201 | 202 | 204;

export interface Contract {
  readonly method: HttpMethod;
  /** Fastify's form: `/api/orgs/:id`; each `:name` is a key of `params`. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /**
   * The answer per success status; `null` for an answer without a body (204). Response schemas do
   * not transform: Fastify serialises through them, so their type is the JSON on the wire.
   */
  readonly responses: Readonly<Partial<Record<SuccessStatus, z.ZodType | null>>>;
  /**
   * The catalog codes the use case can refuse with, besides what every endpoint can answer
   * (validation of its input, sign-in, an unexpected failure).
   */
  readonly errors: readonly MessageCode[];
}

export function defineContract<const C extends Contract>(contract: C): C {
  return contract;
}

type Parsed<C, K extends 'params' | 'query' | 'body'> = C extends {
  readonly [P in K]: infer S extends z.ZodType;
}
  ? z.output<S>
  : undefined;
type Sent<C, K extends 'params' | 'query' | 'body'> = C extends {
  readonly [P in K]: infer S extends z.ZodType;
}
  ? z.input<S>
  : undefined;

/** What a route handler receives, validated and parsed. */
export interface RequestOf<C extends Contract> {
  params: Parsed<C, 'params'>;
  query: Parsed<C, 'query'>;
  body: Parsed<C, 'body'>;
}

/** What a handler returns and a client receives: the body of any of the success statuses (void: none). */
export type ResponseOf<C extends Contract> = {
  // biome-ignore lint/suspicious/noConfusingVoidType: the handler of a route without a body returns nothing
  [S in keyof C['responses']]: C['responses'][S] extends z.ZodType ? z.output<C['responses'][S]> : void;
}[keyof C['responses']];

/** A part a client may leave out when every field of it is optional. */
type Part<K extends string, T> = undefined extends T
  ? { [P in K]?: T }
  : Record<string, never> extends T
    ? { [P in K]?: T }
    : { [P in K]: T };

/** What a client sends: only the parts the contract has, typed as the schemas accept them. */
export type InputOf<C extends Contract> = (C extends { params: z.ZodType }
  ? Part<'params', Sent<C, 'params'>>
  : object) &
  (C extends { query: z.ZodType } ? Part<'query', Sent<C, 'query'>> : object) &
  (C extends { body: z.ZodType } ? Part<'body', Sent<C, 'body'>> : object);

/** The success statuses a contract declares. */
export function successStatuses(contract: Contract): SuccessStatus[] {
  return Object.keys(contract.responses).map(Number) as SuccessStatus[];
}

/** The address of one call: `:name` segments filled in, the query appended (absent values left out). */
export function urlOf(
  contract: Contract,
  input: { params?: unknown; query?: unknown; body?: unknown },
): string {
  const params = (input.params ?? {}) as Record<string, unknown>;
  const path = contract.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null)
      throw new Error(`${contract.path}: missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries((input.query ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(key, String(item));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
