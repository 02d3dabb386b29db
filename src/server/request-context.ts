import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client';
import type { ServiceContext } from '../services/context';

/** The actor recorded for API changes until accounts exist. */
const API_ACTOR = 'system';

export function serviceContextOf(request: FastifyRequest): ServiceContext {
  return { db: request.server.stratmap.db, actor: API_ACTOR };
}

declare module 'fastify' {
  interface FastifyInstance {
    stratmap: { db: Db };
  }
}
