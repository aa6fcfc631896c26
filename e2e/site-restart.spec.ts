import { expect, test, type APIRequestContext } from '@playwright/test'

import { createDraftRelease, editor } from './site-helpers'
import { restartSecret, seededDatabase, startOwnServer, type OwnServer } from './own-server'
import { sitemapText } from './sitemap-helpers'

/**
 * Next 16 remembers tag invalidations in memory only. A release unpublished just before a
 * restart (a deploy, a crash) must not come back from a page cached before the
 * unpublication: after the restart, its page, the home page, the news list and the feed
 * must all be without it, though nobody requested them between the unpublication and the restart.
 */
const port = Number(process.env.E2E_RESTART_PORT ?? 3402)
let server: OwnServer | undefined
let databaseUrl = ''

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  databaseUrl = await seededDatabase(`e2e-restart-${port}`)
})

test.afterAll(async () => {
  await server?.stop()
})

const start = async () => {
  server = await startOwnServer(port, { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: restartSecret })
  return server.origin
}

async function staffSession(request: APIRequestContext, origin: string) {
  const login = await request.post(`${origin}/api/users/login`, {
    data: { email: editor.email, password: editor.password },
    headers: { origin },
  })
  expect(login.ok(), await login.text()).toBeTruthy()
  const call = async (path: string, data: Record<string, unknown>) => {
    const response = await request.post(`${origin}${path}`, { data, headers: { origin } })
    expect(response.ok(), await response.text()).toBeTruthy()
  }
  return call
}

test('a release unpublished before a restart does not come back from the cache', async ({
  page,
  playwright,
}) => {
  test.setTimeout(240_000)
  let origin = await start()
  const staff = await playwright.request.newContext({ baseURL: origin })
  const call = await staffSession(staff, origin)
  const headline = `Before the restart ${Date.now()}`
  const release = await createDraftRelease(staff, headline, {}, { origin })
  await call(`/api/press-releases/${release.id}/workflow`, { action: 'submit' })
  await call(`/api/press-releases/${release.id}/workflow`, { action: 'publish' })

  // Readers see it; the pages are now cached.
  const releaseUrl = `${origin}/en/news/${release.slug}`
  expect((await page.goto(releaseUrl))?.status()).toBe(200)
  await page.goto(`${origin}/en`)
  await expect(page.locator('.release-list h2').first()).toHaveText(headline)
  await page.goto(`${origin}/en/news`)
  await expect(page.getByRole('link', { name: headline })).toBeVisible()
  expect(await (await page.request.get(`${origin}/en/feed.xml`)).text()).toContain(release.slug)

  // Unpublished, and nobody asks for those pages again before the server restarts.
  await call(`/api/press-releases/${release.id}/workflow`, { action: 'unpublish' })
  await staff.dispose()
  await server!.stop()
  origin = await start()

  expect((await page.goto(releaseUrl))?.status()).toBe(404)
  await page.goto(`${origin}/en`)
  await expect(page.locator('.release-list h2').first()).toBeVisible()
  await expect(page.getByText(headline)).toHaveCount(0)
  await page.goto(`${origin}/en/news`)
  await expect(page.getByRole('link', { name: headline })).toHaveCount(0)
  expect(await (await page.request.get(`${origin}/en/feed.xml`)).text()).not.toContain(release.slug)
  expect(await sitemapText(page.request, origin)).not.toContain(release.slug)
})
