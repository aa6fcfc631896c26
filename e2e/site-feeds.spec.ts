import { expect, test } from '@playwright/test'

import { releases } from '../src/seed/data/releases'
import { translations } from '../src/seed/data/translations'
import { newestFirst, xmlTexts } from './site-helpers'
import { sitemapFiles } from './sitemap-helpers'

const listed = newestFirst()

test('RSS 2.0: every public release, newest first, with absolute links', async ({ page, request }) => {
  const response = await request.get('/en/feed.xml')
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  expect(response.headers()['cache-control']).toBe(
    'public, max-age=0, s-maxage=300, stale-while-revalidate=60',
  )
  const xml = await response.text()
  expect(await xmlTexts(page, xml, 'rss > channel > item > title')).toEqual(listed.map((r) => r.headline))
  const links = await xmlTexts(page, xml, 'rss > channel > item > link')
  expect(links[0]).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/en/news/${listed[0]!.key}$`))
  expect(await xmlTexts(page, xml, 'rss > channel > language')).toEqual(['en'])
})

test('Atom: the same entries; the Russian feed links to Russian pages, titled in Russian', async ({
  page,
  request,
}) => {
  const xml = await (await request.get('/ru/atom.xml')).text()
  expect(await xmlTexts(page, xml, 'feed > entry > title')).toEqual(
    listed.map((r) => translations.ru!.releases![r.key]!.headline),
  )
  const ids = await xmlTexts(page, xml, 'feed > entry > id')
  expect(ids.every((id) => id.includes('/ru/news/'))).toBe(true)
})

test('per-topic feeds list only that topic; an unknown topic is 404', async ({ page, request }) => {
  const xml = await (await request.get('/en/topics/eu-sco-cooperation/feed.xml')).text()
  expect(await xmlTexts(page, xml, 'rss > channel > item > title')).toEqual([releases[4]!.headline])
  const atom = await (await request.get('/en/topics/eu-sco-cooperation/atom.xml')).text()
  expect(await xmlTexts(page, atom, 'feed > entry > title')).toEqual([releases[4]!.headline])
  expect((await request.get('/en/topics/no-such-topic/feed.xml')).status()).toBe(404)
})

test('sitemap.xml lists releases and records with hreflang alternates; robots.txt points to it', async ({
  page,
  request,
}) => {
  const response = await request.get('/sitemap.xml')
  // A CDN may serve it stale only briefly: an unpublished page must drop out within minutes.
  expect(response.headers()['cache-control']).toBe(
    'public, max-age=0, s-maxage=300, stale-while-revalidate=60',
  )
  // An index of files per language, section and page (issue 12), each URL with its lastmod.
  expect(await xmlTexts(page, await response.text(), 'sitemapindex > sitemap > loc')).toContainEqual(
    expect.stringMatching(/\/sitemaps\/en-releases-1\.xml$/),
  )
  const files = await sitemapFiles(request)
  const locs = (await Promise.all(files.map((file) => xmlTexts(page, file, 'url > loc')))).flat()
  expect((await Promise.all(files.map((file) => xmlTexts(page, file, 'url > lastmod')))).flat()).toHaveLength(
    locs.length,
  )
  // One <url> per language version of each page.
  for (const release of releases)
    for (const locale of ['en', 'ru', 'zh'])
      expect(locs.filter((loc) => loc.endsWith(`/${locale}/news/${release.key}`))).toHaveLength(1)
  expect(locs.some((loc) => loc.endsWith('/en/participants/vladimir-norov'))).toBe(true)
  expect(locs.some((loc) => loc.endsWith('/en/documents/a-res-59-48'))).toBe(true)
  const perFile = files.map((xml) =>
    page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml')
      return [...doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map(
        (link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`,
      )
    }, xml),
  )
  const alternates = (await Promise.all(perFile)).flat()
  expect(alternates.some((entry) => /^ru http.*\/ru\/news\//.test(entry))).toBe(true)
  // The same hreflang tags as the pages' <link rel="alternate"> (and <html lang>): zh-Hans.
  expect(alternates.some((entry) => /^zh-Hans http.*\/zh\/news\//.test(entry))).toBe(true)
  expect(alternates.some((entry) => entry.startsWith('zh '))).toBe(false)
  // Each language version carries the full set: en, ru, zh-Hans and x-default.
  expect(alternates.filter((entry) => entry.endsWith(`/news/${releases[0]!.key}`))).toHaveLength(12)
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/)
  expect(robots).toContain('Disallow: /admin')
})
