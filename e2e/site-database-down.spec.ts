import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { expect, test } from '@playwright/test'

/**
 * The production build started against a database that does not answer (a MongoDB address
 * where nothing listens): the server must start, say so clearly, and keep answering.
 */
const port = Number(process.env.E2E_DOWN_PORT ?? 3401)
const origin = `http://127.0.0.1:${port}`
let server: ChildProcess | undefined
let output = ''

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(120_000)
  server = spawn(
    process.execPath,
    [
      path.resolve('node_modules/next/dist/bin/next'),
      'start',
      '--hostname',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NODE_OPTIONS: '--no-deprecation',
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URL: 'mongodb://127.0.0.1:9/communique?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000',
        PAYLOAD_SECRET: 'database-down-test-secret-0123456789abcdef',
        SERVER_URL: origin,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  server.stdout?.on('data', (chunk) => (output += String(chunk)))
  server.stderr?.on('data', (chunk) => (output += String(chunk)))
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    const up = await fetch(`${origin}/api/health`).then(
      () => true,
      () => false,
    )
    if (up) return
    if (server.exitCode !== null) throw new Error(`The server stopped:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The server did not answer within 90 s:\n${output}`)
})

test.afterAll(() => {
  server?.kill('SIGTERM')
})

test('the health check says the database is unreachable', async ({ request }) => {
  const health = await request.get(`${origin}/api/health`)
  expect(health.status()).toBe(503)
  expect(await health.json()).toEqual({ status: 'error', database: 'unreachable' })
})

test('a reader gets a clear message instead of a crash, and the server keeps answering', async ({ page }) => {
  await page.goto(`${origin}/en`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The newsroom is temporarily unavailable')
  await page.goto(`${origin}/en/news`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The newsroom is temporarily unavailable')
  expect((await page.request.get(`${origin}/api/health`)).status()).toBe(503)
})
