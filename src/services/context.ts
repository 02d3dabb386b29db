import type { Db } from '../db/client';
import type { Principal } from '../domain/authz';

/**
 * What every use case receives: the database and who is acting. Authorisation is decided in the
 * use cases from `principal`, so the API and the CLI obey the same rules; `actor` is what the
 * audit trail records.
 */
export interface ServiceContext {
  db: Db;
  principal: Principal;
  actor: string;
  /** The change generation read once at the start of a request (see shared/read-cache.ts). */
  generation?: number;
}

export function serviceContext(db: Db, principal: Principal, generation?: number): ServiceContext {
  return generation === undefined
    ? { db, principal, actor: principal.name }
    : { db, principal, actor: principal.name, generation };
}
