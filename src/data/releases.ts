import { populatedList } from '@/content/relations'
import type { Where } from 'payload'

import type { ReleaseFilter } from '@/i18n/newsFilter'

import type { PressRelease, Settings, Speech } from '@/payload-types'

import { cachedFetcher } from './cache'
import { payloadClient, type Locale } from './payload'
import { fallbackLang, markEnglish } from './records'
import { imageOf, type Image } from './shape'
import { tags, tagsFor } from '@/cache/tags'
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
}

function toSummary(
  release: Pick<PressRelease, 'id' | 'headline' | 'slug' | 'dateline' | 'summary' | 'heroImage'>,
): ReleaseSummary {
  const headlineLang = fallbackLang(release, 'headline')
  const summaryLang = fallbackLang(release, 'summary')
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

const releaseTags = () => tagsFor('press-releases', 'media', 'topics', 'events', 'participants')

/**
 * Releases newest first. Access rules decide what is visible: published and not under
 * embargo, unless a staff user is previewing drafts.
 */
export const listReleases = cachedFetcher(
  'releases.list',
  releaseTags,
  async (
    viewer: Viewer,
    {
      locale = 'en',
      page = 1,
      limit = 10,
      filter = {},
      where,
    }: { locale?: Locale; page?: number; limit?: number; filter?: ReleaseFilter; where?: Where } = {},
  ) => {
    const payload = await payloadClient()
    const clauses = [filterWhere(filter), where].filter((clause): clause is Where => Boolean(clause))
    const result = await payload.find({
      collection: 'press-releases',
      locale,
      fallbackLocale: 'en',
      page,
      limit,
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
    const docs = result.docs.map(toSummary)
    return {
      docs,
      page: result.page ?? 1,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  },
)

export type ReleaseDetail = { release: PressRelease; translated: boolean }

/** One release with its linked records; `translated` is false when the locale fell back to English. */
export const getReleaseBySlug = cachedFetcher(
  'releases.bySlug',
  (slug: string) => [
    ...releaseTags(),
    ...tagsFor('speeches', 'documents'),
    tags.record('press-releases', slug),
  ],
  async (viewer: Viewer, slug: string, locale: Locale = 'en'): Promise<ReleaseDetail | null> => {
    const payload = await payloadClient()
    const query = { where: { slug: { equals: slug } }, limit: 1, draft: viewer.draft, user: viewer.user }
    const { docs } = await payload.find({
      collection: 'press-releases',
      ...query,
      locale,
      fallbackLocale: 'en',
      depth: 2,
      overrideAccess: false,
    })
    const release = docs[0]
    if (!release) return null
    if (locale === 'en') return { release, translated: true }
    // The release's own text, and the names and titles of the records it links to.
    const speeches = populatedList<Speech>(release.speeches)
    await Promise.all([
      markEnglish(viewer, locale, 'press-releases', [release]),
      markEnglish(viewer, locale, 'events', [release.event]),
      markEnglish(viewer, locale, 'speeches', speeches),
      markEnglish(viewer, locale, 'participants', [
        ...speeches.map((speech) => speech.speaker),
        ...(release.participants ?? []),
      ]),
      markEnglish(viewer, locale, 'topics', release.topics ?? []),
      markEnglish(viewer, locale, 'documents', release.documents ?? []),
    ])
    return { release, translated: !fallbackLang(release, 'headline') }
  },
)

/** Releases that share a topic with this one, newest first. */
export async function relatedReleases(
  viewer: Viewer,
  release: Pick<PressRelease, 'id' | 'topics'>,
  locale: Locale,
): Promise<ReleaseSummary[]> {
  const topicIds = (release.topics ?? []).map((topic) => (typeof topic === 'object' ? topic.id : topic))
  if (topicIds.length === 0) return []
  const { docs } = await listReleases(viewer, {
    locale,
    limit: 3,
    where: { and: [{ topics: { in: topicIds } }, { id: { not_equals: release.id } }] },
  })
  return docs
}

/** Every public release slug with its date, for the sitemap. */
export const allReleaseSlugs = cachedFetcher('releases.slugs', releaseTags, async (viewer: Viewer) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'press-releases',
    pagination: false,
    depth: 0,
    draft: viewer.draft,
    user: viewer.user,
    overrideAccess: false,
    select: { slug: true, updatedAt: true, dateline: true },
    sort: '-dateline.date',
  })
  return docs.map((doc) => ({ slug: doc.slug ?? String(doc.id), updatedAt: doc.updatedAt }))
})

/** The years that have releases, newest first, for the news filter. */
export const releaseYears = cachedFetcher('releases.years', releaseTags, async (viewer: Viewer) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'press-releases',
    pagination: false,
    depth: 0,
    draft: viewer.draft,
    user: viewer.user,
    overrideAccess: false,
    select: { dateline: true },
  })
  const years = new Set(docs.map((doc) => new Date(doc.dateline.date).getUTCFullYear()))
  return [...years].sort((a, b) => b - a)
})

export const getSettings = cachedFetcher(
  'settings',
  () => [tags.all, tags.settings],
  async (_viewer: Viewer, locale: Locale = 'en'): Promise<Settings> => {
    const payload = await payloadClient()
    return payload.findGlobal({
      slug: 'settings',
      locale,
      fallbackLocale: 'en',
      depth: 0,
      overrideAccess: false,
    })
  },
)
