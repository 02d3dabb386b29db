import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client';
import { type ServiceContext, serviceContext } from '../services/context';

/** The use cases' context for a request: the database and the authenticated principal. */
export function serviceContextOf(request: FastifyRequest): ServiceContext {
  return serviceContext(request.server.stratmap.db, request.principal, request.generation);
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The database, and every route registered (docs/SECURITY.md and its test list them). */
    stratmap: { db: Db; routes: { method: string; url: string }[] };
  }
}
