import type { Payload } from 'payload'

import { sqliteListSearch } from './sqlite'
import type { ListSearchStore } from './types'

const stores = new WeakMap<object, ListSearchStore | null>()

/** The database's list search index; on MongoDB none (Payload's regex query as before). */
export function listSearchStore(payload: Payload): ListSearchStore | null {
  if (stores.has(payload.db)) return stores.get(payload.db) ?? null
  const store = payload.db.name === 'sqlite' ? sqliteListSearch(payload.db) : null
  stores.set(payload.db, store)
  return store
}
