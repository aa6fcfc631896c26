import type { CollectionBeforeOperationHook, CollectionConfig, Payload, PayloadRequest, Where } from 'payload'

import type { Id } from '@/content/relations'

import { sqliteListSearch } from './sqlite'
import type { ListSearchStore } from './types'

/**
 * The admin's list search through an index (issue 12). Payload answers the list's search box,
 * and a "contains" filter, with `like` on each searchable field: `LIKE '%word%'` over every
 * latest version, the page and its count, O(archive) twice. Here a staff member's `like` on an
 * indexed field becomes `id in [the matches]` before Payload builds its query, so the page and
 * the count read those rows only. Payload still applies access, the other filters and the sort
 * to the result; the index only narrows. It answers only what it answers exactly as LIKE would
 * (see `answerable`), and leaves a word matched by more than `MAX_IDS` records to LIKE, which
 * finds a common word's first page early. On MongoDB no store: Payload's regex query as before.
 */

/**
 * More matches than this and the list keeps Payload's LIKE: a bound list of ids costs about a
 * microsecond per id in the count, and past a few thousand matches the page's LIKE walks few
 * rows before it fills (a common word's count is slow either way).
 */
export const MAX_IDS = 5000
/**
 * Ids bound in one query at most, over all its rewritten conditions. SQLite takes at most 32,766
 * bound values a statement, and Payload binds each id of a relationship `in` twice (as a number
 * and as a string, @payloadcms/drizzle sanitizeQueryValue): past this, LIKE, never an error.
 */
export const MAX_BOUND_IDS = 12_000

const stores = new WeakMap<object, ListSearchStore | null>()

export function listSearchStore(payload: Payload): ListSearchStore | null {
  if (stores.has(payload.db)) return stores.get(payload.db) ?? null
  const store = payload.db.name === 'sqlite' ? sqliteListSearch(payload.db) : null
  stores.set(payload.db, store)
  return store
}

/** Payload's `like` splits on spaces and asks for every word; the trigram index needs three characters a word. */
export function answerable(value: unknown): string[] | null {
  if (typeof value !== 'string') return null
  const words = value.split(' ')
  // No NUL either: FTS5 reads its query as a C string (LIKE ignores what follows one).
  const ok = words.every((word) => [...word].length >= 3 && !/[%_\0]/.test(word))
  return ok ? words : null
}

type Match = (fields: string[], words: string[]) => Promise<Id[] | null>
type Ask = (fields: string[], words: string[], limit: number) => Promise<Id[] | null>

/** A match that asks for at most `MAX_IDS` ids a condition and `total` in all; past it, LIKE. */
export function budgeted(ask: Ask, total = MAX_BOUND_IDS): Match {
  let left = total
  return async (fields, words) => {
    const limit = Math.min(MAX_IDS, left)
    if (limit <= 0) return null
    const ids = await ask(fields, words, limit)
    if (ids) left -= ids.length
    return ids
  }
}

/** `{ field: { like } }` alone, on an indexed field, that the index answers: its field and words. */
function indexedLike(
  where: Where,
  fields: Set<string>,
): { field: string; value: string; words: string[] } | null {
  const entries = Object.entries(where)
  if (entries.length !== 1) return null
  const [field, condition] = entries[0]!
  if (!fields.has(field) || !condition || Object.keys(condition).length !== 1) return null
  const value = (condition as { like?: unknown }).like
  const words = answerable(value)
  return words ? { field, value: value as string, words } : null
}

// No match: an empty `in`, which Payload's SQL makes `false` (`exists: false` would match a
// version whose document is gone: its parent is set to null).
const idsWhere = (ids: Id[]): Where => ({ id: { in: ids } })

/**
 * An `or`'s indexed likes of one value (the search box: headline, slug and summary) asked at once,
 * one query and one list of ids for them all; its other conditions as they were (rewritten inside).
 */
async function rewriteOr(conditions: Where[], fields: Set<string>, match: Match): Promise<Where[]> {
  const byValue = new Map<string, { fields: string[]; words: string[]; at: number[] }>()
  conditions.forEach((condition, at) => {
    const like = indexedLike(condition, fields)
    if (!like) return
    const group = byValue.get(like.value) ?? { fields: [], words: like.words, at: [] }
    group.fields.push(like.field)
    group.at.push(at)
    byValue.set(like.value, group)
  })
  const out: (Where | null)[] = []
  for (const condition of conditions)
    out.push(indexedLike(condition, fields) ? condition : await rewriteWhere(condition, fields, match))
  for (const group of byValue.values()) {
    const ids = await match(group.fields, group.words)
    if (!ids) continue
    group.at.forEach((at, n) => (out[at] = n === 0 ? idsWhere(ids) : null))
  }
  return out.filter((condition): condition is Where => condition !== null)
}

/** One after another: the budget of ids goes to conditions in the order they are written. */
async function inOrder<T, R>(items: T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = []
  for (const item of items) out.push(await run(item))
  return out
}

/** The where with each answerable `like` on an indexed field replaced by its matching ids. */
export async function rewriteWhere(where: Where, fields: Set<string>, match: Match): Promise<Where> {
  const parts: Where[] = []
  let changed = false
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      const inner =
        key === 'or'
          ? await rewriteOr(value, fields, match)
          : await inOrder(value, (sub: Where) => rewriteWhere(sub, fields, match))
      changed ||= inner.length !== value.length || inner.some((sub, n) => sub !== value[n])
      parts.push({ [key]: inner })
      continue
    }
    const like = indexedLike({ [key]: value } as Where, fields)
    const ids = like ? await match([like.field], like.words) : null
    changed ||= ids !== null
    parts.push(ids ? idsWhere(ids) : ({ [key]: value } as Where))
  }
  if (!changed) return where
  return parts.length === 1 ? parts[0]! : { and: parts }
}

/**
 * Staff reading drafts (the admin's lists): their `like` through the index. Not for the public:
 * the index holds drafts, and how long a search takes would tell how often a word occurs in them.
 */
const rewriteFor =
  (isStaff: (user: PayloadRequest['user']) => boolean): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'read' || !isStaff(req.user) || req.context.listSearch === false) return args
    const { draft, where } = args as { draft?: boolean; where?: Where }
    const locale = req.locale
    const store = listSearchStore(req.payload)
    const spec = store?.fields[collection.slug]
    if (!draft || !where || !locale || locale === 'all' || !store || !spec) return args
    const match = budgeted((fields, words, limit) => store.match({ req, fields, locale, words, limit }))
    return { ...args, where: await rewriteWhere(where, new Set(spec), match) }
  }

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * A collection's hooks with the list search's, for the users `isStaff` accepts (the access
 * layer's predicate, given by the collection). First, so later hooks see the where Payload runs.
 */
export function withListSearch(isStaff: (user: PayloadRequest['user']) => boolean, hooks: Hooks = {}): Hooks {
  return { ...hooks, beforeOperation: [rewriteFor(isStaff), ...(hooks.beforeOperation ?? [])] }
}
