import type { Command } from 'commander';
import { listAuditEntries } from '../../services/audit/list-audit-entries';
import { getOrganizationByName } from '../../services/organizations/get-organization-by-name';
import { type CliIo, withServices } from '../cli-runtime';

interface AuditOptions {
  org?: string;
  plan?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit?: string;
  json?: boolean;
}

export function registerAudit(program: Command, io: CliIo): void {
  program
    .command('audit')
    .description('show the audit trail, newest first')
    .option('--org <name>', 'only changes of this organisation')
    .option('--plan <id>', 'only changes of this plan')
    .option('--actor <name>', 'only changes by this actor')
    .option('--from <date>', 'from this date or time (inclusive)')
    .option('--to <date>', 'until this date or time (exclusive)')
    .option('--limit <n>', 'at most this many entries', '200')
    .option('--json', 'print as JSON')
    .action(async (options: AuditOptions) => {
      const entries = await withServices('stratmap audit', async (ctx) => {
        const orgId = options.org ? (await getOrganizationByName(ctx, options.org)).id : undefined;
        return listAuditEntries(ctx, {
          orgId,
          planId: options.plan,
          actor: options.actor,
          from: options.from,
          to: options.to,
          limit: options.limit,
        });
      });
      if (options.json) {
        io.out(JSON.stringify({ entries }, null, 2));
        return;
      }
      for (const e of entries) {
        io.out(
          `${e.at.toISOString()}\t${e.actor}\t${e.action}\t${e.entity}${e.entityId ? ` ${e.entityId}` : ''}${e.planId ? `\tplan ${e.planId}` : ''}`,
        );
      }
    });
}
