/**
 * The layering of docs/ARCHITECTURE.md, enforced (`npm run lint:layers`). No exceptions are listed
 * here on purpose: a module that breaks a rule moves or changes, the rule does not.
 */
const { builtinModules } = require('node:module');

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Node's own modules, as `node:fs` or as a bare `fs`. */
const NODE_CORE = ['^node:', ...builtinModules.map((name) => `^${escapeRegExp(name)}$`)];

/** Packages that do I/O or only run on the server; the web and the pure modules must not reach them. */
const IO_PACKAGES = [
  'pg',
  'pg-[^/]+',
  '@electric-sql',
  'drizzle-orm',
  'drizzle-kit',
  'fastify',
  'fastify-[^/]+',
  '@fastify',
  'exceljs',
  'pptxgenjs',
  'playwright-core',
  'pdfjs-dist',
  '@resvg',
  'p-queue',
  'commander',
  'tsx',
  'cfb',
  'saxes',
  'fflate',
].map((name) => `^node_modules/${name}/`);

/**
 * Modules without I/O that the browser may load: the domain, the contracts (what an endpoint
 * takes, answers and refuses with) and the exporters' SVG, which the map page draws with.
 */
const PURE = [
  '^src/domain/',
  '^src/contracts/',
  '^src/services/.+[.]contract[.]ts$',
  '^src/export/svg[.]ts$',
  '^src/export/xml-text[.]ts$',
];

const TESTS = '[.]test[.]tsx?$';

module.exports = {
  forbidden: [
    {
      name: 'domain-no-io',
      comment: 'src/domain is pure rules and types: no node:*, no database, no server, no file formats.',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: TESTS },
      to: {
        dependencyTypesNot: ['type-only'],
        path: ['^src/(db|services|server|import|export|cli|contracts)/', ...NODE_CORE, ...IO_PACKAGES],
      },
    },
    {
      name: 'pure-modules-stay-pure',
      comment:
        'The domain, the contracts and the SVG writer are loaded by the web app: nothing they reach, directly or not, may do I/O.',
      severity: 'error',
      from: { path: PURE, pathNot: TESTS },
      to: { path: [...NODE_CORE, ...IO_PACKAGES], reachable: true },
    },
    {
      name: 'contracts-import-only-pure-modules',
      comment: 'A contract is zod and domain types only, so the web can import it.',
      severity: 'error',
      from: { path: ['^src/contracts/', '^src/services/.+[.]contract[.]ts$'], pathNot: TESTS },
      to: { path: '^src/', pathNot: PURE },
    },
    {
      name: 'db-not-above-itself',
      comment: 'src/db knows tables and queries; the use cases and the server sit above it.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/(services|server|cli|import|export)/' },
    },
    {
      name: 'routes-call-use-cases',
      comment:
        'Routes are thin: contract → use case → presenter. No repository, file format, reader or domain logic of their own.',
      severity: 'error',
      from: { path: '^src/server/routes/', pathNot: TESTS },
      to: {
        dependencyTypesNot: ['type-only'],
        path: '^src/(db|domain|import|export|cli)/',
      },
    },
    {
      name: 'no-route-to-route',
      comment: 'A helper two routes share belongs in src/server (or a use case), not in one of the routes.',
      severity: 'error',
      from: { path: '^src/server/routes/([^/]+)[.]ts$', pathNot: TESTS },
      to: { path: '^src/server/routes/', pathNot: '^src/server/routes/$1[.]ts$' },
    },
    {
      name: 'cli-through-use-cases',
      comment:
        'The CLI is held to the same authorisation as the API: it calls use cases, never the repositories or the schema.',
      severity: 'error',
      from: { path: '^src/cli/', pathNot: TESTS },
      to: { dependencyTypesNot: ['type-only'], path: '^src/db/' },
    },
    {
      name: 'web-imports-pure-modules',
      comment: 'The browser loads only pure modules of src (PURE above).',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/', pathNot: PURE },
    },
    {
      name: 'web-reaches-no-io',
      comment: 'Nothing the browser loads may reach node:* or a server package, however indirectly.',
      severity: 'error',
      from: { path: '^web/', pathNot: TESTS },
      to: { path: [...NODE_CORE, ...IO_PACKAGES], reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^data/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
