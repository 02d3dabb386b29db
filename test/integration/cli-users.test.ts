import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliEnv, createCliEnv } from '../support/cli-env';
import { bureauPlan, cityPlan } from '../support/fixtures';
import { engineName } from '../support/test-database';

describe(`stratmap user and --as on ${engineName()}`, () => {
  let cli: CliEnv;
  beforeAll(async () => {
    cli = await createCliEnv();
    const file = path.join(cli.dir, 'plans.json');
    writeFileSync(file, JSON.stringify({ plans: [cityPlan(), bureauPlan()] }));
    expect((await cli.run(['import', file])).code).toBe(0);
  });
  afterAll(async () => cli.cleanup());

  it('adds accounts with roles and a generated password, lists, disables and re-enables them', async () => {
    const added = await cli.run([
      'user',
      'add',
      'edu.editor',
      '--name',
      '教育局編輯',
      '--org',
      '臺北市政府教育局',
      '--role',
      'editor@臺北市政府教育局',
    ]);
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/password: \S{16} {2}\(shown once\)/);
    const list = await cli.run(['user', 'list']);
    expect(list.out).toContain('edu.editor\t教育局編輯\teditor@臺北市政府教育局');
    expect((await cli.run(['user', 'disable', 'edu.editor'])).out).toBe('edu.editor disabled');
    expect((await cli.run(['user', 'list'])).out).toContain('(disabled)');
    expect((await cli.run(['user', 'enable', 'edu.editor'])).code).toBe(0);
    const roles = await cli.run([
      'user',
      'roles',
      'edu.editor',
      '--grant',
      'viewer@臺北市政府',
      '--revoke',
      'editor@臺北市政府教育局',
    ]);
    expect(roles.out).toBe('viewer@臺北市政府');
    const passwd = await cli.run(['user', 'passwd', 'edu.editor']);
    expect(passwd.out).toMatch(/^new password for edu.editor: \S{16}/);
  });

  it('rejects bad account input clearly', async () => {
    expect((await cli.run(['user', 'add', 'Bad Login!', '--name', 'x'])).err).toContain(
      'a login uses letters',
    );
    expect((await cli.run(['user', 'add', 'x1', '--name', 'x', '--role', 'boss'])).err).toContain(
      'the role is one of',
    );
    expect((await cli.run(['user', 'add', 'x2', '--name', 'x', '--role', 'editor'])).err).toContain(
      'name the organisation',
    );
    expect((await cli.run(['user', 'add', 'edu.editor', '--name', 'dup'])).code).toBe(5);
    expect((await cli.run(['user', 'disable', 'nobody'])).code).toBe(4);
  });

  it('holds --as to the account roles, exactly like the API', async () => {
    await cli.run(['user', 'add', 'viewer.only', '--name', '檢視者', '--role', 'viewer@臺北市政府教育局']);
    const denied = await cli.run([
      '--as',
      'viewer.only',
      'import',
      '--replace',
      '--lang',
      'en',
      path.join(cli.dir, 'plans.json'),
    ]);
    expect(denied.code).toBe(3);
    expect(denied.err).toContain('viewer.only may not change plans of');
    expect((await cli.run(['--as', 'viewer.only', 'user', 'list'])).code).toBe(3);
    const plans = await cli.run(['--as', 'viewer.only', 'plans']);
    expect(plans.out.split('\n')).toEqual([expect.stringContaining('臺北市政府教育局\t110\tdraft')]);
    expect((await cli.run(['--as', 'ghost', 'plans', '--lang', 'en'])).err).toContain(
      'no such active account',
    );
    const audit = await cli.run(['audit', '--json', '--actor', 'cli']);
    expect(JSON.parse(audit.out).entries.length).toBeGreaterThan(0);
  });
});
