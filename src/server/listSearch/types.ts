import type { PayloadRequest } from 'payload'

import type { Id } from '@/content/relations'

export type ListSearchQuery = {
  req: PayloadRequest
  /** Fields the store indexes for this collection: a record matches when one of them holds every word. */
  fields: string[]
  /** The admin's language, for localized fields. */
  locale: string
  /** Each at least three characters, none a LIKE wildcard. */
  words: string[]
}

/** One adapter's index of what the admin's lists search; null: not answerable here. */
export type ListSearchStore = {
  /** Per collection, the fields indexed. */
  fields: Record<string, string[]>
  /**
   * Ids of the records whose latest version has every word in one of the fields; null past
   * `limit` matches (Payload's own query does better with a common word).
   */
  match: (query: ListSearchQuery & { limit: number }) => Promise<Id[] | null>
  /** How many records match, as `match` would list them, without reading them. */
  count: (query: ListSearchQuery) => Promise<number | null>
  /** How many records a collection of `fields` holds (its latest versions), without reading them. */
  countAll: (req: PayloadRequest, collection: string) => Promise<number | null>
  /**
   * The first `count` of `ids` in the order of the list of drafts sorted by `sort` (as Payload's
   * drafts query orders it: that sort, then the newest version first); null when the store cannot
   * order by that sort.
   */
  first: (query: FirstQuery) => Promise<Id[] | null>
}

export type FirstQuery = {
  req: PayloadRequest
  collection: string
  ids: Id[]
  /** The find's `sort`, as Payload takes it: `-dateline.date`, `updatedAt`, or a list of one. */
  sort: unknown
  count: number
}
