import type { CollectionSlug, Where } from 'payload'

import type { Document, Event, Participant, PressRelease, Speech } from '@/payload-types'

import { payloadClient, type Locale } from './payload'
import type { Viewer } from './viewer'

/**
 * Search across the public record with the Local API and the reader's access rights
 * (overrideAccess: false), so drafts and embargoed releases never match. Payload's `like`
 * is case-insensitive and requires every word, in any order.
 */

export const searchGroups = ['releases', 'events', 'speeches', 'participants', 'documents'] as const
export type SearchGroup = (typeof searchGroups)[number]

export type SearchHit = {
  id: number | string
  group: SearchGroup
  slug: string
  title: string
  /** Text around the first match, for highlighting. */
  excerpt: string
  date?: string
}

type Source = {
  collection: CollectionSlug
  fields: string[]
  sort: string
  toHit: (doc: never) => Omit<SearchHit, 'group' | 'excerpt'> & { texts: (string | null | undefined)[] }
}

const sources: Record<SearchGroup, Source> = {
  releases: {
    collection: 'press-releases',
    fields: ['headline', 'summary', 'dateline.place', 'bodyText'],
    sort: '-dateline.date',
    toHit: (doc: PressRelease) => ({
      id: doc.id,
      slug: doc.slug ?? '',
      title: doc.headline ?? '',
      date: doc.dateline.date,
      texts: [doc.summary, doc.headline, doc.bodyText],
    }),
  },
  events: {
    collection: 'events',
    fields: ['title', 'city', 'venue', 'series'],
    sort: '-startsAt',
    toHit: (doc: Event) => ({
      id: doc.id,
      slug: doc.slug ?? '',
      title: doc.title ?? '',
      date: doc.startsAt,
      texts: [doc.title, [doc.venue, doc.city].filter(Boolean).join(', '), doc.series],
    }),
  },
  speeches: {
    collection: 'speeches',
    fields: ['title', 'quotes.quote', 'fullText'],
    sort: '-date',
    toHit: (doc: Speech) => ({
      id: doc.id,
      slug: doc.slug ?? '',
      title: doc.title ?? '',
      date: doc.date,
      texts: [doc.title, ...(doc.quotes ?? []).map((quote) => quote.quote), doc.fullText],
    }),
  },
  participants: {
    collection: 'participants',
    fields: ['name', 'shortName', 'aliases', 'bio'],
    sort: 'name',
    toHit: (doc: Participant) => ({
      id: doc.id,
      slug: doc.slug ?? '',
      title: doc.name ?? '',
      texts: [doc.bio, doc.shortName, ...(doc.aliases ?? []), doc.name],
    }),
  },
  documents: {
    collection: 'documents',
    fields: ['title', 'symbol', 'summary', 'place'],
    sort: '-date',
    toHit: (doc: Document) => ({
      id: doc.id,
      slug: doc.slug ?? '',
      title: doc.title ?? '',
      date: doc.date ?? undefined,
      texts: [doc.symbol, doc.summary, doc.title],
    }),
  },
}

export function searchTerms(query: string): string[] {
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .map((term) => term.trim())
    .filter((term) => term.length > 0)
    .slice(0, 8)
}

/** About 200 characters of the first text that contains a term, centred on the match. */
export function excerptFor(texts: (string | null | undefined)[], terms: string[], size = 200): string {
  const candidates = texts.filter((text): text is string => Boolean(text))
  for (const text of candidates) {
    const lower = text.toLocaleLowerCase()
    const at = Math.min(...terms.map((term) => lower.indexOf(term)).filter((index) => index >= 0))
    if (Number.isFinite(at)) {
      const start = Math.max(0, at - size / 3)
      const cut = text.slice(start, start + size)
      return `${start > 0 ? '…' : ''}${cut}${start + size < text.length ? '…' : ''}`
    }
  }
  const first = candidates[0] ?? ''
  return first.length > size ? `${first.slice(0, size)}…` : first
}

async function searchGroup(
  viewer: Viewer,
  group: SearchGroup,
  query: string,
  locale: Locale,
  limit: number,
): Promise<SearchHit[]> {
  const payload = await payloadClient()
  const source = sources[group]
  const where: Where = { or: source.fields.map((field) => ({ [field]: { like: query } })) }
  const terms = searchTerms(query)
  // A Russian or Chinese reader also finds records that exist only in English.
  const queryLocales: Locale[] = locale === 'en' ? ['en'] : [locale, 'en']
  const hits = new Map<string, SearchHit>()
  for (const queryLocale of queryLocales) {
    const { docs } = await payload.find({
      collection: source.collection,
      where,
      locale: queryLocale,
      fallbackLocale: 'en',
      limit,
      sort: source.sort,
      depth: 0,
      draft: viewer.draft,
      user: viewer.user,
      overrideAccess: false,
      joins: false as never,
    })
    for (const doc of docs) {
      const { texts, ...hit } = source.toHit(doc as never)
      const key = String(hit.id)
      if (hit.slug && !hits.has(key)) hits.set(key, { ...hit, group, excerpt: excerptFor(texts, terms) })
    }
  }
  return [...hits.values()].slice(0, limit)
}

export type SearchResults = {
  query: string
  total: number
  groups: { group: SearchGroup; hits: SearchHit[] }[]
}

export async function searchSite(
  viewer: Viewer,
  query: string,
  locale: Locale,
  limit = 10,
): Promise<SearchResults> {
  const trimmed = query.trim().slice(0, 200)
  if (!trimmed) return { query: trimmed, total: 0, groups: [] }
  const groups = await Promise.all(
    searchGroups.map(async (group) => ({
      group,
      hits: await searchGroup(viewer, group, trimmed, locale, limit),
    })),
  )
  const found = groups.filter((entry) => entry.hits.length > 0)
  return { query: trimmed, total: found.reduce((sum, entry) => sum + entry.hits.length, 0), groups: found }
}
