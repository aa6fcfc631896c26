import type { APIRequestContext, Page } from '@playwright/test'
import sharp from 'sharp'

import { expect, idBySlug, signedRevalidate, staffHeaders, test, uploadImage, workflow } from './site-helpers'
import { sitemapText } from './sitemap-helpers'

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
  for (const path of ['/en/feed.xml', '/en/atom.xml', '/ru/feed.xml']) {
    const anonymous = await page.context().request.get(path)
    expect(await anonymous.text(), path).not.toContain(slug)
  }
  expect(await sitemapText(page.context().request), 'the sitemap').not.toContain(slug)
  for (const path of [`/en/news/${slug}`, `/ru/news/${slug}`])
    expect((await page.goto(path))?.status(), path).toBe(404)
  expect((await page.context().request.get(`/en/news/${slug}/og.png`)).status()).toBe(404)
  const rest = await page.context().request.get(`/api/press-releases/${id}`)
  expect([401, 403, 404]).toContain(rest.status())
}

test('a draft release is absent from home, list, search, feeds, sitemap, its URL and its card', async ({
  page,
  staff,
  newDraft,
}) => {
  const headline = `Unpublished draft ${Date.now()}`
  const draft = await newDraft(headline)
  await expectAbsent(page, staff, headline, draft.slug, draft.id)
})

test('an embargoed release stays absent until its lift', async ({ page, staff, newDraft }) => {
  const headline = `Embargoed release ${Date.now()}`
  const draft = await newDraft(headline)
  await workflow(staff, draft.id, { action: 'submit' })
  const at = new Date(Date.now() + 24 * 3600_000).toISOString()
  await workflow(staff, draft.id, { action: 'embargo', at, timezone: 'Europe/Vienna' })
  await expectAbsent(page, staff, headline, draft.slug, draft.id)
})

/** Seeded records the linked draft points to; their public pages must not show it. */
const linked = {
  topic: 'terrorism',
  event: 'un-sco-high-level-event-2016',
  participant: 'vladimir-norov',
  document: 'a-res-59-48',
}

test('a draft linked to a topic, an event, a participant and a document, with a hero image, is absent from all of them', async ({
  page,
  staff,
  cleanup,
  newDraft,
}) => {
  const stamp = Date.now()
  const headline = `Linked draft ${stamp}`
  const png = await sharp({
    create: { width: 64, height: 48, channels: 3, background: { r: 20, g: 60, b: 120 } },
  })
    .png()
    .toBuffer()
  const image = await uploadImage(staff, `linked-draft-${stamp}.png`, png, 'A blue test card')
  cleanup('media', image.id)
  const draft = await newDraft(headline, {
    heroImage: image.id,
    topics: [await idBySlug(staff, 'topics', linked.topic)],
    event: await idBySlug(staff, 'events', linked.event),
    participants: [await idBySlug(staff, 'participants', linked.participant)],
    documents: [await idBySlug(staff, 'documents', linked.document)],
  })
  const { slug } = draft
  // The staff session sees the links (so the test would notice if they were not stored).
  const stored = await staff.get(`/api/press-releases/${draft.id}?draft=true&depth=0`, {
    headers: staffHeaders,
  })
  expect(await stored.json()).toMatchObject({ heroImage: image.id, topics: [expect.any(Number)] })

  await expectAbsent(page, staff, headline, slug, draft.id)
  const anonymous = page.context().request
  for (const path of [
    `/en/topics/${linked.topic}`,
    `/en/events/${linked.event}`,
    `/en/participants/${linked.participant}`,
    `/en/documents/${linked.document}`,
    '/zh',
    '/ru',
    '/zh/news',
    '/ru/news',
  ]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    await expect(page.locator('main'), path).toBeVisible()
    await expect(page.getByText(headline), path).toHaveCount(0)
    expect(await page.content(), path).not.toContain(slug)
  }
  for (const path of [
    `/en/topics/${linked.topic}/feed.xml`,
    `/en/topics/${linked.topic}/atom.xml`,
    '/zh/feed.xml',
    '/ru/atom.xml',
  ]) {
    const response = await anonymous.get(path)
    expect(response.status(), path).toBe(200)
    expect(await response.text(), path).not.toContain(slug)
  }
  for (const path of [`/zh/search?q=${encodeURIComponent(headline)}`, `/ru/search?q=${stamp}`]) {
    // The page repeats the query itself: look for a hit, i.e. a link to the release.
    expect((await page.goto(path))?.status(), path).toBe(200)
    await expect(page.locator('form[role="search"] input[name="q"]'), path).toBeVisible()
    await expect(page.locator(`a[href*="/news/${slug}"]`), path).toHaveCount(0)
    await expect(page.getByRole('link', { name: headline }), path).toHaveCount(0)
  }
  expect((await page.goto(`/zh/news/${slug}`))?.status()).toBe(404)
  expect((await anonymous.get(`/zh/news/${slug}/og.png`)).status()).toBe(404)
  // The hero photo of an unpublished release stays private, and the staff session can read it.
  const file = `/api/media/file/${encodeURIComponent(image.filename)}`
  expect((await staff.get(file, { headers: staffHeaders })).status()).toBe(200)
  expect((await anonymous.get(file)).status()).not.toBe(200)
})
