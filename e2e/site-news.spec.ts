import { expect, test } from '@playwright/test'

import { releases } from '../src/seed/data/releases'
import { expectAccessible, newestFirst } from './site-helpers'

test('the news list filters by topic, year, event and participant, each with a stable URL', async ({
  page,
}) => {
  await page.goto('/en/news')
  await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible()
  await expect(page.locator('.release-list h2')).toHaveCount(releases.length)
  await expectAccessible(page)

  await page.getByLabel('Year').selectOption('2019')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/\/en\/news\?year=2019$/)
  const in2019 = releases.filter((release) => release.dateline.date.startsWith('2019'))
  await expect(page.locator('.release-list h2')).toHaveCount(in2019.length)

  // The same filter by its URL, parameters in any order, gives the same list.
  await page.goto('/en/news?event=un-sco-high-level-event-2019&year=2019')
  await expect(page.locator('.release-list h2')).toHaveText([releases[0]!.headline])
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/en\/news\?year=2019&event=un-sco-high-level-event-2019$/,
  )

  await page.goto('/en/news?topic=eu-sco-cooperation')
  await expect(page.locator('.release-list h2')).toHaveText([releases[4]!.headline])

  // The releases that list him among their participants (src/seed/data/releases.ts), and only those.
  await page.goto('/en/news?participant=rashid-alimov')
  const withAlimov = newestFirst(
    releases.filter((release) => release.participants?.includes('rashid-alimov')),
  )
  expect(withAlimov.length).toBeGreaterThan(0)
  expect(withAlimov.length).toBeLessThan(releases.length)
  await expect(page.locator('.release-list h2')).toHaveText(withAlimov.map((release) => release.headline))

  await page.getByRole('link', { name: 'Clear filters' }).click()
  await expect(page).toHaveURL(/\/en\/news$/)
})

test('malformed filters are ignored; a page past the end says so', async ({ page }) => {
  const response = await page.goto('/en/news?year=abc&topic=%3Cscript%3E')
  expect(response?.status()).toBe(200)
  await expect(page.locator('.release-list h2')).toHaveCount(releases.length)
  await page.goto('/en/news?page=5')
  await expect(page.getByText('No press releases match these filters.')).toBeVisible()
})

test('each filter is one cached page that shared caches may keep; other spellings redirect to it', async ({
  page,
  request,
}) => {
  const list = await page.goto('/en/news?year=2019')
  expect(list?.status()).toBe(200)
  expect(list?.headers()['cache-control']).toBe('s-maxage=300, stale-while-revalidate=60')
  // Tracking parameters and empty fields are dropped.
  const messy = await request.get('/en/news?utm_source=mail&year=2019&topic=', { maxRedirects: 0 })
  expect(messy.status()).toBe(307)
  expect(messy.headers()['location']).toMatch(/\/en\/news\?year=2019$/)
  // The internal route the list is cached at names the public URL as canonical.
  await page.goto('/ru/news-list/year=2019')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/ru\/news\?year=2019$/)
  expect((await request.get('/ru/news-list/year=2019&topic=')).status()).toBe(404)
  await page.goto('/en/news?year=2019')
  // Its other languages are the same filter.
  await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute(
    'href',
    /\/ru\/news\?year=2019$/,
  )
  // The language switch leads to the same filter in another language.
  await page.getByRole('link', { name: 'Русский' }).click()
  await expect(page).toHaveURL(/\/ru\/news\?year=2019$/)
  await expect(page.locator('.release-list h2').first()).toBeVisible()
})
