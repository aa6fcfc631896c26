import type { APIRequestContext, Page } from '@playwright/test'

import { releases } from '../src/seed/data/releases'
import { expect, signIn, staffHeaders, test } from './site-helpers'

/**
 * Issue 10, item 6: the admin is branded with the organisation's name and mark from Settings (the
 * demo newsroom's drawn SCO roundel, src/seed/logo.ts) and loads nothing from another origin; the
 * mark is the publisher's logo in a release's structured data; "Create new" leaves nothing behind
 * until something is typed.
 */
const organisation = 'Shanghai Cooperation Organisation Secretariat'

/** Requests that leave this server (anything but data:, blob: and the test's own origin). */
function watchElsewhere(page: Page, baseURL: string): string[] {
  const elsewhere: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (/^https?:/.test(url) && !url.startsWith(baseURL)) elsewhere.push(url)
  })
  return elsewhere
}

/** The image has loaded (not a broken picture). */
const loaded = (page: Page, selector: string) =>
  expect
    .poll(() =>
      page
        .locator(selector)
        .first()
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
    )
    .toBeGreaterThan(0)

test('the login page and the admin header show the organisation’s name and mark, from this server only', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const elsewhere = watchElsewhere(page, baseURL!)
  await page.goto('/admin/login')
  await expect(page.locator('.brand-logo__name')).toHaveText(organisation)
  await loaded(page, '.brand-logo__mark')
  await expect(page).toHaveTitle(new RegExp(`${organisation}$`))
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /\/api\/media\/file\//)
  // Payload's own logo is not there.
  await expect(page.locator('.graphic-logo')).toHaveCount(0)
  await context.close()

  const officer = await signIn(browser, 'press-officer')
  const alsoElsewhere = watchElsewhere(officer, baseURL!)
  await officer.goto('/admin/collections/press-releases')
  await expect(officer.locator('.brand-icon__mark')).toHaveAttribute('alt', organisation)
  await loaded(officer, '.brand-icon__mark')
  await expect(officer).toHaveTitle(new RegExp(`${organisation}$`))
  expect([...elsewhere, ...alsoElsewhere]).toEqual([])
  await officer.context().close()
})

test('a release’s NewsArticle names the mark as publisher.logo, fetchable by anyone', async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto(`/en/news/${releases[0]!.key}`)
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}',
  )
  expect(jsonLd.publisher).toMatchObject({
    '@type': 'Organization',
    name: organisation,
    logo: { '@type': 'ImageObject', width: 240, height: 240 },
  })
  const logoUrl = String(jsonLd.publisher.logo.url)
  expect(logoUrl.startsWith(`${baseURL}/api/media/file/`)).toBe(true)
  const image = await request.get(logoUrl)
  expect(image.status()).toBe(200)
  expect(image.headers()['content-type']).toBe('image/png')
})

/** How many records of a collection exist, drafts included, and how many log entries. */
async function counts(staff: APIRequestContext, collection: string) {
  const total = async (path: string) => {
    const response = await staff.get(`/api/${path}?draft=true&limit=1&depth=0`, { headers: staffHeaders })
    expect(response.ok()).toBeTruthy()
    return ((await response.json()) as { totalDocs: number }).totalDocs
  }
  return { records: await total(collection), activity: await total('activity') }
}

test('"Create new" and back leaves nothing; typing a headline saves a draft as before', async ({
  browser,
  staff,
  cleanup,
}) => {
  test.setTimeout(120_000)
  const officer = await signIn(browser, 'press-officer')
  for (const [collection, field] of [
    ['press-releases', '#field-headline'],
    ['topics', '#field-title'],
  ] as const) {
    const before = await counts(staff, collection)
    await officer.goto(`/admin/collections/${collection}`)
    await officer.goto(`/admin/collections/${collection}/create`)
    await expect(officer.locator(field)).toBeEditable()
    // Longer than the autosave interval (1.5 s): nothing is saved by waiting.
    await officer.waitForTimeout(3_000)
    await expect(officer).toHaveURL(new RegExp(`/collections/${collection}/create$`))
    await officer.goBack()
    await expect(officer).toHaveURL(new RegExp(`/collections/${collection}(\\?.*)?$`))
    expect(await counts(staff, collection)).toEqual(before)
  }

  // Typing: the first draft is saved, and the view moves to it.
  const before = await counts(staff, 'press-releases')
  await officer.goto('/admin/collections/press-releases/create')
  const headline = `Created on first change ${Date.now()}`
  await officer.locator('#field-headline').fill(headline)
  await expect(officer).toHaveURL(/\/collections\/press-releases\/\d+$/, { timeout: 20_000 })
  const id = Number(officer.url().split('/').pop())
  cleanup('press-releases', id)
  expect((await counts(staff, 'press-releases')).records).toBe(before.records + 1)
  const saved = await staff.get(`/api/press-releases/${id}?draft=true&depth=0`, { headers: staffHeaders })
  expect(((await saved.json()) as { headline: string }).headline).toBe(headline)
  // Autosave continues on the new document.
  await officer.locator('#field-summary').fill('Typed after the first save.')
  await expect
    .poll(
      async () =>
        (
          (await (
            await staff.get(`/api/press-releases/${id}?draft=true&depth=0`, { headers: staffHeaders })
          ).json()) as { summary?: string }
        ).summary,
      { timeout: 20_000 },
    )
    .toBe('Typed after the first save.')
  // Pickers into records offer no "Create new": its drawer would create an empty draft on
  // opening (src/fields/firstDraft/pickers.ts).
  await officer.reload()
  await expect(officer.locator('.field-type.relationship').first()).toBeAttached()
  await expect(officer.locator('.relationship-add-new')).toHaveCount(0)
  await officer.context().close()
})

test('what is typed into the body while the first draft saves is kept in the new draft', async ({
  browser,
  staff,
  cleanup,
}) => {
  test.setTimeout(120_000)
  const officer = await signIn(browser, 'press-officer')
  await officer.goto('/admin/collections/press-releases/create')
  const headline = `Typed while saving ${Date.now()}`
  const typed = 'The Secretary-General addressed the United Nations.'
  const body = officer.locator('.rich-text-lexical [contenteditable="true"]').first()
  // The first draft's request is held until the person has typed a sentence into the body, as a
  // slow server would hold it.
  let held = false
  await officer.route(/\/api\/press-releases\?/, async (route) => {
    if (route.request().method() !== 'POST' || held) return route.continue()
    held = true
    await body.click()
    await body.pressSequentially(typed)
    await route.continue()
  })
  await officer.locator('#field-headline').fill(headline)
  await expect(officer).toHaveURL(/\/collections\/press-releases\/\d+$/, { timeout: 20_000 })
  const id = Number(officer.url().split('/').pop())
  cleanup('press-releases', id)
  expect(held).toBe(true)
  // On the new document's page, and as stored.
  await expect(body).toContainText(typed)
  const saved = await staff.get(`/api/press-releases/${id}?draft=true&depth=0`, { headers: staffHeaders })
  expect(JSON.stringify(((await saved.json()) as { body?: unknown }).body)).toContain(typed)
  await officer.context().close()
})
