import { expect, test } from '@playwright/test'

import { releases } from '../src/seed/data/releases'
import { expectAccessible } from './site-helpers'

/** Every page type renders its content and passes axe (no serious or critical violations). */

const first = releases[0]!

test('home: latest releases, events and topics', async ({ page }) => {
  await page.goto('/en')
  await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible()
  await expect(page.locator('.release-list h2')).toHaveCount(5)
  await expect(page.getByRole('heading', { name: 'Recent events' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Featured topics' })).toBeVisible()
  await expectAccessible(page)
})

test('release: dateline, body blocks linked to their records, linked records, boilerplate and contact', async ({
  page,
}) => {
  await page.goto(`/en/news/${first.key}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.headline)
  await expect(page.getByText('NEW YORK, 19 November 2019 —')).toBeVisible()
  // The speech quote links to the speech and its speaker; the document reference to the document.
  const quote = page.locator('.quote-block').first()
  await expect(quote.getByRole('link', { name: 'Vladimir Norov', exact: true })).toHaveAttribute(
    'href',
    '/en/participants/vladimir-norov',
  )
  await expect(quote.locator('.quote-source a')).toHaveAttribute('href', /^\/en\/speeches\//)
  await expect(page.locator('.document-ref a').first()).toHaveAttribute('href', /^\/en\/documents\//)
  const aside = page.getByRole('complementary', { name: 'Linked records' })
  await expect(aside.getByRole('link', { name: /UN-SCO/ }).first()).toBeVisible()
  await expect(aside.getByRole('heading', { name: 'Speakers' })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^About / })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Press contact' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Share' })).toBeVisible()
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}',
  )
  expect(jsonLd['@type']).toBe('NewsArticle')
  expect(jsonLd.headline).toBe(first.headline)
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\.png$/)
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  // X reads the card's title, description and image from Open Graph: no copies of them.
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', first.headline)
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', first.summary)
  await expect(page.locator('meta[name^="twitter:"]')).toHaveCount(1)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`/en/news/${first.key}$`),
  )
  await expectAccessible(page)
})

test('release: the generated OpenGraph card is a PNG', async ({ request }) => {
  const response = await request.get(`/en/news/${first.key}/og.png`)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
})

test('release: printing hides navigation and sharing', async ({ page }) => {
  await page.goto(`/en/news/${first.key}`)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.site-header')).toBeHidden()
  await expect(page.locator('.share')).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})

test('event: facts, participation, speeches and releases', async ({ page }) => {
  await page.goto('/en/events/un-sco-high-level-event-2019')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('preventing the linking of terrorism')
  await expect(page.getByText('Event · High-level event')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Speeches' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Press releases' })).toBeVisible()
  await expect(page.getByRole('link', { name: first.headline })).toBeVisible()
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(jsonLd['@type']).toBe('Event')
  await expectAccessible(page)
})

test('person: positions over time', async ({ page }) => {
  await page.goto('/en/participants/vladimir-norov')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Vladimir Norov')
  const positions = page.locator('.timeline').first()
  await expect(positions).toContainText('SCO Secretary-General')
  await expect(positions).toContainText('1 January 2019 – 31 December 2021')
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(jsonLd['@type']).toBe('Person')
  await expectAccessible(page)
})

test('country: SCO status history', async ({ page }) => {
  await page.goto('/en/participants/india')
  await expect(page.getByRole('heading', { name: 'SCO status' })).toBeVisible()
  const history = page.locator('.timeline')
  await expect(history).toContainText('Member state')
  await expect(history).toContainText('since 9 June 2017')
  await expect(history).toContainText('Observer')
  await expectAccessible(page)
})

test('document: symbol, date, parties and citing releases', async ({ page }) => {
  await page.goto('/en/documents/a-res-59-48')
  await expect(page.locator('.symbol')).toHaveText('A/RES/59/48')
  await expect(page.getByText('Adopted or signed')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Press releases citing this document' })).toBeVisible()
  await expectAccessible(page)
})

test('speech and topic pages', async ({ page }) => {
  await page.goto('/en/speeches/norov-un-sco-2019-opening-remarks')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Vladimir Norov' })).toBeVisible()
  await expectAccessible(page)
  await page.goto('/en/topics/terrorism')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Countering terrorism')
  await expect(page.locator('.release-list h2').first()).toBeVisible()
  await expectAccessible(page)
})

test('a missing page answers 404 with a search box and the latest news', async ({ page }) => {
  const response = await page.goto('/en/news/no-such-release')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expect(page.getByRole('searchbox')).toBeVisible()
  await expect(page.getByRole('link', { name: first.headline })).toBeVisible()
  await expectAccessible(page)
})

test('the 404 page is accessible in every language and at any depth', async ({ page }) => {
  for (const path of ['/ru/no-such-section', '/zh/events/no-such-event', '/en/topics/no-such-topic']) {
    expect((await page.goto(path))?.status(), path).toBe(404)
    await expect(page.getByRole('searchbox'), path).toBeVisible()
    await expectAccessible(page)
  }
})

test('events list: upcoming and past events', async ({ page }) => {
  expect((await page.goto('/en/events'))?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('.event-list li').first()).toBeVisible()
  await expectAccessible(page)
})

test('keyboard: the skip link leads to the content; the layout holds at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto(`/en/news/${first.key}`)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expectAccessible(page)
})
