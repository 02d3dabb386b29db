import type { Command } from 'commander';
import { createOrganization } from '../../services/organizations/create-organization';
import { getOrganizationByName } from '../../services/organizations/get-organization-by-name';
import { listOrganizations, type OrganizationSummary } from '../../services/organizations/list-organizations';
import { type CliIo, withServices } from '../cli-runtime';

function printTree(orgs: OrganizationSummary[], io: CliIo): void {
  const children = (parentId: number | null) => orgs.filter((o) => o.parentId === parentId);
  const walk = (parentId: number | null, depth: number) => {
    for (const o of children(parentId)) {
      const years = o.plans.map((p) => `${p.year}${p.status === 'draft' ? '' : `(${p.status})`}`).join(' ');
      io.out(`${'  '.repeat(depth)}${o.name}${years ? `  [${years}]` : ''}`);
      walk(o.id, depth + 1);
    }
  };
  walk(null, 0);
}

export function registerOrgs(program: Command, io: CliIo): void {
  const orgs = program.command('orgs').description('organisations (城市 → 局處 → 機關)');
  orgs
    .command('list', { isDefault: true })
    .description('the organisation tree with the years that have plans')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const list = await withServices('stratmap orgs', (ctx) => listOrganizations(ctx));
      if (options.json) io.out(JSON.stringify({ organizations: list }, null, 2));
      else if (list.length === 0)
        io.out('no organisations yet (import a plan document, or: stratmap orgs add NAME)');
      else printTree(list, io);
    });
  orgs
    .command('add')
    .description('create an organisation')
    .argument('<name>', 'full name, e.g. 臺北市政府教育局')
    .option('--parent <name>', 'the parent organisation')
    .action(async (name: string, options: { parent?: string }) => {
      await withServices('stratmap orgs add', async (ctx) => {
        const parentId = options.parent ? (await getOrganizationByName(ctx, options.parent)).id : null;
        const org = await createOrganization(ctx, { name, parentId });
        io.out(`created ${org.name} (id ${org.id})`);
      });
    });
}
