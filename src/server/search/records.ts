import type { Payload, PayloadRequest, Where } from 'payload'

import { idsOf, type Id } from '@/content/relations'

import { entriesOf, type Names } from './entries'
import type { SearchCollection, SearchEntry } from './types'

/**
 * Reading records for the index: as stored in the collection's own table (the published side;
 * a draft save writes a version only), in every language, with the names of the published
 * participants they link to. Used by the hooks (one record) and the rebuild (a page at a time).
 */

type Doc = Record<string, unknown> & { id: Id }

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

const selects: Record<SearchCollection, Record<string, true>> = {
  'press-releases': {
    slug: true,
    _status: true,
    headline: true,
    summary: true,
    bodyText: true,
    dateline: true,
    embargoUntil: true,
    participants: true,
    speeches: true,
    translations: true,
  },
  events: {
    slug: true,
    _status: true,
    title: true,
    venue: true,
    city: true,
    series: true,
    startsAt: true,
    organisers: true,
    participation: true,
  },
  speeches: {
    slug: true,
    _status: true,
    title: true,
    quotes: true,
    fullText: true,
    date: true,
    speaker: true,
  },
  participants: { slug: true, _status: true, name: true, shortName: true, aliases: true, bio: true },
  documents: {
    slug: true,
    _status: true,
    title: true,
    symbol: true,
    summary: true,
    place: true,
    date: true,
    parties: true,
  },
}

const published: Where = { _status: { equals: 'published' } }

export async function readRecords(
  payload: Payload,
  collection: SearchCollection,
  where: Where,
  options: { req?: PayloadRequest; page?: number; limit?: number } = {},
): Promise<{ docs: Doc[]; hasNextPage: boolean; totalDocs: number }> {
  const result = await payload.find({
    collection,
    where,
    locale: 'all',
    depth: 0,
    draft: false,
    overrideAccess: true,
    select: selects[collection] as never,
    sort: 'id',
    limit: options.limit ?? 0,
    page: options.page ?? 1,
    pagination: Boolean(options.limit),
    joins: false as never,
    req: options.req,
  })
  return {
    docs: result.docs as unknown as Doc[],
    hasNextPage: Boolean(result.hasNextPage),
    totalDocs: result.totalDocs,
  }
}

/** Published participants by id, with their names in every language. */
async function participantsById(
  payload: Payload,
  ids: Id[],
  req?: PayloadRequest,
): Promise<Map<string, Names>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'participants',
    where: { and: [published, { id: { in: ids } }] },
    locale: 'all',
    depth: 0,
    draft: false,
    overrideAccess: true,
    select: { name: true, shortName: true, aliases: true } as never,
    pagination: false,
    joins: false as never,
    req,
  })
  return new Map((docs as unknown as (Names & { id: Id })[]).map((doc) => [String(doc.id), doc]))
}

/** The speaker of each published speech among these ids. */
async function speakersOf(payload: Payload, ids: Id[], req?: PayloadRequest): Promise<Map<string, Id>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'speeches',
    where: { and: [published, { id: { in: ids } }] },
    depth: 0,
    draft: false,
    overrideAccess: true,
    select: { speaker: true } as never,
    pagination: false,
    joins: false as never,
    req,
  })
  const speakers = new Map<string, Id>()
  for (const doc of docs as unknown as { id: Id; speaker?: unknown }[]) {
    const [speaker] = idsOf([doc.speaker])
    if (speaker !== undefined) speakers.set(String(doc.id), speaker)
  }
  return speakers
}

/** The index entries of these records (read by `readRecords`), by record id. */
export async function entriesFor(
  payload: Payload,
  collection: SearchCollection,
  docs: Doc[],
  req?: PayloadRequest,
): Promise<Map<string, SearchEntry[]>> {
  const speechIds = collection === 'press-releases' ? docs.flatMap((doc) => idsOf(list(doc.speeches))) : []
  const speakers = await speakersOf(payload, speechIds, req)
  const peopleIds = (doc: Doc): Id[] => {
    switch (collection) {
      case 'speeches':
        return idsOf([doc.speaker])
      case 'events': {
        const listed = list(doc.participation).map((row) => (row as { participant?: unknown }).participant)
        return idsOf([...list(doc.organisers), ...listed])
      }
      case 'documents':
        return idsOf(list(doc.parties))
      case 'participants':
        return []
      case 'press-releases': {
        const bySpeech = idsOf(list(doc.speeches)).flatMap((id) => speakers.get(String(id)) ?? [])
        return [...idsOf(list(doc.participants)), ...bySpeech]
      }
    }
  }
  const people = await participantsById(payload, [...new Set(docs.flatMap(peopleIds))], req)
  const entries = new Map<string, SearchEntry[]>()
  for (const doc of docs) {
    const named = [...new Set(peopleIds(doc).map(String))].flatMap((id) => people.get(id) ?? [])
    entries.set(String(doc.id), entriesOf(collection, doc, named))
  }
  return entries
}

/** Ids of the published records of a collection that match. */
async function publishedIds(
  payload: Payload,
  collection: Exclude<SearchCollection, 'participants'>,
  where: Where,
  req?: PayloadRequest,
): Promise<Id[]> {
  const { docs } = await payload.find({
    collection,
    where: { and: [published, where] },
    depth: 0,
    draft: false,
    overrideAccess: true,
    select: { slug: true } as never,
    pagination: false,
    joins: false as never,
    req,
  })
  return (docs as unknown as { id: Id }[]).map((doc) => doc.id)
}

/** The published releases that cite these speeches (their entries hold the speakers' names). */
export async function citingReleases(payload: Payload, speeches: Id[], req?: PayloadRequest): Promise<Id[]> {
  if (speeches.length === 0) return []
  return publishedIds(payload, 'press-releases', { speeches: { in: speeches } }, req)
}

/**
 * The records whose entries name this participant: releases (as participant, or as a cited
 * speech's speaker), speeches (as speaker), events (organiser or on the participation list) and
 * documents (a party).
 */
export async function namingRecords(
  payload: Payload,
  participant: Id,
  req?: PayloadRequest,
): Promise<{ collection: SearchCollection; ids: Id[] }[]> {
  const speeches = await publishedIds(payload, 'speeches', { speaker: { equals: participant } }, req)
  const releases = await publishedIds(
    payload,
    'press-releases',
    {
      or: [
        { participants: { in: [participant] } },
        ...(speeches.length ? [{ speeches: { in: speeches } }] : []),
      ],
    },
    req,
  )
  const events = await publishedIds(
    payload,
    'events',
    { or: [{ organisers: { in: [participant] } }, { 'participation.participant': { equals: participant } }] },
    req,
  )
  const documents = await publishedIds(payload, 'documents', { parties: { in: [participant] } }, req)
  return [
    { collection: 'speeches', ids: speeches },
    { collection: 'press-releases', ids: releases },
    { collection: 'events', ids: events },
    { collection: 'documents', ids: documents },
  ]
}
