import { beforeAll, describe, expect, it } from 'vitest'

import type * as SiteSitemap from '@/site/sitemap'

import { freshNewsroom } from './helpers/newsroom'
import { releaseData } from './helpers/releases'

/**
 * Issue 12: /sitemap.xml is an index of files per language, section and page, each of at most
 * the page size (50,000 in production, 2 here), each URL with its lastmod, public pages only.
 */
const newsroom = freshNewsroom('sitemap')
// Imported once Payload runs: the data layer's client reads DATABASE_URL when first imported.
const modules = async () => ({ site: await import('@/site/sitemap'), data: await import('@/data/sitemap') })

const origin = 'https://press.example.org'
const pageSize = 2
const locs = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>(?:<loc>)?([^<]+)<`, 'g'))]

type Client = { execute: (statement: { sql: string; args: unknown[] }) => Promise<unknown> }

describe('the sitemap index', () => {
  const published: string[] = []
  const hidden: string[] = []
  let site: typeof SiteSitemap
  let readers: SiteSitemap.SitemapReaders

  beforeAll(async () => {
    const { payload, users } = newsroom
    const asEditor = { user: users.editor, overrideAccess: false } as const
    for (let i = 0; i < 5; i++) {
      const release = await payload.create({
        collection: 'press-releases',
        data: { ...releaseData(`Sitemap release ${i}`), _status: 'published' },
        ...asEditor,
      })
      published.push(`/news/${release.slug}`)
    }
    const draft = await payload.create({
      collection: 'press-releases',
      data: releaseData('Sitemap draft'),
      draft: true,
      ...asEditor,
    })
    hidden.push(`/news/${draft.slug}`)
    const embargoed = await payload.create({
      collection: 'press-releases',
      data: { ...releaseData('Sitemap embargoed'), _status: 'published' },
      ...asEditor,
    })
    // Published under an embargo (what an early lift or an import can leave), written directly.
    await (payload.db as unknown as { client: Client }).client.execute({
      sql: 'UPDATE press_releases SET embargo_until = ? WHERE id = ?',
      args: ['2099-01-01T00:00:00.000Z', embargoed.id],
    })
    hidden.push(`/news/${embargoed.slug}`)
    const topic = await payload.create({
      collection: 'topics',
      data: { title: 'Sitemap topic', _status: 'published' },
      ...asEditor,
    })
    published.push(`/topics/${topic.slug}`)
    const draftTopic = await payload.create({
      collection: 'topics',
      data: { title: 'Sitemap draft topic' },
      draft: true,
      ...asEditor,
    })
    hidden.push(`/topics/${draftTopic.slug}`)

    const loaded = await modules()
    site = loaded.site
    const { viewer } = { viewer: { draft: false, user: null } }
    readers = {
      summary: () => loaded.data.readSitemapSummary(viewer),
      page: (section, page, size) => loaded.data.readSitemapPage(viewer, section, page, size),
    }
  })

  it('lists per-language files of at most the page size, each URL with its lastmod, public pages only', async () => {
    const index = await site.sitemapIndexXml(origin, { readers, pageSize })
    expect(index).toMatch(
      /^<\?xml[^>]*>\n<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/,
    )
    const files = locs(index, 'sitemap').map((match) => match[1]!)
    // Three languages × (the static pages, three pages of five releases, one of one topic).
    expect(files).toHaveLength(3 * (1 + 3 + 1))
    expect(files).toContain(`${origin}/sitemaps/ru-releases-3.xml`)
    expect(index.match(/<lastmod>/g)).toHaveLength(files.length)
    const urls: string[] = []
    for (const loc of files) {
      expect(loc.startsWith(`${origin}/sitemaps/`)).toBe(true)
      const file = site.parseSitemapFileName(loc.slice(`${origin}/sitemaps/`.length))
      expect(file, loc).not.toBeNull()
      const xml = (await site.sitemapFileXml(origin, file!, { readers, pageSize }))!
      expect(xml, loc).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"')
      const inFile = locs(xml, 'url').map((match) => match[1]!)
      expect(inFile.length, loc).toBeGreaterThan(0)
      if (file!.section !== 'pages') expect(inFile.length, loc).toBeLessThanOrEqual(pageSize)
      expect(xml.match(/<lastmod>\d{4}-\d\d-\d\dT[\d:.]+Z<\/lastmod>/g), loc).toHaveLength(inFile.length)
      // A language's file lists that language's URLs.
      for (const url of inFile) expect(url.startsWith(`${origin}/${file!.locale}`), url).toBe(true)
      urls.push(...inFile)
    }
    expect(new Set(urls).size).toBe(urls.length)
    for (const locale of ['en', 'ru', 'zh']) {
      for (const path of published) expect(urls).toContain(`${origin}/${locale}${path}`)
      for (const path of hidden) expect(urls).not.toContain(`${origin}/${locale}${path}`)
      expect(urls).toContain(`${origin}/${locale}`)
    }
  })

  it('answers only the files the index names', async () => {
    expect(
      await site.sitemapFileXml(
        origin,
        { locale: 'en', section: 'releases', page: 4 },
        { readers, pageSize },
      ),
    ).toBeNull()
    expect(
      await site.sitemapFileXml(origin, { locale: 'en', section: 'events', page: 1 }, { readers, pageSize }),
    ).toBeNull()
    for (const name of [
      'en-releases-0.xml',
      'de-releases-1.xml',
      'en-users-1.xml',
      'en-releases-1',
      '../x.xml',
      'en-releases-1.xml.gz',
    ])
      expect(site.parseSitemapFileName(name), name).toBeNull()
    expect(site.parseSitemapFileName('zh-topics-12.xml')).toEqual({
      locale: 'zh',
      section: 'topics',
      page: 12,
    })
  })

  it('is what robots.txt points to', async () => {
    const { default: robots } = await import('../app/robots')
    expect(robots().sitemap).toMatch(/\/sitemap\.xml$/)
  })
})
