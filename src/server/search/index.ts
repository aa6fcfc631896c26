import type { Payload, PayloadRequest } from 'payload'

import type { Id } from '@/content/relations'

import { nextTurn } from '../nextTurn'

import { mongodbSearch } from './mongodb'
import { entriesFor, readRecords } from './records'
import { sqliteSearch } from './sqlite'
import type { SearchCollection, SearchStore } from './types'

/**
 * The site's full-text search (issue 12): one interface, one store per database adapter
 * (./sqlite: FTS5; ./mongodb: a text index). The index holds the published side of public
 * records only, so whatever it matches and counts, the public may read; a release under embargo
 * is stored with its lift and matched only after it. Kept current by ./hooks, rebuilt by ./rebuild.
 */

export type { SearchCollection, SearchMatch, SearchStore } from './types'
export { searchCollections } from './types'
export { analyzeQuery, excerptAround, matchedWords, type AnalyzedQuery } from './analyze'
export { queryLanguage } from './script'

const stores = new WeakMap<object, SearchStore>()

export function searchStore(payload: Payload): SearchStore {
  const known = stores.get(payload.db)
  if (known) return known
  let store: SearchStore
  switch (payload.db.name) {
    case 'sqlite':
      store = sqliteSearch(payload.db)
      break
    case 'mongoose':
      store = mongodbSearch(payload.db)
      break
    default:
      throw new Error(`No search index for the database adapter "${payload.db.name}".`)
  }
  stores.set(payload.db, store)
  return store
}

/** Re-reads these records as stored and replaces their entries, in the request's transaction. */
export async function reindex(req: PayloadRequest, collection: SearchCollection, ids: Id[]): Promise<void> {
  if (ids.length === 0) return
  const store = searchStore(req.payload)
  // Page through large lists (a participant named in many releases).
  for (let start = 0; start < ids.length; start += 200) {
    const slice = ids.slice(start, start + 200)
    const { docs } = await readRecords(req.payload, collection, { id: { in: slice } }, { req })
    const entries = await entriesFor(req.payload, collection, docs, req)
    const records = slice.map((id) => ({ recordId: String(id), entries: entries.get(String(id)) ?? [] }))
    await store.replace(req, collection, records)
    if (start + 200 < ids.length) await nextTurn()
  }
}

/** Removes a record's entries (deleted). */
export async function unindex(req: PayloadRequest, collection: SearchCollection, id: Id): Promise<void> {
  await searchStore(req.payload).replace(req, collection, [{ recordId: String(id), entries: [] }])
}
