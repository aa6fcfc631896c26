import { existsSync } from 'node:fs'
import path from 'node:path'

import { chromium, defineConfig, devices } from '@playwright/test'

/**
 * Two workers, each with a production server of its own (scripts/e2e-server.mjs: the same build,
 * each on its own copy of the seeded newsroom), so that what one worker's specs publish or count
 * never meets the other's. A worker's slot (Playwright's TEST_PARALLEL_INDEX, set before a worker
 * loads this file) picks its server: `baseURL` here and E2E_PORT for the helpers (the mail
 * capture's folder, the staff origin, the seeded copy in e2e/own-server.ts). One worker left a
 * core of CI's two idle while the browser or the server waited on the other.
 */
const ports = [
  Number(process.env.E2E_PORT ?? 3100),
  Number(process.env.E2E_SECOND_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 100),
] as const
const slot = Number(process.env.TEST_PARALLEL_INDEX ?? 0) % ports.length
if (process.env.TEST_PARALLEL_INDEX !== undefined) process.env.E2E_PORT = String(ports[slot])
const origin = (port: number) => `http://127.0.0.1:${port}`
export const baseURL = origin(ports[slot]!)

/**
 * Specs that start servers of their own (Redis, Varnish, more `next start`s on fixed ports) or
 * hold a promise of one or two seconds: alone, after the others, with the machine to themselves.
 */
const alone = [
  'presence',
  'presence-instances',
  'shared-cache',
  'site-database-down',
  'site-restart',
  'topology',
  'varnish',
].map((name) => `**/${name}.spec.ts`)

/**
 * The browser: $CHROMIUM_PATH if set; else Playwright's own Chromium when `npx playwright install`
 * has been run; else the system's (Debian's /usr/bin/chromium), where Playwright cannot download.
 */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  if (existsSync(chromium.executablePath())) return undefined
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate
  }
  throw new Error(
    'No Chromium found for the browser tests: run `npx playwright install chromium`, install your system’s chromium package, or set CHROMIUM_PATH.',
  )
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: ports.length,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    // Recording every test's trace costs CI minutes; a failure's retry records one.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      // Without these, Chromium keeps calling home, which a closed network refuses loudly.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: alone },
    {
      name: 'chromium-alone',
      use: { ...devices['Desktop Chrome'] },
      testMatch: alone,
      dependencies: ['chromium'],
      workers: 1,
    },
  ],
  // Started one after the other: the second waits for the first's build and copies its newsroom.
  webServer: ports.map((port, index) => ({
    command: 'node scripts/e2e-server.mjs',
    url: `${origin(port)}/api/health`,
    timeout: 15 * 60_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    env: {
      E2E_PORT: String(port),
      ...(index > 0
        ? { E2E_SKIP_BUILD: '1', E2E_SEEDED_FROM: path.resolve('tmp', `e2e-${ports[0]}`, 'seeded.db') }
        : {}),
    },
  })),
})
