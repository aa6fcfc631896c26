import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { createDraftRelease, deleteRelease, loginAsEditor, signedRevalidate, workflow } from './site-helpers'

/**
 * A release the public may not read (a draft; an embargoed release waiting for its lift) is
 * absent from every public channel, even right after every cache has been refreshed.
 */
async function expectAbsent(
  page: Page,
  request: APIRequestContext,
  headline: string,
  slug: string,
  id: number,
) {
  // The check must not be satisfied by a stale cache: refresh everything first.
  expect((await signedRevalidate(request, [{ collection: 'press-releases', slug }])).status()).toBe(200)
  await page.goto('/en')
  await expect(page.locator('.release-list h2').first()).toBeVisible()
  await expect(page.getByText(headline)).toHaveCount(0)
  await page.goto('/en/news')
  await expect(page.getByText(headline)).toHaveCount(0)
  await page.goto(`/en/search?q=${encodeURIComponent(headline)}`)
  await expect(page.getByText(/Nothing found/)).toBeVisible()
  for (const path of ['/en/feed.xml', '/en/atom.xml', '/ru/feed.xml', '/sitemap.xml']) {
    const anonymous = await page.context().request.get(path)
    expect(await anonymous.text(), path).not.toContain(slug)
  }
  for (const path of [`/en/news/${slug}`, `/ru/news/${slug}`])
    expect((await page.goto(path))?.status(), path).toBe(404)
  expect((await page.context().request.get(`/en/news/${slug}/og.png`)).status()).toBe(404)
  const rest = await page.context().request.get(`/api/press-releases/${id}`)
  expect([401, 403, 404]).toContain(rest.status())
}

test('a draft release is absent from home, list, search, feeds, sitemap, its URL and its card', async ({
  page,
  playwright,
  baseURL,
}) => {
  const staff = await playwright.request.newContext({ baseURL })
  await loginAsEditor(staff)
  const headline = `Unpublished draft ${Date.now()}`
  const draft = await createDraftRelease(staff, headline)
  try {
    await expectAbsent(page, staff, headline, draft.slug, draft.id)
  } finally {
    await deleteRelease(staff, draft.id)
    await staff.dispose()
  }
})

test('an embargoed release stays absent until its lift', async ({ page, playwright, baseURL }) => {
  const staff = await playwright.request.newContext({ baseURL })
  await loginAsEditor(staff)
  const headline = `Embargoed release ${Date.now()}`
  const draft = await createDraftRelease(staff, headline)
  try {
    await workflow(staff, draft.id, { action: 'submit' })
    const at = new Date(Date.now() + 24 * 3600_000).toISOString()
    await workflow(staff, draft.id, { action: 'embargo', at, timezone: 'Europe/Vienna' })
    await expectAbsent(page, staff, headline, draft.slug, draft.id)
  } finally {
    await deleteRelease(staff, draft.id)
    await staff.dispose()
  }
})
