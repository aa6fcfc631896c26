import { locales, type Locale } from '@/content/locales'

/**
 * Every public URL has its language as the first segment (/en, /ru, /zh): one scheme for
 * pages, feeds, hreflang and the sitemap. "/" picks a language from Accept-Language.
 */
export function localePath(locale: Locale, path = ''): string {
  const rest = path.replace(/^\/+/, '')
  return rest ? `/${locale}/${rest}` : `/${locale}`
}

export const sitePaths = {
  home: '',
  news: 'news',
  release: (slug: string) => `news/${slug}`,
  events: 'events',
  event: (slug: string) => `events/${slug}`,
  participant: (slug: string) => `participants/${slug}`,
  document: (slug: string) => `documents/${slug}`,
  speech: (slug: string) => `speeches/${slug}`,
  topic: (slug: string) => `topics/${slug}`,
  search: 'search',
  rss: 'feed.xml',
  atom: 'atom.xml',
  topicRss: (slug: string) => `topics/${slug}/feed.xml`,
  topicAtom: (slug: string) => `topics/${slug}/atom.xml`,
  /** The latest headlines as JSON, for the 404 page (src/site/latestHeadlines.ts). */
  latestHeadlines: 'latest.json',
} as const

/**
 * The internal route of the news list (proxy.ts rewrites /en/news?year=2019 to
 * /en/news-list/year=2019): never a public URL, but what a page rendered there sees as its path.
 */
export const newsListSegment = 'news-list'

/** The public path of a path inside a language (the news list's internal route becomes "news"). */
export function publicPath(rest: string): string {
  return rest === newsListSegment || rest.startsWith(`${newsListSegment}/`) ? sitePaths.news : rest
}

/** hreflang alternates of one page, for metadata and the sitemap (x-default is English). */
export function languageAlternates(path: string, base = ''): Record<string, string> {
  const entries: [string, string][] = locales.map((locale) => [locale, base + localePath(locale, path)])
  entries.push(['x-default', base + localePath('en', path)])
  return Object.fromEntries(entries)
}
