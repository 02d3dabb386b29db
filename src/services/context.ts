import type { Db } from '../db/client';

/** What every use case receives: the database and who is acting (recorded in the audit trail). */
export interface ServiceContext {
  db: Db;
  actor: string;
}
