import type { Where } from 'payload'

import { tagsFor } from '@/cache/tags'
import type { Locale } from '@/content/locales'
import type { ReleaseFilter } from '@/i18n/newsFilter'
import type { PressRelease } from '@/payload-types'
import { releaseFacets, type ReleaseFacets } from '@/server/facets'

import { cachedFetcher } from './cache'
import { fallbackLang, markEnglish } from './english'
import { payloadClient } from './payload'
import { imageOf, type Image } from './shape'
import type { Viewer } from './viewer'

export type ReleaseSummary = {
  id: number | string
  slug: string
  headline: string
  summary: string
  datelinePlace: string
  date: string
  hero?: Image
  /** 'en' on a Russian or Chinese list when the headline or summary fell back to English. */
  headlineLang?: 'en'
  summaryLang?: 'en'
  /** 'en' when the dateline's place has no name in this language (the date is always in it). */
  datelinePlaceLang?: 'en'
}

function toSummary(
  release: Pick<PressRelease, 'id' | 'headline' | 'slug' | 'dateline' | 'summary' | 'heroImage'>,
): ReleaseSummary {
  const headlineLang = fallbackLang(release, 'headline')
  const summaryLang = fallbackLang(release, 'summary')
  const datelinePlaceLang = fallbackLang(release, 'dateline.place')
  return {
    id: release.id,
    slug: release.slug ?? String(release.id),
    // Required in English; another locale falls back to it, so these are only empty on a broken record.
    headline: release.headline ?? '',
    summary: release.summary ?? '',
    datelinePlace: release.dateline.place ?? '',
    date: release.dateline.date,
    hero: imageOf(release.heroImage, 'card'),
    ...(headlineLang && { headlineLang }),
    ...(summaryLang && { summaryLang }),
    ...(datelinePlaceLang && { datelinePlaceLang }),
  }
}

/** The where clause of a news-list filter; relationships are matched by their slug. */
export function filterWhere(filter: ReleaseFilter): Where | undefined {
  const and: Where[] = []
  if (filter.topic) and.push({ 'topics.slug': { equals: filter.topic } })
  if (filter.event) and.push({ 'event.slug': { equals: filter.event } })
  if (filter.participant) and.push({ 'participants.slug': { equals: filter.participant } })
  if (filter.year)
    and.push(
      { 'dateline.date': { greater_than_equal: `${filter.year}-01-01T00:00:00.000Z` } },
      { 'dateline.date': { less_than: `${filter.year + 1}-01-01T00:00:00.000Z` } },
    )
  return and.length ? { and } : undefined
}

export const releaseTags = () => tagsFor('press-releases', 'media', 'topics', 'events', 'participants')

export type ReleaseQuery = {
  locale?: Locale
  page?: number
  limit?: number
  filter?: ReleaseFilter
  where?: Where
  /**
   * Whether to count every matching release (totalDocs, totalPages). Only the news list's
   * pagination needs it; elsewhere it would cost a count over the whole archive per render.
   */
  count?: boolean
}

/**
 * Releases newest first. Access rules decide what is visible: published and not under
 * embargo, unless a staff user is previewing drafts.
 */
export async function findReleases(
  viewer: Viewer,
  { locale = 'en', page = 1, limit = 10, filter = {}, where, count = false }: ReleaseQuery = {},
) {
  const payload = await payloadClient()
  const clauses = [filterWhere(filter), where].filter((clause): clause is Where => Boolean(clause))
  const result = await payload.find({
    collection: 'press-releases',
    locale,
    fallbackLocale: 'en',
    page,
    limit,
    pagination: count,
    where: clauses.length ? { and: clauses } : undefined,
    // Newest first; releases of the same day, the one entered last first.
    sort: ['-dateline.date', '-createdAt', '-id'],
    depth: 1,
    draft: viewer.draft,
    user: viewer.user,
    overrideAccess: false,
    select: { headline: true, slug: true, summary: true, dateline: true, heroImage: true },
  })
  // Which of these have their own text in this language (no fallback): the rest is English.
  await markEnglish(viewer, locale, 'press-releases', result.docs)
  return {
    docs: result.docs.map(toSummary),
    page: result.page ?? 1,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}

export const listReleases = cachedFetcher('releases.list', releaseTags, findReleases)

/**
 * The news filter's facets: the years, events, participants and topics that have public
 * releases, from the database's indexes (src/server/facets), never by reading every release.
 * A previewing staff user gets the public facets too (fresh, uncached): their drafts are listed,
 * but a year or a record that only a draft has is not offered.
 */
export const publicFacets = cachedFetcher(
  'releases.facets',
  releaseTags,
  async (): Promise<ReleaseFacets> => {
    return releaseFacets(await payloadClient())
  },
)

/** The years that have public releases, newest first, for the news filter. */
export const releaseYears = async (viewer: Viewer): Promise<number[]> => (await publicFacets(viewer)).years
