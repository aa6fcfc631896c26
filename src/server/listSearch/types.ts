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
  /** More matches than this: null (Payload's own query does better with a common word). */
  limit: number
}

/** One adapter's index of what the admin's lists search; null from `match`: not answerable here. */
export type ListSearchStore = {
  /** Per collection, the fields indexed. */
  fields: Record<string, string[]>
  /** Ids of the records whose latest version has every word in one of the fields. */
  match: (query: ListSearchQuery) => Promise<Id[] | null>
}
