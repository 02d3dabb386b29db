import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import { z } from 'zod';
import { type Contract, type RequestOf, type ResponseOf, successStatuses } from '../contracts/define';
import { ErrorBody } from '../contracts/error-body';
import { type Contracts, contracts, type RouteKey } from '../contracts/registry';
import { kindOfCode } from '../domain/messages/catalog';
import { STATUS_OF } from './error-handler';

/** The answer of a status without a body (204). */
const NoContent = z.undefined().describe('no content');

export type RouteHandler<C extends Contract> = (
  input: RequestOf<C>,
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<ResponseOf<C>>;

/** The route's refusal codes with their statuses, for the OpenAPI description. */
function describe(contract: Contract): string {
  const refusals = contract.errors.map((code) => `\`${code}\` (${STATUS_OF[kindOfCode(code)]})`).join(', ');
  return [contract.description, refusals && `Refusals besides input validation: ${refusals}.`]
    .filter(Boolean)
    .join('\n\n');
}

function schemaOf(contract: Contract): FastifySchema {
  const response: Record<string, z.ZodType> = { '4xx': ErrorBody, '5xx': ErrorBody };
  for (const status of successStatuses(contract)) response[status] = contract.responses[status] ?? NoContent;
  return {
    tags: [...contract.tags],
    summary: contract.summary,
    description: describe(contract),
    ...(contract.params ? { params: contract.params } : {}),
    ...(contract.query ? { querystring: contract.query } : {}),
    ...(contract.body ? { body: contract.body } : {}),
    response,
  };
}

/**
 * Registers the route of a contract: Fastify validates the request with the contract's schemas,
 * serialises the answer through its response schema (so nothing the presenter did not declare
 * leaves the server) and documents both in OpenAPI. The handler stays thin — use case, then
 * presenter — and its return type is the contract's response:
 *
 *   route(app, 'orgs.create', async ({ body }, request) =>
 *     presentOrganization(await createOrganization(serviceContextOf(request), body)));
 */
export function route<K extends RouteKey>(
  app: FastifyInstance,
  key: K,
  handler: RouteHandler<Contracts[K]>,
): void {
  const contract: Contract = contracts[key];
  const statuses = successStatuses(contract);
  app.route({
    method: contract.method,
    url: contract.path,
    config: { contract: key },
    schema: schemaOf(contract),
    handler: async (request, reply) => {
      // Fastify has validated and parsed each part with the contract's schemas.
      const input = { params: request.params, query: request.query, body: request.body } as RequestOf<
        Contracts[K]
      >;
      const result = await handler(input, request, reply);
      const [only] = statuses;
      if (statuses.length === 1 && only !== undefined) reply.status(only);
      return result === undefined ? reply.send() : result;
    },
  });
}
