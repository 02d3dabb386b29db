import { count, eq } from 'drizzle-orm';
import { organizations, plans } from '../../db/schema';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { writeAudit } from '../shared/audit';
import { authorize } from '../shared/authorize';
import { inTransaction } from '../shared/transaction';
import { lockVersionedRow } from '../shared/versioned-row';

/** Deletes an organisation that has no plans and no sub-organisations. */
export async function deleteOrganization(ctx: ServiceContext, id: number, version?: number): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await authorize(tx, ctx, 'org.manage', null);
    const before = await lockVersionedRow(tx, organizations, 'organisation', id, { version });
    const [children] = await tx
      .select({ n: count() })
      .from(organizations)
      .where(eq(organizations.parentId, id));
    const [planCount] = await tx.select({ n: count() }).from(plans).where(eq(plans.orgId, id));
    if ((children?.n ?? 0) > 0 || (planCount?.n ?? 0) > 0) {
      throw fail('org.not_empty', {
        name: before.name,
        children: children?.n ?? 0,
        plans: planCount?.n ?? 0,
      });
    }
    await tx.delete(organizations).where(eq(organizations.id, id));
    await writeAudit(tx, ctx.actor, {
      action: 'delete',
      entity: 'organization',
      entityId: id,
      orgId: id,
      before,
    });
  });
}
