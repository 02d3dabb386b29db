import { asc } from 'drizzle-orm';
import { organizations, plans } from '../../db/schema';
import type { ServiceContext } from '../context';
import { requireDirectoryAccess } from '../shared/directory-access';
import { planReadFilter } from '../shared/plan-access';
import { type OrganizationSummary, PlanStatus } from './list-organizations.contract';

export type { OrganizationSummary };

/** Every organisation with its plans by year; the web tree and `stratmap orgs` show this. */
export async function listOrganizations(ctx: ServiceContext): Promise<OrganizationSummary[]> {
  await requireDirectoryAccess(ctx);
  const [orgRows, planRows] = await Promise.all([
    ctx.db.select().from(organizations).orderBy(asc(organizations.id)),
    ctx.db.select().from(plans).orderBy(asc(plans.year)),
  ]);
  const readable = planRows.filter(await planReadFilter(ctx.db, ctx));
  return orgRows.map((o) => ({
    id: o.id,
    name: o.name,
    parentId: o.parentId,
    version: o.version,
    plans: readable
      .filter((p) => p.orgId === o.id)
      .map(({ id, year, status }) => ({ id, year, status: PlanStatus.parse(status) })),
  }));
}
