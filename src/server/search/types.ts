import type { PayloadRequest } from 'payload'

import type { Locale } from '@/content/locales'

import type { AnalyzedQuery } from './analyze'

/** The collections the site search reads, in the order the page shows their groups. */
export const searchCollections = [
  'press-releases',
  'events',
  'speeches',
  'participants',
  'documents',
] as const
export type SearchCollection = (typeof searchCollections)[number]

/** A text an excerpt may come from; `english` when it is English on a Russian or Chinese page. */
export type EntryText = { text: string; english?: boolean }

/** What one search result shows, as stored with its index entry (no read of the record). */
export type EntryShown = {
  collection: SearchCollection
  recordId: string
  locale: Locale
  slug: string
  title: string
  titleEnglish: boolean
  /** In order of preference for the excerpt. */
  texts: EntryText[]
  date: string | null
}

/**
 * One index entry: a public record's text in one language (with English where it has none of
 * its own), analyzed by ./analyze. `publicFrom`: the embargo's lift for a published release
 * still under embargo (matched only from then on), else null.
 */
export type SearchEntry = EntryShown & {
  publicFrom: string | null
  tokens: { title: string; names: string; body: string; words: string }
}

export type SearchRequest = {
  query: AnalyzedQuery
  /** The reader's language, then English: a Russian reader also finds English-only text. */
  locales: Locale[]
  now: Date
  /** Entries per collection, at most; the caller keeps one per record. */
  perCollection: number
}

export type SearchMatch = EntryShown & { rank: number }

/** A record's entries, as `replace` writes them (oldest record first). */
export type RecordEntries = { recordId: string; entries: SearchEntry[] }

/** One adapter's index: everything above this interface is adapter-neutral. */
export type SearchStore = {
  /**
   * Replaces the entries of these records of one collection (none: the record is not public) in
   * the request's transaction. `later`: how many records of its collection a fill (oldest first)
   * will index after the last of these, so that a store may skip what only its newest entries need.
   */
  replace: (
    req: PayloadRequest | undefined,
    collection: SearchCollection,
    records: RecordEntries[],
    options?: { later?: number },
  ) => Promise<void>
  search: (request: SearchRequest) => Promise<SearchMatch[]>
  /** Titles whose words start with the query's last word (and contain the others). */
  suggest: (request: SearchRequest) => Promise<SearchMatch[]>
  /** Every entry removed (the rebuild starts from nothing). */
  clear: (req?: PayloadRequest) => Promise<void>
  /** How many entries the index holds (the rebuild reports it). */
  count: () => Promise<number>
}
