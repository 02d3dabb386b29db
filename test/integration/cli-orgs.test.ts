import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliEnv, createCliEnv } from '../support/cli-env';
import { engineName } from '../support/test-database';

describe(`stratmap orgs on ${engineName()}`, () => {
  let cli: CliEnv;
  beforeAll(async () => {
    cli = await createCliEnv();
  });
  afterAll(async () => cli.cleanup());

  it('adds organisations under their parents and lists them as a tree', async () => {
    expect((await cli.run(['orgs'])).out).toContain('no organisations yet');
    expect((await cli.run(['orgs', 'add', '臺北市政府'])).code).toBe(0);
    const added = await cli.run(['orgs', 'add', '臺北市政府教育局', '--parent', '台北市政府']);
    expect(added).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^created 臺北市政府教育局 \(id \d+\)$/),
    });
    expect((await cli.run(['orgs', 'list'])).out.split('\n')).toEqual(['臺北市政府', '  臺北市政府教育局']);
    const json = JSON.parse((await cli.run(['orgs', '--json'])).out);
    expect(json.organizations.map((o: { name: string }) => o.name)).toEqual([
      '臺北市政府',
      '臺北市政府教育局',
    ]);
  });

  it('says refusals in Traditional Chinese by default and in English with --lang en, with their exit codes', async () => {
    const before = (await cli.run(['orgs', '--json'])).out;
    const unknown = await cli.run(['orgs', 'add', '某機關', '--parent', '查無此府']);
    expect(unknown).toMatchObject({ code: 4, err: 'error: 沒有名為「查無此府」的機關' });
    const english = await cli.run(['orgs', 'add', '某機關', '--parent', '查無此府', '--lang', 'en']);
    expect(english).toMatchObject({ code: 4, err: 'error: no organisation is named "查無此府"' });
    expect(await cli.run(['orgs', 'add', '臺北市政府'])).toMatchObject({
      code: 5,
      err: 'error: 已有名為「臺北市政府」的機關',
    });
    const empty = await cli.run(['orgs', 'add', '  ']);
    expect(empty).toMatchObject({ code: 2, err: 'error: 輸入內容有 1 處不正確\n  name: 機關名稱不可空白' });
    const emptyEn = await cli.run(['orgs', 'add', '  ', '--lang', 'en']);
    expect(emptyEn.err).toBe('error: invalid input at name\n  name: name must not be empty');
    expect((await cli.run(['orgs', '--json'])).out).toBe(before);
  });

  it('holds --as to the account’s roles', async () => {
    const ghost = await cli.run(['--as', 'ghost', 'orgs', 'add', '新機關']);
    expect(ghost).toMatchObject({ code: 3, err: 'error: ghost：沒有這個啟用中的帳號' });
  });
});
