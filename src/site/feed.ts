import { Feed } from 'feed'

import { publicCacheControl } from '@/cache/tags'
import { getTopic } from '@/data/records/topics'
import { listReleases } from '@/data/releases'
import { getSettings } from '@/data/settings'
import { publicViewer } from '@/data/viewer'
import { htmlLang, isLocale, messages, type Locale } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'

import { absoluteUrl } from './seo'

export type FeedFormat = 'rss' | 'atom'

const FEED_SIZE = 30

/** Feeds are public documents: built with the public's access only, never from a preview. */
async function buildFeed(locale: Locale, format: FeedFormat, topicSlug?: string): Promise<string | null> {
  const topic = topicSlug ? await getTopic(publicViewer, topicSlug, locale) : undefined
  if (topicSlug && !topic) return null
  const [settings, releases] = await Promise.all([
    getSettings(publicViewer, locale),
    listReleases(publicViewer, { locale, limit: FEED_SIZE, filter: topicSlug ? { topic: topicSlug } : {} }),
  ])
  const t = messages(locale)
  const organisation = settings.organisationName ?? t.newsroom
  const pagePath = topicSlug ? sitePaths.topic(topicSlug) : sitePaths.news
  const title = topic ? `${topic.title} · ${organisation}` : `${t.newsroom} · ${organisation}`
  const rss = absoluteUrl(localePath(locale, topicSlug ? sitePaths.topicRss(topicSlug) : sitePaths.rss))
  const atom = absoluteUrl(localePath(locale, topicSlug ? sitePaths.topicAtom(topicSlug) : sitePaths.atom))
  const newest = releases.docs[0]
  const feed = new Feed({
    id: absoluteUrl(localePath(locale, pagePath)),
    link: absoluteUrl(localePath(locale, pagePath)),
    title,
    description: topic?.description?.text ?? `${t.home.title} · ${organisation}`,
    language: htmlLang[locale],
    updated: newest ? new Date(newest.date) : new Date(0),
    generator: false,
    copyright: `© ${organisation}`,
    feedLinks: { rss, atom },
    author: { name: organisation, link: absoluteUrl(localePath(locale)) },
  })
  for (const release of releases.docs) {
    const link = absoluteUrl(localePath(locale, sitePaths.release(release.slug)))
    feed.addItem({
      id: link,
      guid: link,
      link,
      // On the Russian and Chinese feeds, an item still in English says so, as the lists do.
      title: release.headlineLang === 'en' ? `${release.headline} (${t.inEnglish})` : release.headline,
      description: release.summaryLang === 'en' ? `${t.inEnglish}: ${release.summary}` : release.summary,
      date: new Date(release.date),
      published: new Date(release.date),
      ...(release.hero ? { image: absoluteUrl(release.hero.url) } : {}),
    })
  }
  return format === 'rss' ? feed.rss2() : feed.atom1()
}

/** The response of a feed route: 404 for an unknown language or topic. */
export async function feedResponse(
  rawLocale: string,
  format: FeedFormat,
  topicSlug?: string,
): Promise<Response> {
  const xml = isLocale(rawLocale) ? await buildFeed(rawLocale, format, topicSlug) : null
  if (xml === null)
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
  return new Response(xml, {
    headers: {
      'Content-Type':
        format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8',
      'Cache-Control': publicCacheControl,
    },
  })
}
