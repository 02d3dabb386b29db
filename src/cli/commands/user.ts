import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { findOrgByName, orgNamesById } from '../../db/repositories/organizations';
import { findUserByLogin, grantsOf } from '../../db/repositories/users';
import { type Grant, ROLES, type Role } from '../../domain/authz';
import type { ServiceContext } from '../../services/context';
import { AppError } from '../../services/errors';
import { createUser } from '../../services/users/create-user';
import { listUsers } from '../../services/users/list-users';
import { resetPassword } from '../../services/users/reset-password';
import { updateUser } from '../../services/users/update-user';
import { type CliIo, withServices } from '../cli-runtime';

/** `--role editor@臺北市立圖書館`, `--role admin`: a role and the organisation it applies to. */
async function parseRole(ctx: ServiceContext, text: string): Promise<Grant> {
  const [role, orgName] = text.split('@') as [string, string | undefined];
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new AppError(
      'validation',
      `--role ${text}: the role is one of ${ROLES.join(', ')} (e.g. editor@臺北市立圖書館)`,
    );
  }
  if (role === 'admin') return { orgId: null, role: 'admin' };
  if (!orgName)
    throw new AppError('validation', `--role ${text}: name the organisation, e.g. ${role}@臺北市立圖書館`);
  const org = await findOrgByName(ctx.db, orgName);
  if (!org) throw new AppError('not_found', `--role ${text}: unknown organisation "${orgName}"`);
  return { orgId: org.id, role: role as Role };
}

async function requireUser(ctx: ServiceContext, login: string) {
  const user = await findUserByLogin(ctx.db, login);
  if (!user) throw new AppError('not_found', `no account with the login "${login}"`);
  return user;
}

function readPasswordFromStdin(): string {
  const text = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  if (!text) throw new AppError('validation', '--password-stdin: nothing was read from standard input');
  return text;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Roles as typed on the command line (`editor@臺北市立圖書館`), so output can be pasted back. */
async function formatGrants(ctx: ServiceContext, grants: Grant[]): Promise<string[]> {
  const names = await orgNamesById(
    ctx.db,
    grants.flatMap((g) => (g.orgId === null ? [] : [g.orgId])),
  );
  return grants.map((g) => (g.orgId === null ? g.role : `${g.role}@${names.get(g.orgId) ?? g.orgId}`));
}

export function registerUser(program: Command, io: CliIo): void {
  const user = program.command('user').description('accounts: add, list, disable, enable, passwd, roles');

  user
    .command('add')
    .argument('<login>', 'login name (a–z, digits, . _ @ -)')
    .requiredOption('--name <display name>', 'the name people see, e.g. 王小明')
    .option('--org <name>', 'the organisation the person works for')
    .option(
      '--role <role@org>',
      'a role, repeatable: admin | editor@ORG | reporter@ORG | viewer@ORG',
      collect,
      [],
    )
    .option('--password-stdin', 'read the password from standard input instead of generating one')
    .description('create an account (prints a generated password once)')
    .action(
      async (
        login: string,
        options: { name: string; org?: string; role: string[]; passwordStdin?: boolean },
      ) => {
        await withServices('stratmap user add', async (ctx) => {
          const org = options.org ? await findOrgByName(ctx.db, options.org) : null;
          if (options.org && !org) throw new AppError('not_found', `unknown organisation "${options.org}"`);
          const grants = await Promise.all(options.role.map((r) => parseRole(ctx, r)));
          const password = options.passwordStdin ? readPasswordFromStdin() : undefined;
          const result = await createUser(ctx, {
            login,
            displayName: options.name,
            orgId: org?.id ?? null,
            grants,
            password,
          });
          io.out(`created ${result.user.login} (id ${result.user.id})`);
          if (result.generated) io.out(`password: ${result.password}  (shown once)`);
        });
      },
    );

  user
    .command('list')
    .option('--json', 'print as JSON')
    .description('list accounts with their roles')
    .action(async (options: { json?: boolean }) => {
      await withServices('stratmap user list', async (ctx) => {
        const users = await listUsers(ctx);
        if (options.json) {
          io.out(
            JSON.stringify(
              {
                users: users.map((u) => ({
                  login: u.login,
                  displayName: u.displayName,
                  orgId: u.orgId,
                  disabled: u.disabled,
                  grants: u.grants,
                })),
              },
              null,
              2,
            ),
          );
          return;
        }
        for (const u of users) {
          const roles = (await formatGrants(ctx, u.grants)).join(' ') || '-';
          io.out(`${u.login}\t${u.displayName}\t${roles}${u.disabled ? '\t(disabled)' : ''}`);
        }
      });
    });

  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    user
      .command(name)
      .argument('<login>')
      .description(disabled ? 'disable an account (its sessions end at once)' : 'enable a disabled account')
      .action(async (login: string) => {
        await withServices(`stratmap user ${name}`, async (ctx) => {
          const target = await requireUser(ctx, login);
          await updateUser(ctx, target.id, { version: target.version, disabled });
          io.out(`${login} ${disabled ? 'disabled' : 'enabled'}`);
        });
      });
  }

  user
    .command('passwd')
    .argument('<login>')
    .option('--password-stdin', 'read the new password from standard input instead of generating one')
    .description('set a new password (generated unless given), unlock the account and end its sessions')
    .action(async (login: string, options: { passwordStdin?: boolean }) => {
      await withServices('stratmap user passwd', async (ctx) => {
        const target = await requireUser(ctx, login);
        const result = await resetPassword(ctx, target.id, {
          password: options.passwordStdin ? readPasswordFromStdin() : undefined,
        });
        io.out(
          result.generated
            ? `new password for ${login}: ${result.password}  (shown once)`
            : `password of ${login} changed`,
        );
      });
    });

  user
    .command('roles')
    .argument('<login>')
    .option('--grant <role@org>', 'add a role (repeatable)', collect, [])
    .option('--revoke <role@org>', 'remove a role (repeatable)', collect, [])
    .description("show or change an account's roles")
    .action(async (login: string, options: { grant: string[]; revoke: string[] }) => {
      await withServices('stratmap user roles', async (ctx) => {
        const target = await requireUser(ctx, login);
        let grants = await grantsOf(ctx.db, target.id);
        if (options.grant.length > 0 || options.revoke.length > 0) {
          const add = await Promise.all(options.grant.map((r) => parseRole(ctx, r)));
          const remove = await Promise.all(options.revoke.map((r) => parseRole(ctx, r)));
          const same = (a: Grant, b: Grant) => a.role === b.role && a.orgId === b.orgId;
          grants = [
            ...grants.filter((g) => !remove.some((r) => same(r, g))),
            ...add.filter((a) => !grants.some((g) => same(a, g))),
          ];
          await updateUser(ctx, target.id, { version: target.version, grants });
        }
        io.out((await formatGrants(ctx, grants)).join('\n') || '(no roles)');
      });
    });
}
