import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { openConfiguredDatabase } from '../../db/open-configured';
import { findUserByLogin, principalOfUser } from '../../db/repositories/users';
import { operator } from '../../domain/authz';
import { type ServiceContext, serviceContext } from '../context';
import { fail } from '../errors';

/**
 * Opens the configured database for a process that acts on it directly (the CLI), with the use
 * cases' context: the operator, recorded as `actor`, or — with `actAs` — that account, held to its
 * roles exactly like the API. Closing the database is the caller's.
 */
export async function openServices(
  config: Config,
  purpose: string,
  options: { actor: string; actAs?: string | undefined },
): Promise<{ ctx: ServiceContext; database: Database }> {
  const database = await openConfiguredDatabase(config, purpose);
  try {
    return { database, ctx: await contextOf(database.db, options) };
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function contextOf(db: Database['db'], options: { actor: string; actAs?: string | undefined }) {
  if (!options.actAs) return serviceContext(db, operator(options.actor));
  const user = await findUserByLogin(db, options.actAs);
  if (!user || user.disabled) throw fail('auth.no_such_account', { login: options.actAs });
  return serviceContext(db, await principalOfUser(db, user));
}
