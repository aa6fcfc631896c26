import type { Document, Event, Participant, PressRelease, Speech } from '@/payload-types'

import type { FallbackCollection } from './english'

/** What the site search looks through, group by group, and how a match is shown. */

export const searchGroups = ['releases', 'events', 'speeches', 'participants', 'documents'] as const
export type SearchGroup = (typeof searchGroups)[number]

/** A text an excerpt can come from, and the localized fields it is made of (none: not localized). */
export type SearchText = { text: string | null | undefined; fields?: string[] }

export type Source<T = never> = {
  collection: FallbackCollection
  /** The fields a query matches. */
  fields: string[]
  /** The localized field the hit's title comes from. */
  title: string
  sort: string
  /** The fields a hit reads: a search reads nothing else (bodies and relations are heavy). */
  select: Record<string, true>
  /** The day a hit is dated by, if any. */
  date?: (doc: T) => string | null | undefined
  /** The texts its excerpt comes from, in order of preference. */
  texts: (doc: T) => SearchText[]
}

const releases: Source<PressRelease> = {
  collection: 'press-releases',
  select: { slug: true, headline: true, summary: true, bodyText: true, dateline: true },
  fields: ['headline', 'summary', 'dateline.place', 'bodyText'],
  title: 'headline',
  sort: '-dateline.date',
  date: (doc) => doc.dateline.date,
  texts: (doc) => [
    { text: doc.summary, fields: ['summary'] },
    { text: doc.headline, fields: ['headline'] },
    { text: doc.bodyText, fields: ['bodyText'] },
  ],
}

const events: Source<Event> = {
  collection: 'events',
  select: { slug: true, title: true, startsAt: true, venue: true, city: true, series: true },
  fields: ['title', 'city', 'venue', 'series'],
  title: 'title',
  sort: '-startsAt',
  date: (doc) => doc.startsAt,
  texts: (doc) => [
    { text: doc.title, fields: ['title'] },
    { text: [doc.venue, doc.city].filter(Boolean).join(', '), fields: ['venue', 'city'] },
    { text: doc.series, fields: ['series'] },
  ],
}

const speeches: Source<Speech> = {
  collection: 'speeches',
  select: { slug: true, title: true, date: true, quotes: true, fullText: true },
  fields: ['title', 'quotes.quote', 'fullText'],
  title: 'title',
  sort: '-date',
  date: (doc) => doc.date,
  texts: (doc) => [
    { text: doc.title, fields: ['title'] },
    ...(doc.quotes ?? []).map((quote) => ({ text: quote.quote, fields: ['quotes.quote'] })),
    { text: doc.fullText, fields: ['fullText'] },
  ],
}

const participants: Source<Participant> = {
  collection: 'participants',
  select: { slug: true, name: true, shortName: true, aliases: true, bio: true },
  fields: ['name', 'shortName', 'aliases', 'bio'],
  title: 'name',
  sort: 'name',
  texts: (doc) => [
    { text: doc.bio, fields: ['bio'] },
    { text: doc.shortName, fields: ['shortName'] },
    // Aliases are not localized: other spellings, in whatever language.
    ...(doc.aliases ?? []).map((alias) => ({ text: alias })),
    { text: doc.name, fields: ['name'] },
  ],
}

const documents: Source<Document> = {
  collection: 'documents',
  select: { slug: true, title: true, date: true, symbol: true, summary: true },
  fields: ['title', 'symbol', 'summary', 'place'],
  title: 'title',
  sort: '-date',
  date: (doc) => doc.date,
  texts: (doc) => [
    { text: doc.symbol },
    { text: doc.summary, fields: ['summary'] },
    { text: doc.title, fields: ['title'] },
  ],
}

export const searchSources = { releases, events, speeches, participants, documents } as Record<
  SearchGroup,
  Source<{ id: number | string; slug?: string | null }>
>
