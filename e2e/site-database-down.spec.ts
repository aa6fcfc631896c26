import { expect, test } from '@playwright/test'

import { startOwnServer, type OwnServer } from './own-server'

/**
 * The production build started against a database that does not answer (a MongoDB address
 * where nothing listens): the server must start, say so clearly, and keep answering.
 */
const port = Number(process.env.E2E_DOWN_PORT ?? 3401)
const origin = `http://127.0.0.1:${port}`
let server: OwnServer | undefined

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(120_000)
  server = await startOwnServer(port, {
    DATABASE_URL: 'mongodb://127.0.0.1:9/communique?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000',
    PAYLOAD_SECRET: 'database-down-test-secret-0123456789abcdef',
  })
})

test.afterAll(async () => {
  await server?.stop()
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
