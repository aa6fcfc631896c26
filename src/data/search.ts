import type { Where } from 'payload'

import type { Document, Event, Participant, PressRelease, Speech } from '@/payload-types'

import { payloadClient, type Locale } from './payload'
import { fallbackLang, markEnglish, type FallbackCollection } from './records'
import { hasText } from './shape'
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
  /** 'en' on a Russian or Chinese page when the title or the excerpt is English (fallback). */
  titleLang?: 'en'
  excerptLang?: 'en'
}

/** A text an excerpt can come from, and the localized fields it is made of. */
type Text = { text: string | null | undefined; fields?: string[] }

type Source = {
  collection: FallbackCollection
  fields: string[]
  /** The localized field the hit's title comes from. */
  title: string
  sort: string
  /** The fields toHit reads: a search reads nothing else (bodies and relations are heavy). */
  select: Record<string, true>
  toHit: (doc: never) => Omit<SearchHit, 'group' | 'excerpt'> & { texts: Text[] }
}

const sources: Record<SearchGroup, Source> = {
  releases: {
    collection: 'press-releases',
    select: { slug: true, headline: true, summary: true, bodyText: true, dateline: true },
    fields: ['headline', 'summary', 'dateline.place', 'bodyText'],
    title: 'headline',
    sort: '-dateline.date',
    toHit: (doc: PressRelease) => ({
      id: doc.id,
      slug: doc.slug ?? '',
      title: doc.headline ?? '',
      date: doc.dateline.date,
      texts: [
        { text: doc.summary, fields: ['summary'] },
        { text: doc.headline, fields: ['headline'] },
        { text: doc.bodyText, fields: ['bodyText'] },
      ],
    }),
  },
  events: {
    collection: 'events',
    select: { slug: true, title: true, startsAt: true, venue: true, city: true, series: true },
    fields: ['title', 'city', 'venue', 'series'],
    title: 'title',
    sort: '-startsAt',
    toHit: (doc: Event) => ({
      id: doc.id,
      slug: doc.slug ?? '',
      title: doc.title ?? '',
      date: doc.startsAt,
      texts: [
        { text: doc.title, fields: ['title'] },
        { text: [doc.venue, doc.city].filter(Boolean).join(', '), fields: ['venue', 'city'] },
        { text: doc.series, fields: ['series'] },
      ],
    }),
  },
  speeches: {
    collection: 'speeches',
    select: { slug: true, title: true, date: true, quotes: true, fullText: true },
    fields: ['title', 'quotes.quote', 'fullText'],
    title: 'title',
    sort: '-date',
    toHit: (doc: Speech) => ({
      id: doc.id,
      slug: doc.slug ?? '',
      title: doc.title ?? '',
      date: doc.date,
      texts: [
        { text: doc.title, fields: ['title'] },
        ...(doc.quotes ?? []).map((quote) => ({ text: quote.quote, fields: ['quotes.quote'] })),
        { text: doc.fullText, fields: ['fullText'] },
      ],
    }),
  },
  participants: {
    collection: 'participants',
    select: { slug: true, name: true, shortName: true, aliases: true, bio: true },
    fields: ['name', 'shortName', 'aliases', 'bio'],
    title: 'name',
    sort: 'name',
    toHit: (doc: Participant) => ({
      id: doc.id,
      slug: doc.slug ?? '',
      title: doc.name ?? '',
      texts: [
        { text: doc.bio, fields: ['bio'] },
        { text: doc.shortName, fields: ['shortName'] },
        // Aliases are not localized: other spellings, in whatever language.
        ...(doc.aliases ?? []).map((alias) => ({ text: alias })),
        { text: doc.name, fields: ['name'] },
      ],
    }),
  },
  documents: {
    collection: 'documents',
    select: { slug: true, title: true, date: true, symbol: true, summary: true },
    fields: ['title', 'symbol', 'summary', 'place'],
    title: 'title',
    sort: '-date',
    toHit: (doc: Document) => ({
      id: doc.id,
      slug: doc.slug ?? '',
      title: doc.title ?? '',
      date: doc.date ?? undefined,
      texts: [
        { text: doc.symbol },
        { text: doc.summary, fields: ['summary'] },
        { text: doc.title, fields: ['title'] },
      ],
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

/**
 * About 200 characters of the first text that contains a term, centred on the match, and the
 * index of that text (the first non-empty one when none matches; -1 when all are empty).
 */
export function excerptOf(
  texts: (string | null | undefined)[],
  terms: string[],
  size = 200,
): { excerpt: string; index: number } {
  for (const [index, text] of texts.entries()) {
    if (!text) continue
    const lower = text.toLocaleLowerCase()
    const at = Math.min(...terms.map((term) => lower.indexOf(term)).filter((found) => found >= 0))
    if (Number.isFinite(at)) {
      const start = Math.max(0, at - size / 3)
      const cut = text.slice(start, start + size)
      return { excerpt: `${start > 0 ? '…' : ''}${cut}${start + size < text.length ? '…' : ''}`, index }
    }
  }
  const index = texts.findIndex(Boolean)
  const first = texts[index] ?? ''
  return { excerpt: first.length > size ? `${first.slice(0, size)}…` : first, index }
}

/** About 200 characters of the first text that contains a term, centred on the match. */
export function excerptFor(texts: (string | null | undefined)[], terms: string[], size = 200): string {
  return excerptOf(texts, terms, size).excerpt
}

/** 'en' when every localized field a text is made of, that has text, is shown in English. */
function textLang(doc: object, fields: string[] | undefined): 'en' | undefined {
  const shown = (fields ?? []).filter((field) => hasText(doc, field))
  return shown.length > 0 && shown.every((field) => fallbackLang(doc, field)) ? 'en' : undefined
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
    // The selected fields only: typed as the whole record, which toHit reads no more of.
    const { docs } = (await payload.find({
      collection: source.collection,
      where,
      locale: queryLocale,
      fallbackLocale: 'en',
      limit,
      sort: source.sort,
      depth: 0,
      select: source.select as never,
      draft: viewer.draft,
      user: viewer.user,
      overrideAccess: false,
      joins: false as never,
    })) as { docs: (PressRelease | Event | Speech | Participant | Document)[] }
    const fresh = docs
      .filter((doc) => !hits.has(String(doc.id)))
      .map((doc) => ({ doc, ...source.toHit(doc as never) }))
      .filter((hit) => hit.slug)
    // Read in the reader's language: which of the texts shown fell back to English. Read in
    // English (records that match only there): all of it is English.
    const english = queryLocale !== locale
    if (!english) {
      const shown = fresh.flatMap((hit) => hit.texts.flatMap((text) => text.fields ?? []))
      await markEnglish(
        viewer,
        locale,
        source.collection,
        fresh.map((hit) => hit.doc),
        [...new Set([source.title, ...shown])],
      )
    }
    for (const { doc, texts, ...hit } of fresh) {
      const { excerpt, index } = excerptOf(
        texts.map((text) => text.text),
        terms,
      )
      const titleLang = english ? 'en' : fallbackLang(doc, source.title)
      const excerptLang = english ? 'en' : textLang(doc, texts[index]?.fields)
      hits.set(String(hit.id), {
        ...hit,
        group,
        excerpt,
        ...(titleLang && { titleLang }),
        ...(excerptLang && { excerptLang }),
      })
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
