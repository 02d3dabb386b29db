import type { Command } from 'commander';
import { getOrganizationByName } from '../../services/organizations/get-organization-by-name';
import { listPlans } from '../../services/plans/list-plans';
import { type CliIo, withServices } from '../cli-runtime';

export function registerPlans(program: Command, io: CliIo): void {
  program
    .command('plans')
    .description('list stored plans')
    .option('--org <name>', 'only this organisation')
    .option('--year <year>', 'only this ROC year')
    .option('--json', 'print as JSON')
    .action(async (options: { org?: string; year?: string; json?: boolean }) => {
      const plans = await withServices('stratmap plans', async (ctx) => {
        const orgId = options.org ? (await getOrganizationByName(ctx, options.org)).id : undefined;
        return listPlans(ctx, { orgId, year: options.year === undefined ? undefined : Number(options.year) });
      });
      if (options.json) {
        io.out(
          JSON.stringify(
            { plans: plans.map((p) => ({ ...p, updatedAt: p.updatedAt.toISOString() })) },
            null,
            2,
          ),
        );
        return;
      }
      if (plans.length === 0) io.out('no plans');
      for (const p of plans) io.out(`${p.id}\t${p.orgName}\t${p.year}\t${p.status}`);
    });
}
