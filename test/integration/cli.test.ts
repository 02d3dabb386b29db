import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliEnv, createCliEnv } from '../support/cli-env';
import { bureauPlan, cityPlan } from '../support/fixtures';
import { engineName } from '../support/test-database';

describe(`stratmap CLI on ${engineName()}`, () => {
  let cli: CliEnv;
  const file = (name: string, content: unknown) => {
    const p = path.join(cli.dir, name);
    writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return p;
  };

  beforeAll(async () => {
    cli = await createCliEnv();
  });
  afterAll(async () => cli.cleanup());

  it('imports plan documents and round-trips them through export', async () => {
    const input = file('plans.json', { plans: [cityPlan(), bureauPlan()] });
    const imported = await cli.run(['import', input]);
    expect(imported.code).toBe(0);
    // The linter's findings go to stderr; they advise and do not stop the import.
    expect(imported.err).toContain(
      'plans.json: 2 plan(s) (臺北市政府 110, 臺北市政府教育局 110); 0 error(s)',
    );
    expect(imported.err).not.toContain('error:');
    expect(imported.out).toContain('臺北市政府教育局 110 created');
    const out = path.join(cli.dir, 'export.json');
    expect((await cli.run(['export', '--org', '臺北市政府', '--year', '110', '--out', out])).code).toBe(0);
    const exported = JSON.parse(readFileSync(out, 'utf8'));
    expect(exported).toMatchObject({ format: 'stratmap.plan/1', org: { name: '臺北市政府' }, year: 110 });
    expect(exported.objectives.map((o: { code: string }) => o.code)).toEqual([
      'TC1',
      'AC1',
      'AP1',
      'AL1',
      'BC1',
      'F1',
    ]);
    const again = await cli.run(['import', out, '--json']);
    expect(JSON.parse(again.out).files[0].plans[0].action).toBe('unchanged');
    // Export to stdout prints the document alone.
    const stdout = await cli.run(['export', '--org', '台北市政府', '--year', '110']);
    expect(JSON.parse(stdout.out)).toEqual(exported);
  });

  it('lists organisations as a tree and plans', async () => {
    const orgs = await cli.run(['orgs']);
    expect(orgs.out.split('\n')).toEqual(['臺北市政府  [110]', '  臺北市政府教育局  [110]']);
    const plans = await cli.run(['plans', '--json']);
    expect(JSON.parse(plans.out).plans).toHaveLength(2);
  });

  it('asks for --replace before overwriting, and lists what would change', async () => {
    const changed = file('changed.json', cityPlan({ vision: '新的願景' }));
    const refused = await cli.run(['import', changed]);
    expect(refused.code).toBe(5);
    expect(refused.err).toContain('import again with replace');
    expect(refused.err).toContain('changed plan vision');
    const dry = await cli.run(['import', changed, '--replace', '--dry-run']);
    expect(dry.out).toContain('would be replaced');
    expect((await cli.run(['import', changed, '--replace'])).code).toBe(0);
    const audit = await cli.run(['audit', '--json', '--org', '臺北市政府']);
    const entries = JSON.parse(audit.out).entries;
    expect(entries[0]).toMatchObject({ actor: 'cli', action: 'import.replace' });
  });

  it('rejects bad input with a clear message, a non-zero exit and nothing written', async () => {
    const before = (await cli.run(['plans', '--json'])).out;
    const cases: [string, string, number, RegExp][] = [
      ['missing file', path.join(cli.dir, 'nope.json'), 4, /nope\.json: no such file/],
      [
        'invalid JSON',
        file('broken.json', '{\n  "format": "stratmap.plan/1",\n  "org": {"name": }\n}'),
        2,
        /broken\.json:3:19: invalid JSON/,
      ],
      [
        'schema violation',
        file('schema.json', { ...cityPlan(), year: 2021, themes: [{ letter: 'AA', name: 'x' }] }),
        2,
        /year: year is a ROC year/,
      ],
      [
        'unknown parent',
        file('orphan.json', bureauPlan({ org: { name: '某機關', parent: '查無此局' } })),
        2,
        /unknown parent organisation "查無此局"/,
      ],
      [
        'bad reference',
        file('ref.json', cityPlan({ year: 111, actions: [{ code: 'AC1.5.1', kpi: 'AC1.5', name: 'x' }] })),
        2,
        /actions\.0\.kpi/,
      ],
    ];
    for (const [label, input, code, message] of cases) {
      const res = await cli.run(['import', input]);
      expect(res.code, label).toBe(code);
      expect(res.err, label).toMatch(message);
      expect(res.err, label).not.toMatch(/\n\s+at /);
    }
    // A batch with one good and one bad file stores neither when the bad one fails to parse.
    const good = file('good.json', cityPlan({ year: 112 }));
    expect((await cli.run(['import', good, path.join(cli.dir, 'broken.json')])).code).toBe(2);
    expect((await cli.run(['plans', '--json'])).out).toBe(before);
    expect((await cli.run(['export', '--org', '臺北市政府', '--year', 'abc'])).code).toBe(2);
    expect((await cli.run(['export', '--org', '無此機關', '--year', '110'])).code).toBe(4);
    expect((await cli.run(['no-such-command'])).code).toBe(2);
  });

  it.skipIf(engineName() !== 'pglite')(
    'refuses to open a PGlite data dir that a running process holds',
    async () => {
      const holder = spawn('sleep', ['30']);
      try {
        writeFileSync(
          path.join(cli.env.STRATMAP_DATA_DIR as string, 'stratmap.lock'),
          JSON.stringify({
            pid: holder.pid,
            purpose: 'stratmap serve on port 3000',
            since: new Date().toISOString(),
          }),
        );
        const res = await cli.run(['plans', '--lang', 'en']);
        expect(res.code).toBe(6);
        expect(res.err).toContain(`in use by process ${holder.pid} (stratmap serve on port 3000`);
      } finally {
        holder.kill();
      }
      // Once the holder is gone the lock is stale and the CLI works again.
      await new Promise((r) => holder.once('exit', r));
      expect((await cli.run(['plans'])).code).toBe(0);
    },
  );
});
