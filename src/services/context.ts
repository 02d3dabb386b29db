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
}

export function serviceContext(db: Db, principal: Principal): ServiceContext {
  return { db, principal, actor: principal.name };
}
