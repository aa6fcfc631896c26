import type { PayloadRequest } from 'payload'

import type { Id } from '@/content/relations'

export type ListSearchQuery = {
  req: PayloadRequest
  /** A field the store indexes for this collection. */
  field: string
  localized: boolean
  locale: string
  /** Each at least three characters, none a LIKE wildcard. */
  words: string[]
  /** More matches than this: null (Payload's own query does better with a common word). */
  limit: number
}

/** One adapter's index of what the admin's lists search; null from `match`: not answerable here. */
export type ListSearchStore = {
  /** Per collection, the fields indexed: in each language, or once (not localized). */
  fields: Record<string, { localized: string[]; shared: string[] }>
  /** Ids of the records whose latest version's field contains every word. */
  match: (query: ListSearchQuery) => Promise<Id[] | null>
}
