import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudoRandomBytes as randomBytes } from '../support/bytes';
import { type CliEnv, createCliEnv } from '../support/cli-env';
import { cityPlan } from '../support/fixtures';
import { engineName } from '../support/test-database';

const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'import', name);
const ZOO = readFileSync(fixture('zoo-onecell-tab.txt'), 'utf8');
// Has an error-severity finding (a KPI whose objective is missing) and a parent organisation.
const SOCIAL = readFileSync(fixture('social-pipe-kpi-definitions.md'), 'utf8');

/** Random printable text with line breaks: looks like text, says nothing a plan is made of. */
function randomText(bytes: number): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,\n';
  return Array.from(randomBytes(bytes), (b) => chars[b % chars.length]).join('');
}

describe(`stratmap import and lint of documents on ${engineName()}`, () => {
  let cli: CliEnv;
  const file = (name: string, content: string | Uint8Array) => {
    const p = path.join(cli.dir, name);
    writeFileSync(p, content);
    return p;
  };
  const storedPlans = async () => JSON.parse((await cli.run(['plans', '--json'])).out).plans;

  beforeAll(async () => {
    cli = await createCliEnv();
  });
  afterAll(async () => cli.cleanup());

  it('prints exactly { plans, findings } for --dry-run --json and stores nothing', async () => {
    const zoo = file('zoo.txt', ZOO);
    const res = await cli.run(['import', '--dry-run', '--json', zoo]);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.out);
    expect(Object.keys(out)).toEqual(['plans', 'findings']);
    expect(out.plans).toHaveLength(1);
    expect(out.plans[0]).toMatchObject({
      format: 'stratmap.plan/1',
      org: { name: '臺北市立動物園' },
      year: 113,
    });
    const variant = out.findings.find((f: { rule: string }) => f.rule === 'name-variant');
    expect(variant).toMatchObject({
      severity: 'warning',
      codes: ['BL1'],
      plan: { org: '臺北市立動物園', year: 113 },
    });
    expect(variant.message.zh).toContain('培植解說人才');
    expect(variant.line).toBeGreaterThan(0);
    expect(variant).not.toHaveProperty('file');
    expect(res.err).toContain('would be created');
    expect(await storedPlans()).toEqual([]);

    // With several files each finding names its file.
    const social = file('social.md', SOCIAL);
    const both = await cli.run(['import', '--dry-run', '--json', zoo, social]);
    expect(both.code).toBe(0);
    const files = new Set(JSON.parse(both.out).findings.map((f: { file: string }) => f.file));
    expect(files).toEqual(new Set([zoo, social]));
  });

  it('stores a document, prints findings to stderr, and refuses a changed one without --replace', async () => {
    const zoo = file('zoo.txt', ZOO);
    const res = await cli.run(['import', zoo]);
    expect(res.code).toBe(0);
    expect(res.out).toContain('臺北市立動物園 113 created');
    expect(res.err).toMatch(/zoo\.txt:\d+ {2}warning {2}name-variant {2}BL1 {2}臺北市立動物園 113: /);
    expect((await storedPlans()).map((p: { year: number }) => p.year)).toEqual([113]);

    const renamed = file('zoo-renamed.txt', ZOO.replaceAll('提高預算執行效能', '提升預算執行效率'));
    const refused = await cli.run(['import', renamed]);
    expect(refused.code).toBe(5);
    expect(refused.err).toContain('importing with --replace would make 1 change(s)');
    expect(refused.err).toContain('renamed objective AF1: 提高預算執行效能 → 提升預算執行效率');
    expect(refused.out).toBe('');

    const rehearsal = await cli.run(['import', '--dry-run', renamed]);
    expect(rehearsal.code).toBe(0);
    expect(rehearsal.err).toContain('storing would fail');

    const replaced = await cli.run(['import', '--replace', '--json', renamed]);
    expect(replaced.code).toBe(0);
    const outcome = JSON.parse(replaced.out).files[0];
    expect(outcome.plans[0]).toMatchObject({ action: 'replaced', year: 113 });
    expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('passes --org and --year to the importer for documents that do not name them', async () => {
    const untitled = file('untitled.txt', ZOO.split('\n').slice(2).join('\n'));
    const refused = await cli.run(['import', '--dry-run', untitled]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('untitled.txt: the document does not say whose plan it is');
    expect(refused.err).toContain('--org NAME');
    const given = await cli.run([
      'import',
      '--dry-run',
      '--json',
      '--org',
      '臺北市立動物園',
      '--year',
      '112',
      untitled,
    ]);
    expect(given.code).toBe(0);
    expect(JSON.parse(given.out).plans[0]).toMatchObject({ org: { name: '臺北市立動物園' }, year: 112 });
    expect((await cli.run(['import', '--year', 'soon', untitled])).code).toBe(2);
  });

  it('refuses bad input with one clear line, exit 2 and nothing written', async () => {
    const before = await storedPlans();
    const cases: [string, string, RegExp][] = [
      ['empty', file('empty.txt', ''), /empty\.txt: the file is empty/],
      ['binary', file('binary.txt', new Uint8Array(randomBytes(4096))), /binary\.txt: .*binary file/],
      [
        'damaged zip renamed .txt',
        file('sheet.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(512)])),
        /sheet\.txt: its zip structure is damaged/,
      ],
      ['5 MB of random text', file('random.txt', randomText(5 * 1024 * 1024)), /random\.txt: the document/],
      [
        'no codes',
        file('nocodes.txt', '臺北市政府教育局\n110年策略地圖\n使命：引導學校創新\n'),
        /nocodes\.txt: no strategy-map codes found/,
      ],
      [
        'a damaged slide deck',
        file('deck.pptx', new Uint8Array([0x50, 0x4b, 0x03, 0x04])),
        /deck\.pptx: its zip structure is damaged/,
      ],
    ];
    for (const [label, input, message] of cases) {
      for (const args of [
        ['import', input],
        ['import', '--dry-run', '--json', input],
        ['lint', input],
      ]) {
        const res = await cli.run(args);
        expect(res.code, `${label}: ${args.join(' ')}`).toBe(2);
        expect(res.out, label).toBe('');
        expect(res.err.split('\n'), label).toHaveLength(1);
        expect(res.err, label).toMatch(message);
        expect(res.err, label).not.toMatch(/\n\s+at |Error:/);
      }
    }
    // One bad file among good ones: nothing is stored at all.
    const good = file('good.txt', ZOO.replace('113年', '114年'));
    const mixed = await cli.run(['import', good, path.join(cli.dir, 'sheet.txt')]);
    expect(mixed.code).toBe(2);
    expect(await storedPlans()).toEqual(before);
  });

  it('lints documents and stored plans, exit 1 when a finding is an error', async () => {
    const zoo = file('zoo.txt', ZOO);
    const social = file('social.md', SOCIAL);
    const clean = await cli.run(['lint', zoo]);
    expect(clean.code).toBe(0);
    expect(clean.out).toMatch(/zoo\.txt:\d+ {2}warning {2}name-variant {2}BL1 /);
    expect(clean.err).toBe('0 error(s), 1 warning(s), 3 info');

    const failing = await cli.run(['lint', '--json', '--lang', 'en', zoo, social]);
    expect(failing.code).toBe(1);
    expect(failing.err).toBe('error: 1 finding(s) of severity error');
    const { findings } = JSON.parse(failing.out);
    expect(findings.find((f: { rule: string }) => f.rule === 'parent-missing')).toMatchObject({
      severity: 'error',
      codes: ['AC9.1', 'AC9'],
      file: social,
    });

    const english = await cli.run(['lint', '--lang', 'en', social]);
    expect(english.out).toContain('the document states');

    // A plan document (.json) is linted as it stands; once stored, the same rules run on it.
    const city = file('city.json', JSON.stringify(cityPlan()));
    const fromFile = await cli.run(['lint', '--json', city]);
    expect(fromFile.code).toBe(0);
    const withoutKpi = (out: string) =>
      JSON.parse(out)
        .findings.filter((f: { rule: string }) => f.rule === 'objective-without-kpi')
        .map((f: { codes: string[] }) => f.codes[0]);
    expect(withoutKpi(fromFile.out)).toEqual(['AL1', 'AP1', 'BC1', 'TC1']);
    expect((await cli.run(['import', city])).code).toBe(0);
    const stored = await cli.run(['lint', '--json', '--org', '台北市政府', '--year', '110']);
    expect(stored.code).toBe(0);
    expect(withoutKpi(stored.out)).toEqual(['AL1', 'AP1', 'BC1', 'TC1']);
    const human = await cli.run(['lint', '--org', '臺北市政府', '--year', '110']);
    expect(human.out).toMatch(/^warning {2}objective-without-kpi {2}AL1 {2}臺北市政府 110: /m);
    expect((await cli.run(['lint', '--org', '無此機關', '--year', '113'])).code).toBe(4);
    expect((await cli.run(['lint', '--org', '臺北市立動物園', '--year', '90'])).code).toBe(4);
    const nothing = await cli.run(['lint']);
    expect(nothing.code).toBe(2);
    expect(nothing.err).toContain('--org NAME --year N');
  });
});
