/**
 * Import rules that keep ARCHITECTURE.md true; `npm test` fails when one is broken.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules form no import cycle, inside a domain or across domains.',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-domain-cycles',
      severity: 'error',
      comment: 'Domains (the folders of packages/server/src) depend on each other in one direction only.',
      scope: 'folder',
      from: { path: '^packages/server/src/[^/]+' },
      to: { circular: true, path: '^packages/server/src/[^/]+' },
    },
    {
      name: 'domain-queries-are-private',
      severity: 'error',
      comment: "A domain's SQL (queries.ts, *-queries.ts) is used by that domain only; others go through its service.",
      from: { path: '^packages/server/src/([^/]+)/' },
      to: { path: '^packages/server/src/[^/]+/[a-z-]*queries[.]ts$', pathNot: '^packages/server/src/$1/' },
    },
    {
      name: 'views-never-import-the-server',
      severity: 'error',
      comment: 'The web package renders views from data; it never reaches into the server.',
      from: { path: '^packages/web/' },
      to: { path: '^packages/server/' },
    },
    {
      name: 'shared-stays-shared',
      severity: 'error',
      comment: 'Shared schemas import neither the server nor the views.',
      from: { path: '^packages/shared/' },
      to: { path: '^packages/(server|web)/' },
    },
    {
      name: 'engines-stand-alone',
      severity: 'error',
      comment:
        'The computation packages depend on no other package of the platform (only the shared command-line parser).',
      from: { path: '^packages/(indicators|assignment)/' },
      to: { path: '^packages/(server|web|shared)/', pathNot: '^packages/shared/src/command-line[.]ts$' },
    },
    {
      name: 'engine-core-has-no-io',
      severity: 'error',
      comment: "Pure computation: the engines' cores touch no file, process or network.",
      from: { path: '^packages/(indicators/src/core|assignment/src)/', pathNot: '(cli|\\.test)\\.ts$' },
      to: {
        dependencyTypes: ['core'],
        path: '^(fs|node:fs|fs/promises|node:fs/promises|child_process|node:child_process|net|node:net|http|node:http|https|node:https)$',
      },
    },
    {
      name: 'no-unresolvable-imports',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['convivio-source', 'import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js', '.mjs', '.json'],
    },
  },
};
