import type { CollectionSlug } from 'payload'

import type { Document, Event, Participant, Speech, Topic } from '@/payload-types'

import { cachedFetcher } from './cache'
import { payloadClient, type Locale } from './payload'
import { tags, tagsFor, type ContentCollection } from './tags'
import type { Viewer } from './viewer'

/**
 * Events, speeches, participants, documents and topics for the public pages. The public sees
 * published records only (collection access); relationships to unpublished records come back
 * as bare ids and are left out by the pages.
 */

type RecordSlug = 'events' | 'speeches' | 'participants' | 'documents' | 'topics'
type RecordOf = {
  events: Event
  speeches: Speech
  participants: Participant
  documents: Document
  topics: Topic
}
const titleField: Record<RecordSlug, 'title' | 'name'> = {
  events: 'title',
  speeches: 'title',
  participants: 'name',
  documents: 'title',
  topics: 'title',
}

/**
 * `translated` is false when the title fell back to English; `englishFields` names every text
 * field (title, bio, summary, description) shown in English because this locale has none.
 */
export type RecordDetail<T> = { record: T; translated: boolean; englishFields: string[] }

/** The lang attribute of a record's field on this page: 'en' when it fell back to English. */
export function fallbackLang(detail: { englishFields: string[] }, field: string): 'en' | undefined {
  return detail.englishFields.includes(field) ? 'en' : undefined
}

const textFields = ['bio', 'summary', 'description'] as const

/** One record by slug, with `translated` false when this locale's text fell back to English. */
async function recordBySlug<S extends RecordSlug>(
  viewer: Viewer,
  collection: S,
  slug: string,
  locale: Locale,
  depth: number,
): Promise<RecordDetail<RecordOf[S]> | null> {
  const payload = await payloadClient()
  const base = {
    collection: collection as CollectionSlug,
    where: { slug: { equals: slug } },
    limit: 1,
    draft: viewer.draft,
    user: viewer.user,
    overrideAccess: false,
    // Join fields would list related records by their own rules; pages query them explicitly.
    joins: false as never,
  } as const
  const { docs } = await payload.find({ ...base, locale, fallbackLocale: 'en', depth })
  const record = docs[0] as RecordOf[S] | undefined
  if (!record) return null
  if (locale === 'en') return { record, translated: true, englishFields: [] }
  const field = titleField[collection]
  const shown = record as unknown as Record<string, unknown>
  const fields = [field, ...textFields.filter((name) => name in shown)]
  const own = await payload.find({
    ...base,
    locale,
    fallbackLocale: false,
    depth: 0,
    select: Object.fromEntries(fields.map((name) => [name, true])),
  })
  const ownDoc = (own.docs[0] as Record<string, unknown> | undefined) ?? {}
  const englishFields = fields.filter((name) => Boolean(shown[name]) && !ownDoc[name])
  return { record, translated: Boolean(ownDoc[field]), englishFields }
}

const detailTags = (collection: ContentCollection, slug: string) => [
  ...tagsFor('events', 'speeches', 'participants', 'documents', 'topics', 'media'),
  tags.record(collection, slug),
]

export const getEvent = cachedFetcher(
  'events.bySlug',
  (slug: string) => detailTags('events', slug),
  (viewer: Viewer, slug: string, locale: Locale = 'en') => recordBySlug(viewer, 'events', slug, locale, 2),
)
export const getParticipant = cachedFetcher(
  'participants.bySlug',
  (slug: string) => detailTags('participants', slug),
  (viewer: Viewer, slug: string, locale: Locale = 'en') =>
    recordBySlug(viewer, 'participants', slug, locale, 1),
)
export const getDocument = cachedFetcher(
  'documents.bySlug',
  (slug: string) => detailTags('documents', slug),
  (viewer: Viewer, slug: string, locale: Locale = 'en') => recordBySlug(viewer, 'documents', slug, locale, 1),
)
export const getSpeech = cachedFetcher(
  'speeches.bySlug',
  (slug: string) => detailTags('speeches', slug),
  (viewer: Viewer, slug: string, locale: Locale = 'en') => recordBySlug(viewer, 'speeches', slug, locale, 1),
)
export const getTopic = cachedFetcher(
  'topics.bySlug',
  (slug: string) => detailTags('topics', slug),
  (viewer: Viewer, slug: string, locale: Locale = 'en') => recordBySlug(viewer, 'topics', slug, locale, 0),
)

type ListArgs = {
  locale?: Locale
  where?: Parameters<Awaited<ReturnType<typeof payloadClient>>['find']>[0]['where']
  sort?: string | string[]
  limit?: number
}

async function listRecords<S extends RecordSlug>(
  viewer: Viewer,
  collection: S,
  { locale = 'en', where, sort, limit = 0 }: ListArgs,
): Promise<RecordOf[S][]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: collection as CollectionSlug,
    locale,
    fallbackLocale: 'en',
    where,
    sort,
    limit,
    pagination: limit > 0,
    depth: 1,
    draft: viewer.draft,
    user: viewer.user,
    overrideAccess: false,
    joins: false as never,
  })
  return docs as RecordOf[S][]
}

const listTags = () => tagsFor('events', 'speeches', 'participants', 'documents', 'topics', 'media')

export const listEvents = cachedFetcher('events.list', listTags, (viewer: Viewer, args: ListArgs) =>
  listRecords(viewer, 'events', args),
)
export const listSpeeches = cachedFetcher('speeches.list', listTags, (viewer: Viewer, args: ListArgs) =>
  listRecords(viewer, 'speeches', args),
)
export const listParticipants = cachedFetcher(
  'participants.list',
  listTags,
  (viewer: Viewer, args: ListArgs) => listRecords(viewer, 'participants', args),
)
export const listDocuments = cachedFetcher('documents.list', listTags, (viewer: Viewer, args: ListArgs) =>
  listRecords(viewer, 'documents', args),
)
export const listTopics = cachedFetcher('topics.list', listTags, (viewer: Viewer, args: ListArgs) =>
  listRecords(viewer, 'topics', args),
)

/** Upcoming events (soonest first) and recent ones (latest first) for the home page. */
export async function eventsAround(viewer: Viewer, locale: Locale, now = new Date()) {
  // Rounded to the hour so that the cache key, and so the cached answer, lasts a while.
  const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000).toISOString()
  const [upcoming, recent] = await Promise.all([
    listEvents(viewer, {
      locale,
      where: { startsAt: { greater_than_equal: hour } },
      sort: 'startsAt',
      limit: 4,
    }),
    listEvents(viewer, { locale, where: { startsAt: { less_than: hour } }, sort: '-startsAt', limit: 4 }),
  ])
  return { upcoming, recent }
}

export type Option = { value: string; label: string }

/** Slug and title of every public record of a collection: light enough for a filter's <select>. */
export const recordOptions = cachedFetcher(
  'records.options',
  listTags,
  async (
    viewer: Viewer,
    collection: 'topics' | 'events' | 'participants',
    locale: Locale,
  ): Promise<Option[]> => {
    const payload = await payloadClient()
    const field = titleField[collection]
    const { docs } = await payload.find({
      collection,
      locale,
      fallbackLocale: 'en',
      pagination: false,
      depth: 0,
      sort: collection === 'events' ? '-startsAt' : field,
      draft: viewer.draft,
      user: viewer.user,
      overrideAccess: false,
      joins: false as never,
      select: { slug: true, [field]: true },
    })
    return docs.flatMap((doc) => {
      const record = doc as unknown as { slug?: string | null } & Record<string, unknown>
      const label = record[field]
      return record.slug
        ? [{ value: record.slug, label: typeof label === 'string' ? label : record.slug }]
        : []
    })
  },
)
