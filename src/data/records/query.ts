import type { CollectionSlug, Where } from 'payload'
import { cache } from 'react'

import { tags, tagsFor } from '@/cache/tags'
import type { Locale } from '@/content/locales'
import type { Document, Event, Participant, Speech, Topic } from '@/payload-types'

import { cachedFetcher } from '../cache'
import {
  markWithRelated,
  pageText,
  type EnglishFields,
  type FallbackCollection,
  type RecordSlug,
  type Related,
} from '../english'
import { payloadClient } from '../payload'
import type { Viewer } from '../viewer'

/**
 * How the public pages read events, speeches, participants, documents and topics. The public sees
 * published records only (collection access); relationships to unpublished records come back
 * as bare ids, which the views leave out.
 */

type RecordOf = {
  events: Event
  speeches: Speech
  participants: Participant
  documents: Document
  topics: Topic
}

/** A record read in a language, marked with its fields shown in English. */
export type Marked<S extends RecordSlug> = RecordOf[S] & EnglishFields

/**
 * One record by slug, read in `locale` with fallback to English; it and the linked records its
 * page names (`related`) are marked with the text that fell back.
 */
async function recordBySlug<S extends RecordSlug>(
  viewer: Viewer,
  collection: S,
  slug: string,
  locale: Locale,
  { depth, related }: { depth: number; related?: (record: RecordOf[S]) => Related[] },
): Promise<Marked<S> | null> {
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
  const record = docs[0] as Marked<S> | undefined
  if (!record) return null
  await markWithRelated(viewer, locale, [collection, [record]], related?.(record) ?? [], pageText[collection])
  return record
}

export type ListArgs = { locale?: Locale; where?: Where; sort?: string | string[]; limit?: number }

/** Records of a list; on a Russian or Chinese page, marked with their fields shown in English. */
async function listRecords<S extends RecordSlug>(
  viewer: Viewer,
  collection: S,
  { locale = 'en', where, sort, limit = 0 }: ListArgs,
  related?: (records: RecordOf[S][]) => Related[],
): Promise<Marked<S>[]> {
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
  const records = docs as Marked<S>[]
  await markWithRelated(viewer, locale, [collection, records], related?.(records) ?? [])
  return records
}

/**
 * Every public record of a collection with only the selected fields, unpaginated: light enough
 * for a sitemap or a filter's options.
 */
export async function everyRecord<T extends { id: number | string }>(
  viewer: Viewer,
  collection: FallbackCollection,
  {
    select,
    sort,
    locale,
    where,
  }: { select: Record<string, true>; sort?: string; locale?: Locale; where?: Where },
): Promise<T[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    where,
    ...(locale && { locale, fallbackLocale: 'en' as const }),
    pagination: false,
    depth: 0,
    sort,
    draft: viewer.draft,
    user: viewer.user,
    overrideAccess: false,
    joins: false as never,
    select: select as never,
  })
  return docs as unknown as T[]
}

/** Pages and lists show linked records of every kind, and their images. */
export const listTags = () => tagsFor('events', 'speeches', 'participants', 'documents', 'topics', 'media')

/**
 * The fetcher of a record page: the view of one record by slug, or null when the viewer may not
 * see it. Kept in Next's data cache for the public, and per request (React `cache`) so that a
 * page and its metadata share one read.
 */
export function detailFetcher<S extends RecordSlug, View>(
  collection: S,
  read: { depth: number; related?: (record: RecordOf[S]) => Related[] },
  toView: (record: Marked<S>, locale: Locale) => View,
) {
  return cache(
    cachedFetcher(
      `${collection}.bySlug`,
      (slug: string) => [...listTags(), tags.record(collection, slug)],
      async (viewer: Viewer, slug: string, locale: Locale = 'en'): Promise<View | null> => {
        const record = await recordBySlug(viewer, collection, slug, locale, read)
        return record && toView(record, locale)
      },
    ),
  )
}

/** The fetcher of a list of records, each reshaped by `toSummary`, in Next's data cache. */
export function listFetcher<S extends RecordSlug, Summary>(
  collection: S,
  toSummary: (record: Marked<S>, locale: Locale) => Summary,
  related?: (records: RecordOf[S][]) => Related[],
) {
  return cachedFetcher(`${collection}.list`, listTags, async (viewer: Viewer, args: ListArgs) => {
    const records = await listRecords(viewer, collection, args, related)
    return records.map((record) => toSummary(record, args.locale ?? 'en'))
  })
}
