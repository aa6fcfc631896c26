import { expect, test } from '@playwright/test'

import { releases } from '../src/seed/data/releases'
import { expectAccessible } from './site-helpers'

const first = releases[0]!

test('the language switch keeps the page; Russian and Chinese interfaces, English content with a note', async ({
  page,
}) => {
  await page.goto(`/en/news/${first.key}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  for (const [lang, href] of [
    ['ru', `/ru/news/${first.key}`],
    ['zh-Hans', `/zh/news/${first.key}`],
    ['x-default', `/en/news/${first.key}`],
  ])
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
      'href',
      new RegExp(`${href}$`),
    )

  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click()
  await expect(page).toHaveURL(new RegExp(`/ru/news/${first.key}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page.getByText('Пресс-релиз', { exact: true })).toBeVisible()
  // The demo releases exist in English only: shown in English, with a visible note.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.headline)
  await expect(page.getByRole('note')).toContainText('не переведён')
  await expectAccessible(page)

  await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: '中文' }).click()
  await expect(page).toHaveURL(new RegExp(`/zh/news/${first.key}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '新闻' }),
  ).toBeVisible()
  await expect(page.getByRole('note')).toContainText('英文')
  await expectAccessible(page)
})

test('translated records show their own language without the note', async ({ page }) => {
  await page.goto('/ru/participants/india')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Индия')
  await expect(page.getByRole('note')).toHaveCount(0)
  await expect(page.getByText('Государство-член')).toBeVisible()
  await page.goto('/zh/topics/terrorism')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('打击恐怖主义')
})

test('"/" picks the reader’s language; unprefixed section URLs move to English', async ({
  browser,
  request,
}) => {
  const russian = await browser.newContext({
    locale: 'ru-RU',
    extraHTTPHeaders: { 'Accept-Language': 'ru-RU,ru;q=0.9' },
  })
  const page = await russian.newPage()
  await page.goto('/')
  await expect(page).toHaveURL(/\/ru$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Последние новости')
  await russian.close()
  const moved = await request.get(`/news/${first.key}`, { maxRedirects: 0 })
  expect(moved.status()).toBe(308)
  expect(moved.headers().location).toBe(`/en/news/${first.key}`)
})

test('the language switch keeps the query string (a search, the news filters)', async ({ page }) => {
  await page.goto('/en/search?q=Norov')
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click()
  await expect(page).toHaveURL(/\/ru\/search\?q=Norov$/)
  await expect(page.locator('.search-hits mark').first()).toHaveText(/norov/i)
  await page.goto('/en/news?topic=terrorism')
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click()
  await expect(page).toHaveURL(/\/zh\/news\?topic=terrorism$/)
})

test('English fallback text in lists and on record pages is marked lang="en"', async ({ page }) => {
  await page.goto('/ru/news')
  const card = page.locator('.release-card').first()
  await expect(card.locator('h2')).toHaveAttribute('lang', 'en')
  await expect(card.locator('article > p').last()).toHaveAttribute('lang', 'en')
  // A translated name, an English-only bio: only the bio is marked.
  await page.goto('/ru/participants/vladimir-norov')
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', 'en')
  await expect(page.locator('.lede').first()).toHaveAttribute('lang', 'en')
  await page.goto('/zh/documents/a-res-59-48')
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', 'en')
  await expect(page.locator('.lede').first()).toHaveAttribute('lang', 'en')
  await page.goto('/ru/events/un-sco-high-level-event-2016')
  await expect(page.locator('.event-description')).toHaveAttribute('lang', 'en')
  await expectAccessible(page)
  // English pages carry no extra marks.
  await page.goto('/en/news')
  await expect(page.locator('.release-card h2[lang]')).toHaveCount(0)
})
