/**
 * Abeille's architecture rules (docs: shared/architecture.md), checked by `npm run lint:deps`
 * and as the first step of `npm test`.
 *
 * Vocabulary: a *domain* is any folder directly under src/ except the shared layers
 * src/server (HTTP plumbing), src/db (database plumbing), src/ui (DSFR components) and
 * src/cli (entry points). A domain's public face is its index.ts.
 */

/** The folders under src/ that are not domains. */
const LAYERS = 'server|db|ui|cli';
/** Any file inside a domain folder (the shared layers are excluded by the look-ahead). */
const DOMAIN_FILE = `^src/(?!(?:${LAYERS})/)[^/]+/`;
const DOMAIN_INDEX = `^src/(?!(?:${LAYERS})/)[^/]+/index\\.tsx?$`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle makes start-up order fragile and hides which module owns what.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-only-through-index',
      severity: 'error',
      comment:
        'Another domain is reached only through its index.ts (the use cases and read models it chooses to export). ' +
        'This holds for domains, src/server, src/cli and src/db alike; src/db/schema.ts has its own rule below.',
      from: { path: '^src/([^/]+)/', pathNot: ['^src/db/schema\\.ts$', '^src/[^/]+/schema\\.ts$'] },
      to: { path: DOMAIN_FILE, pathNot: ['^src/$1/', DOMAIN_INDEX] },
    },
    {
      name: 'schema-references-schemas-only',
      severity: 'error',
      comment:
        'A domain’s schema.ts may name another domain’s table for a foreign key, so it imports that domain’s ' +
        'schema.ts (its index.ts would pull in routes and pages, and close a cycle through src/db/schema.ts). ' +
        'Nothing else of another domain.',
      from: { path: '^src/(?!db/)([^/]+)/schema\\.ts$' },
      to: { path: DOMAIN_FILE, pathNot: ['^src/$1/', '^src/[^/]+/schema\\.ts$'] },
    },
    {
      name: 'db-schema-aggregates-schemas-only',
      severity: 'error',
      comment: 'src/db/schema.ts gathers the domains’ schema.ts files for Drizzle, and nothing else of theirs.',
      from: { path: '^src/db/schema\\.ts$' },
      to: { path: DOMAIN_FILE, pathNot: `^src/[^/]+/schema\\.ts$` },
    },
    {
      name: 'ui-knows-no-domain',
      severity: 'error',
      comment: 'src/ui holds the DSFR wrappers shared by every page: it must not depend on any business domain.',
      from: { path: '^src/ui/' },
      to: { path: DOMAIN_FILE },
    },
    {
      name: 'nothing-imports-cli',
      severity: 'error',
      comment: 'src/cli holds entry points (start, migrate, seed…): they import the application, never the reverse.',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'src-not-to-tests',
      severity: 'error',
      comment: 'Production code never depends on test code or test helpers (tests kept next to the code may).',
      from: { path: '^src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(test|e2e)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that cannot be resolved would fail at run time.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
