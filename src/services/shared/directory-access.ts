import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { publicReadEnabled } from './settings-store';

/**
 * The organisation directory (names and tree) is visible to every signed-in user, and to anyone
 * when the instance publishes its approved plans.
 */
export async function requireDirectoryAccess(ctx: ServiceContext): Promise<void> {
  if (ctx.principal.kind !== 'anonymous') return;
  if (await publicReadEnabled(ctx.db)) return;
  throw fail('auth.sign_in_first');
}
