import path from 'node:path'

import { configDefaults, defineConfig } from 'vitest/config'

/** Tests that need no database: `npm run test:unit` runs these alone, in parallel. */
const unitTests = [
  'src/**/*.test.ts',
  'tests/deploy.test.ts',
  'tests/env.test.ts',
  'tests/positions.test.ts',
  'tests/proxy.test.ts',
]

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
      '@collections': path.resolve(import.meta.dirname, 'collections'),
      '@': path.resolve(import.meta.dirname, 'src'),
    },
  },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
    // Lexical's default Node entry points use a top-level await that Node 20 sometimes never
    // settles (see scripts/payload.mjs); its development build has no such await.
    execArgv: ['--conditions=development'],
    projects: [
      { extends: true, test: { name: 'unit', include: unitTests } },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...unitTests],
          globalSetup: ['tests/helpers/globalSetup.ts'],
          // Each file boots its own Payload (tests/helpers/newsroom.ts): one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
})
