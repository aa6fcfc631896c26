import { z } from 'zod'

import { locales, type Locale } from '@/content/locales'
import {
  sitemapPage,
  sitemapSections,
  sitemapSummary,
  type SitemapItem,
  type SitemapSection,
  type SitemapSummary,
} from '@/data/sitemap'
import { publicViewer } from '@/data/viewer'
import { localePath, sitePaths } from '@/i18n/paths'

import { hreflangAlternates } from './seo'

/**
 * /sitemap.xml is a sitemap index (issue 12): one file per language, section and page of at
 * most 50,000 URLs (the protocol's limit, https://www.sitemaps.org/protocol.html#index), each
 * URL with its lastmod and hreflang alternates. Next's generateSitemaps writes the files but no
 * index, so both are route handlers (app/sitemap.xml, app/sitemaps/[file]).
 */
export const SITEMAP_MAX_URLS = 50_000

export type SitemapFile = { locale: Locale; section: SitemapSection; page: number }

/** The readers, injectable so that a test can read uncached with a small page size. */
export type SitemapReaders = {
  summary: () => Promise<SitemapSummary>
  page: (section: Exclude<SitemapSection, 'pages'>, page: number, pageSize: number) => Promise<SitemapItem[]>
}

const cachedReaders: SitemapReaders = {
  summary: () => sitemapSummary(publicViewer),
  page: (section, page, pageSize) => sitemapPage(publicViewer, section, page, pageSize),
}

export const sitemapFileName = ({ locale, section, page }: SitemapFile) => `${locale}-${section}-${page}.xml`

const fileParts = z.object({
  locale: z.enum(locales),
  section: z.enum(sitemapSections),
  page: z.coerce.number().int().positive(),
})

/** `en-releases-2.xml` → the file it names, or null for any other name. */
export function parseSitemapFileName(name: string): SitemapFile | null {
  const [, locale, section, page] = /^([a-z]+)-([a-z]+)-([1-9]\d{0,5})\.xml$/.exec(name) ?? []
  const parsed = fileParts.safeParse({ locale, section, page })
  return parsed.success ? parsed.data : null
}

/** The three static pages are one file whatever the page size; a collection has one per page. */
const pagesOf = (section: SitemapSection, count: number, pageSize: number) =>
  section === 'pages' ? 1 : Math.ceil(count / pageSize)

/** Every file of the index: per language, each section's pages (an empty section has none). */
export function sitemapFiles(counts: Record<SitemapSection, number>, pageSize: number): SitemapFile[] {
  return locales.flatMap((locale) =>
    sitemapSections.flatMap((section) =>
      Array.from({ length: pagesOf(section, counts[section], pageSize) }, (_, i) => ({
        locale,
        section,
        page: i + 1,
      })),
    ),
  )
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  )

const lastmodTag = (at: string | undefined) =>
  at ? `<lastmod>${escapeXml(new Date(at).toISOString())}</lastmod>` : ''

export async function sitemapIndexXml(
  origin: string,
  {
    readers = cachedReaders,
    pageSize = SITEMAP_MAX_URLS,
  }: { readers?: SitemapReaders; pageSize?: number } = {},
): Promise<string> {
  const { counts, lastmod } = await readers.summary()
  const entries = sitemapFiles(counts, pageSize).map(
    (file) =>
      `<sitemap><loc>${escapeXml(`${origin}/sitemaps/${sitemapFileName(file)}`)}</loc>${lastmodTag(lastmod[file.section])}</sitemap>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`
}

const pathOf: Record<Exclude<SitemapSection, 'pages'>, (slug: string) => string> = {
  releases: sitePaths.release,
  events: sitePaths.event,
  participants: sitePaths.participant,
  documents: sitePaths.document,
  speeches: sitePaths.speech,
  topics: sitePaths.topic,
}

/** One file's URLs, or null when no such file exists (past the last page, an empty section). */
export async function sitemapFileXml(
  origin: string,
  file: SitemapFile,
  {
    readers = cachedReaders,
    pageSize = SITEMAP_MAX_URLS,
  }: { readers?: SitemapReaders; pageSize?: number } = {},
): Promise<string | null> {
  let items: { path: string; lastmod?: string }[]
  if (file.section === 'pages') {
    if (file.page !== 1) return null
    const { lastmod } = await readers.summary()
    items = [
      { path: sitePaths.home, lastmod: lastmod.pages },
      // A list with nothing in it yet changed when the site last did.
      { path: sitePaths.news, lastmod: lastmod.releases ?? lastmod.pages },
      { path: sitePaths.events, lastmod: lastmod.events ?? lastmod.pages },
    ]
  } else {
    const page = await readers.page(file.section, file.page, pageSize)
    const path = pathOf[file.section]
    items = page.map((item) => ({ path: path(item.slug), lastmod: item.updatedAt }))
  }
  if (items.length === 0) return null
  const urls = items.map(({ path, lastmod }) => {
    const alternates = Object.entries(hreflangAlternates(path, origin)).map(
      ([lang, href]) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`,
    )
    return `<url><loc>${escapeXml(origin + localePath(file.locale, path))}</loc>${alternates.join('')}${lastmodTag(lastmod)}</url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
}
