import type { CollectionSlug } from 'payload'

import { tagsFor } from '@/cache/tags'

import { cachedFetcher } from './cache'
import { payloadClient } from './payload'
import type { Viewer } from './viewer'

/**
 * What the sitemap files list, read one page at a time (issue 12): each file of the sitemap index
 * is one page of one collection, so that no request reads the whole archive.
 */
export const sitemapSections = [
  'pages',
  'releases',
  'events',
  'participants',
  'documents',
  'speeches',
  'topics',
] as const
export type SitemapSection = (typeof sitemapSections)[number]
type RecordSection = Exclude<SitemapSection, 'pages'>

const collectionOf: Record<RecordSection, CollectionSlug> = {
  releases: 'press-releases',
  events: 'events',
  participants: 'participants',
  documents: 'documents',
  speeches: 'speeches',
  topics: 'topics',
}

/** The static pages (home, news, events) as a section of their own. */
export const staticPageCount = 3

export type SitemapSummary = {
  counts: Record<SitemapSection, number>
  /** The latest change in each section (ISO), for the index and the static pages' lastmod. */
  lastmod: Record<SitemapSection, string | undefined>
}

export type SitemapItem = { slug: string; updatedAt: string }

const common = (viewer: Viewer) =>
  ({
    draft: viewer.draft,
    user: viewer.user,
    overrideAccess: false,
    depth: 0,
    joins: false as never,
  }) as const

/** How many public records each section has, and when it last changed: two indexed reads per collection. */
export async function readSitemapSummary(viewer: Viewer): Promise<SitemapSummary> {
  const payload = await payloadClient()
  const sections = Object.entries(collectionOf) as [RecordSection, CollectionSlug][]
  const read = await Promise.all(
    sections.map(async ([section, collection]) => {
      const [{ totalDocs }, latest] = await Promise.all([
        payload.count({ collection, user: viewer.user, overrideAccess: false }),
        payload.find({
          ...common(viewer),
          collection,
          sort: '-updatedAt',
          limit: 1,
          select: { updatedAt: true },
        }),
      ])
      return [section, totalDocs, (latest.docs[0] as { updatedAt?: string } | undefined)?.updatedAt] as const
    }),
  )
  const latestOf = (...names: SitemapSection[]) =>
    read
      .filter(([section]) => names.includes(section))
      .map(([, , at]) => at)
      .filter((at): at is string => Boolean(at))
      .sort()
      .at(-1)
  return {
    counts: {
      pages: staticPageCount,
      ...Object.fromEntries(read.map(([section, count]) => [section, count])),
    } as Record<SitemapSection, number>,
    lastmod: {
      pages: latestOf(...sitemapSections),
      ...Object.fromEntries(read.map(([section, , at]) => [section, at])),
    } as Record<SitemapSection, string | undefined>,
  }
}

/** One page of a section's public records, oldest first (a record keeps its file as others are added). */
export async function readSitemapPage(
  viewer: Viewer,
  section: RecordSection,
  page: number,
  pageSize: number,
): Promise<SitemapItem[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    ...common(viewer),
    collection: collectionOf[section],
    sort: 'id',
    page,
    limit: pageSize,
    select: { slug: true, updatedAt: true },
  })
  // A release's page answers to its id too; a record's only to its slug.
  return (docs as unknown as { id: number | string; slug?: string | null; updatedAt: string }[]).flatMap(
    (doc) => {
      const slug = doc.slug ?? (section === 'releases' ? String(doc.id) : undefined)
      return slug ? [{ slug, updatedAt: doc.updatedAt }] : []
    },
  )
}

const sitemapTags = () =>
  tagsFor('press-releases', 'events', 'participants', 'documents', 'speeches', 'topics')

export const sitemapSummary = cachedFetcher('sitemap.summary', sitemapTags, readSitemapSummary)
export const sitemapPage = cachedFetcher('sitemap.page', sitemapTags, readSitemapPage)
