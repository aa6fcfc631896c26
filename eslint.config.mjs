import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

/**
 * Imports flow one way. Each layer names the layers it may import; everything else is refused by
 * lint, so a wrong-way import (a collection reaching the Payload config through a fetcher, an
 * access rule importing a collection) fails `npm run lint` instead of crashing a start later.
 * Order, from the bottom: content → i18n → server, access → cache, fields, blocks → workflow →
 * collections, globals → (the config) → data → site → app. The seed may use anything; nothing
 * at run time imports the seed.
 */
const modules = {
  content: ['@/content/*'],
  i18n: ['@/i18n', '@/i18n/*'],
  server: ['@/server/*'],
  migrations: ['@/migrations', '@/migrations/*'],
  access: ['@/access/*'],
  cache: ['@/cache/*'],
  fields: ['@/fields/*'],
  blocks: ['@/blocks/*'],
  workflow: ['@/workflow/*'],
  globals: ['@/globals/*'],
  collections: ['@collections/*', '**/collections/*'],
  config: ['@payload-config', '**/payload.config', '**/payload.config.ts'],
  data: ['@/data/*'],
  site: ['@/site/*'],
  seed: ['@/seed/*', '**/src/seed/*'],
  collab: ['@/collab/*'],
}

/** Which layers each folder may import (its own is always allowed; payload-types always is). */
const layers = [
  { files: ['src/content/**'], may: [] },
  { files: ['src/i18n/**'], may: ['content'] },
  { files: ['src/server/**'], may: ['content', 'migrations'] },
  { files: ['src/access/**'], may: ['content'] },
  { files: ['src/cache/**'], may: ['content', 'i18n', 'server'] },
  { files: ['src/fields/**', 'src/blocks/**'], may: ['content', 'i18n', 'access', 'fields', 'blocks'] },
  { files: ['src/workflow/**'], may: ['content', 'i18n', 'server', 'access', 'cache'] },
  {
    files: ['collections/**', 'src/globals/**'],
    may: ['content', 'i18n', 'server', 'access', 'cache', 'fields', 'blocks', 'workflow', 'globals'],
  },
  // Only the Payload client (src/data/payload.ts) imports the config; see the override below.
  // The server layer for what only the adapter's home may know (src/server/facets).
  { files: ['src/data/**'], may: ['content', 'i18n', 'server', 'access', 'cache'] },
  // The co-editing sync server (its own process: scripts/collab-server.ts).
  { files: ['src/collab/**'], may: ['content', 'i18n', 'server', 'access'] },
  { files: ['src/site/**'], may: ['content', 'i18n', 'server', 'cache', 'data'] },
  {
    files: ['app/(site)/**', 'app/(press)/**', 'app/api/**', 'app/*.ts', 'proxy.ts'],
    may: ['content', 'i18n', 'server', 'access', 'cache', 'workflow', 'data', 'site'],
  },
]

function restrictedImports(may, own) {
  const forbidden = Object.entries(modules).filter(([name]) => !may.includes(name) && name !== own)
  return [
    'error',
    {
      patterns: forbidden.map(([name, group]) => ({
        group,
        message: `This layer may not import ${name}: imports flow one way (see eslint.config.mjs).`,
      })),
    },
  ]
}

const boundaries = layers.map(({ files, may }) => {
  const own = files[0].match(/^(?:src\/)?([a-z0-9]+)/)?.[1]
  return { files, rules: { 'no-restricted-imports': restrictedImports(may, own) } }
})

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      // Value imports only: a cycle through `import type` is erased at build time. Without
      // disableScc the rule first maps every module reachable from each file, node_modules
      // included (its ignoreExternal applies only after): lint took 223 s with it, 39 s without.
      'import/no-cycle': ['error', { ignoreExternal: true, disableScc: true }],
    },
  },
  ...boundaries,
  {
    files: ['src/data/payload.ts'],
    rules: {
      'no-restricted-imports': restrictedImports(
        ['content', 'i18n', 'server', 'access', 'cache', 'config'],
        'data',
      ),
    },
  },
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'media/**',
      'data/**',
      'tmp/**',
      'test-results/**',
      'playwright-report/**',
      'src/payload-types.ts',
      'src/migrations/**',
      'app/(payload)/admin/importMap.js',
      'next-env.d.ts',
    ],
  },
]

export default config
