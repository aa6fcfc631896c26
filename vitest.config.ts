import { availableParallelism } from 'node:os'
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
    // Vitest's default is one worker less than the cores: one on a 2-core CI runner, where the
    // other core then idles through each file's Payload start. Two files at a time took the
    // suite from 420 s to 302 s there; every int file has its own database and media folder
    // (tests/helpers/payload.ts) and its own ports.
    maxWorkers: Math.max(2, availableParallelism() - 1),
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
        },
      },
    ],
  },
})
