import type { CollectionSlug } from 'payload'

import type { Document, Event, Participant, Speech, Topic } from '@/payload-types'

import { cachedFetcher } from './cache'
import { payloadClient, type Locale } from './payload'
import { englishFieldsOf, fallbackLang, hasText, selectOf, type EnglishFields } from './shape'
import { tags, tagsFor, type ContentCollection } from '@/cache/tags'
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
 * field (title, bio, summary, description, venue…) shown in English because this locale has none.
 */
export type RecordDetail<T> = { record: T; translated: boolean; englishFields: string[] }

export { fallbackLang, type EnglishFields }

/** Collections whose localized text falls back to English on the public site. */
export type FallbackCollection = RecordSlug | 'press-releases'

/**
 * The localized text a record's own page shows: checked for English fallback. A field of an
 * array's rows ('quotes.quote') counts as English when none of its rows has text of its own.
 */
const pageText: Record<RecordSlug, readonly string[]> = {
  events: ['title', 'venue', 'city', 'series', 'description', 'participation.note', 'livestream.note'],
  speeches: ['title', 'text', 'quotes.quote'],
  participants: ['name', 'shortName', 'bio', 'positions.title'],
  documents: ['title', 'summary', 'place'],
  topics: ['title', 'description'],
}

/** The localized text lists, and pages linking to a record, show of it. */
const listedText: Record<FallbackCollection, readonly string[]> = {
  'press-releases': ['headline', 'summary'],
  events: ['title', 'venue', 'city'],
  speeches: ['title'],
  participants: ['name'],
  documents: ['title'],
  topics: ['title'],
}

/**
 * Marks the records of one collection, read in `locale` with fallback to English, with the
 * fields they show in English (`englishFields`, read by `fallbackLang`): one query without
 * fallback for all of them, however many; nothing at all in English. Takes list items or the
 * values of a relationship (ids of records the reader may not see are skipped).
 */
export async function markEnglish(
  viewer: Viewer,
  locale: Locale,
  collection: FallbackCollection,
  values: readonly unknown[],
  fields: readonly string[] = listedText[collection],
): Promise<void> {
  if (locale === 'en') return
  const records = values.filter(
    (value): value is { id: number | string } & EnglishFields =>
      typeof value === 'object' && value !== null && 'id' in value,
  )
  // Only text that is shown can have fallen back.
  const checked = fields.filter((field) => records.some((record) => hasText(record, field)))
  if (checked.length === 0) {
    for (const record of records) record.englishFields = []
    return
  }
  const payload = await payloadClient()
  const ids = [...new Set(records.map((record) => record.id))]
  const { docs } = (await payload.find({
    collection,
    where: { id: { in: ids } },
    locale,
    fallbackLocale: false,
    pagination: false,
    depth: 0,
    draft: viewer.draft,
    user: viewer.user,
    overrideAccess: false,
    joins: false as never,
    select: selectOf(checked) as never,
  })) as { docs: { id: number | string }[] }
  const own = new Map(docs.map((doc) => [String(doc.id), doc]))
  for (const record of records)
    record.englishFields = englishFieldsOf(record, own.get(String(record.id)), checked)
}

type Related = [FallbackCollection, unknown[]]

/** Linked records a record's own page names beside it. */
const detailRelated: { [S in RecordSlug]?: (record: RecordOf[S]) => Related[] } = {
  events: (event) => [
    [
      'participants',
      [
        ...(event.organisers ?? []),
        event.presidency,
        ...(event.participation ?? []).map((entry) => entry.participant),
      ],
    ],
    ['documents', event.documents ?? []],
  ],
  participants: (participant) => [
    [
      'participants',
      [participant.parent, ...(participant.positions ?? []).map((position) => position.organisation)],
    ],
  ],
  speeches: (speech) => [
    ['participants', [speech.speaker]],
    ['events', [speech.event]],
  ],
}

/** Linked records a list names beside each item: the speaker of a speech. */
const listRelated: { [S in RecordSlug]?: (records: RecordOf[S][]) => Related[] } = {
  speeches: (speeches) => [['participants', speeches.map((speech) => speech.speaker)]],
}

/** Marks records (their `fields`) and the linked records shown with them: a query per collection. */
async function markWithRelated(
  viewer: Viewer,
  locale: Locale,
  [collection, records]: Related,
  fields: readonly string[],
  related: Related[],
) {
  await Promise.all([
    markEnglish(viewer, locale, collection, records, fields),
    ...related.map(([relatedCollection, values]) => markEnglish(viewer, locale, relatedCollection, values)),
  ])
}

/** One record by slug, with `translated` false when this locale's text fell back to English. */
async function recordBySlug<S extends RecordSlug>(
  viewer: Viewer,
  collection: S,
  slug: string,
  locale: Locale,
  depth: number,
): Promise<RecordDetail<RecordOf[S]> | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: collection as CollectionSlug,
    where: { slug: { equals: slug } },
    limit: 1,
    draft: viewer.draft,
    user: viewer.user,
    overrideAccess: false,
    // Join fields would list related records by their own rules; pages query them explicitly.
    joins: false as never,
    locale,
    fallbackLocale: 'en',
    depth,
  })
  const record = docs[0] as RecordOf[S] | undefined
  if (!record) return null
  if (locale === 'en') return { record, translated: true, englishFields: [] }
  const related = detailRelated[collection]?.(record) ?? []
  await markWithRelated(viewer, locale, [collection, [record]], pageText[collection], related)
  const englishFields = (record as EnglishFields).englishFields ?? []
  return { record, translated: !englishFields.includes(titleField[collection]), englishFields }
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

/** Records of a list; on a Russian or Chinese page, marked with their fields shown in English. */
async function listRecords<S extends RecordSlug>(
  viewer: Viewer,
  collection: S,
  { locale = 'en', where, sort, limit = 0 }: ListArgs,
): Promise<(RecordOf[S] & EnglishFields)[]> {
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
  const records = docs as RecordOf[S][]
  const related = listRelated[collection]?.(records) ?? []
  await markWithRelated(viewer, locale, [collection, records], listedText[collection], related)
  return records
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

/** `lang` is 'en' when the label fell back to English. */
export type Option = { value: string; label: string; lang?: 'en' }

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
    await markEnglish(viewer, locale, collection, docs)
    return docs.flatMap((doc) => {
      const record = doc as unknown as { slug?: string | null } & Record<string, unknown>
      const label = record[field]
      if (!record.slug) return []
      const lang = fallbackLang(record, field)
      return [
        { value: record.slug, label: typeof label === 'string' ? label : record.slug, ...(lang && { lang }) },
      ]
    })
  },
)
