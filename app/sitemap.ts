import type { MetadataRoute } from 'next'

import { recordSlugs } from '@/data/records/slugs'
import { allReleaseSlugs } from '@/data/releases'
import { publicViewer } from '@/data/viewer'
import { locales } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import { hreflangAlternates, siteOrigin } from '@/site/seo'

// Built per request from cached reads: nothing is read from the database at build time.
export const dynamic = 'force-dynamic'

type Entry = { path: string; lastModified?: string; priority?: number }

/**
 * Every public page in each of its languages (en, ru, zh): one <url> per language version, each
 * with the full set of hreflang alternates under the tags the pages themselves use (zh-Hans).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteOrigin()
  const [releases, events, participants, documents, speeches, topics] = await Promise.all([
    allReleaseSlugs(publicViewer),
    recordSlugs(publicViewer, 'events'),
    recordSlugs(publicViewer, 'participants'),
    recordSlugs(publicViewer, 'documents'),
    recordSlugs(publicViewer, 'speeches'),
    recordSlugs(publicViewer, 'topics'),
  ])
  const records = (items: { slug: string; updatedAt: string }[], path: (slug: string) => string) =>
    items.map((item) => ({ path: path(item.slug), lastModified: item.updatedAt, priority: 0.5 }))
  const entries: Entry[] = [
    { path: sitePaths.home, priority: 1 },
    { path: sitePaths.news, priority: 0.9 },
    { path: sitePaths.events, priority: 0.6 },
    ...releases.map((release) => ({
      path: sitePaths.release(release.slug),
      lastModified: release.updatedAt,
      priority: 0.8,
    })),
    ...records(events, sitePaths.event),
    ...records(participants, sitePaths.participant),
    ...records(documents, sitePaths.document),
    ...records(speeches, sitePaths.speech),
    ...records(topics, sitePaths.topic),
  ]
  return entries.flatMap((entry) => {
    const languages = hreflangAlternates(entry.path, origin)
    return locales.map((locale) => ({
      url: origin + localePath(locale, entry.path),
      lastModified: entry.lastModified,
      priority: entry.priority,
      alternates: { languages },
    }))
  })
}
