import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isMessageCode } from '../domain/messages/catalog';
import { urlOf } from './define';
import { contracts } from './registry';

const entries = Object.entries(contracts);

const registry = readFileSync(new URL('./registry.ts', import.meta.url), 'utf8');

/** The use case beside a contract: the registry imports `x.contract`, the use case is `x.ts`. */
function useCaseSourceOf(key: string): string {
  const exportName = registry.match(new RegExp(`'${key}': (\\w+),`))?.[1];
  const from = registry.match(new RegExp(`import \\{ ${exportName} \\} from '(.+)\\.contract';`))?.[1];
  if (!exportName || !from) throw new Error(`cannot find the use case of ${key}`);
  return readFileSync(new URL(`${from}.ts`, import.meta.url), 'utf8');
}

describe('the contracts', () => {
  it('have one key per method and path', () => {
    const routes = entries.map(([, c]) => `${c.method} ${c.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it.each(entries)(
    '%s: path parameters match its params schema, and its codes are in the catalog',
    (_key, c) => {
      const inPath = [...c.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
      const declared = 'params' in c && c.params instanceof z.ZodObject ? Object.keys(c.params.shape) : [];
      expect(declared.sort()).toEqual(inPath.sort());
      for (const code of c.errors) expect(isMessageCode(code), code).toBe(true);
      expect(Object.keys(c.responses).length).toBeGreaterThan(0);
    },
  );

  it.each(entries)('%s lists every code its use case throws', (key, c) => {
    const source = useCaseSourceOf(key);
    const thrown = [...source.matchAll(/fail(?:At|With)?\((?:'[^']*', )?'([a-z]+\.[a-z_]+)'/g)].map(
      (m) => m[1],
    );
    for (const code of thrown) expect(c.errors, `${key} throws ${code}`).toContain(code);
  });

  it('builds addresses from path params and the query', () => {
    expect(urlOf(contracts['orgs.get'], { params: { id: 12 } })).toBe('/api/orgs/12');
    expect(urlOf(contracts['orgs.delete'], { params: { id: '7' }, query: { version: 3 } })).toBe(
      '/api/orgs/7?version=3',
    );
    expect(urlOf(contracts['orgs.delete'], { params: { id: 7 }, query: { version: undefined } })).toBe(
      '/api/orgs/7',
    );
    expect(() => urlOf(contracts['orgs.get'], {})).toThrow(/missing path parameter id/);
  });
});
