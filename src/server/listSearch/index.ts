import type { CollectionBeforeOperationHook, CollectionConfig, PayloadRequest, Where } from 'payload'

import type { Id } from '@/content/relations'

import { countFor, idsWhere, MATCHED, searchAlone, totalsFrom, type Matched } from './count'
import { indexedLike } from './likes'
import { listSearchStore } from './store'

export { answerable } from './likes'

/**
 * The admin's list search through an index (issue 12). Payload answers the list's search box,
 * and a "contains" filter, with `like` on each searchable field: `LIKE '%word%'` over every
 * latest version, the page and its count, O(archive) twice. Here a staff member's `like` on an
 * indexed field becomes `id in [the matches]` before Payload builds its query, so the page and
 * the count read those rows only. Payload still applies access, the other filters and the sort
 * to the result; the index only narrows. It answers only what it answers exactly as LIKE would
 * (see `answerable`), and leaves a word matched by more than `MAX_IDS` records to LIKE, which
 * finds a common word's first page early, and counts it through the index when the search is all
 * the list asks (./count.ts). On MongoDB no store: Payload's regex query as before.
 */

/**
 * More matches than this and the list keeps Payload's LIKE. Each id costs the page and its count
 * about 9 µs (Payload sanitizes and binds it twice, in two statements): a word matching 3,710 of
 * 10,000 releases took 34 ms a list through the ids, and a word matching 37,192 of 100,000 took
 * 4.7 ms through LIKE, which walks few rows before its page fills when a word is that common (its
 * count goes through the index: ./count.ts). A thousand ids, ~9 ms, is where LIKE walks a hundred
 * rows per match on the page at 100,000 releases (2026-12-03, docs/benchmarks.md). Those costs
 * were measured before a search alone was narrowed to its page's ids (./count.ts); the limit
 * still holds for a search beside other filters, which Payload pages through all its ids.
 */
export const MAX_IDS = 1000
/**
 * Ids bound in one query at most, over all its rewritten conditions. SQLite takes at most 32,766
 * bound values a statement, and Payload binds each id of a relationship `in` twice (as a number
 * and as a string, @payloadcms/drizzle sanitizeQueryValue): past this, LIKE, never an error.
 */
export const MAX_BOUND_IDS = 12_000

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
    // The last answer of the index: a search alone asks it once, and its ids are then the where.
    const last: { ids: Id[] | null } = { ids: null }
    const match = budgeted(async (fields, words, limit) => {
      last.ids = await store.match({ req, fields, locale, words, limit }).catch((error: unknown) => {
        // The index failing is no reason for the list to: this condition keeps Payload's LIKE.
        req.payload.logger.error({
          err: error,
          msg: 'The admin list search could not read its index; LIKE answers',
        })
        return null
      })
      return last.ids
    })
    const indexed = new Set(spec)
    const rewritten = await rewriteWhere(where, indexed, match)
    const ids = searchAlone(where, indexed) ? last.ids : null
    if (!ids) return { ...args, where: rewritten }
    const matched: Matched = { where: rewritten, ids }
    return { ...args, where: rewritten, [MATCHED]: matched }
  }

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * A collection's hooks with the list search's, for the users `isStaff` accepts (the access
 * layer's predicate, given by the collection). The rewrite first, so later hooks see the where
 * Payload runs; the count last, so that it sees what they added.
 */
export function withListSearch(isStaff: (user: PayloadRequest['user']) => boolean, hooks: Hooks = {}): Hooks {
  return {
    ...hooks,
    beforeOperation: [rewriteFor(isStaff), ...(hooks.beforeOperation ?? []), countFor(isStaff)],
    afterOperation: [totalsFrom, ...(hooks.afterOperation ?? [])],
  }
}
