import path from 'node:path'

import { defineConfig } from 'vitest/config'

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
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['tests/helpers/globalSetup.ts'],
    // One Payload per file on one shared throw-away SQLite file: files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
    // Lexical's default Node entry points use a top-level await that Node 20 sometimes never
    // settles (see scripts/payload.mjs); its development build has no such await.
    execArgv: ['--conditions=development'],
  },
})
