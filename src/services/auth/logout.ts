import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema';
import type { ServiceContext } from '../context';
import { writeAudit } from '../shared/audit';
import { inTransaction } from '../shared/transaction';

export async function logout(ctx: ServiceContext, sessionHash: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await tx.delete(sessions).where(eq(sessions.tokenHash, sessionHash));
    await writeAudit(tx, ctx.actor, { action: 'logout', entity: 'user', entityId: ctx.principal.userId });
  });
}
