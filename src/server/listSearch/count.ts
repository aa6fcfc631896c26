import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
  Where,
} from 'payload'

import type { Id } from '@/content/relations'

import { foldsAsLike, indexedLike } from './likes'
import { listSearchStore } from './store'

/**
 * A common word's count through the index (issue 12). The index leaves a word with thousands of
 * matches to Payload's LIKE (./index.ts), which finds its first page early but counts it over
 * every latest version: 0.3–0.5 s at 100,000 releases, the event loop held, on every page of the
 * list. When the search is all the list asks, the index counts it instead (reading no row), and
 * Payload is asked for the page only (`pagination: false` keeps the limit and the offset, and
 * skips its count); the totals are then set from the index's count.
 */

/** The index's count for this find, carried from before the operation to after it. */
const COUNTED = Symbol('listSearchCount')
/** Whether that count is a search's (else the unfiltered list's). */
const SEARCHED = Symbol('listSearchSearched')
/**
 * A search alone that the rewrite (./index.ts) answered with the ids of its matches: the where it
 * gave Payload and those ids. The count is then theirs, when no later hook has replaced that
 * where: Payload would bind every id again to count them.
 */
export const MATCHED = Symbol('listSearchMatched')
export type Matched = { where: Where; ids: Id[] }

// No match: an empty `in`, which Payload's SQL makes `false` (`exists: false` would match a
// version whose document is gone: its parent is set to null).
export const idsWhere = (ids: Id[]): Where => ({ id: { in: ids } })

type ReadArgs = {
  draft?: boolean
  where?: Where
  sort?: unknown
  limit?: number
  page?: number
  pagination?: boolean
  overrideAccess?: boolean
  [COUNTED]?: number
  [SEARCHED]?: boolean
  [MATCHED]?: Matched
}

/** The search box's likes of one value and nothing else: its fields and words, or null. */
export function searchAlone(
  where: Where,
  indexed: Set<string>,
): { fields: string[]; words: string[] } | null {
  let inner: Where = where
  // The list view wraps the search in an `and` when the URL has a where of its own.
  while (Object.keys(inner).length === 1 && Array.isArray(inner.and) && inner.and.length === 1)
    inner = inner.and[0]!
  const keys = Object.keys(inner)
  if (keys.length !== 1) return null
  const conditions = keys[0] === 'or' ? inner.or : [inner]
  if (!Array.isArray(conditions) || conditions.length === 0) return null
  const likes = conditions.map((condition) => indexedLike(condition, indexed))
  const first = likes[0]
  if (!first || likes.some((like) => !like || like.value !== first.value)) return null
  return { fields: [...new Set(likes.map((like) => like!.field))], words: first.words }
}

/** No condition at all: the list as it opens, whatever the `and` the list view wraps it in. */
const unfiltered = (where: Where | undefined): boolean =>
  !where ||
  Object.entries(where).every(
    ([key, value]) => key === 'and' && Array.isArray(value) && value.every((inner) => unfiltered(inner)),
  )

/**
 * Last of the collection's hooks, so that the where is the one Payload will run: the count is
 * the index's only when nothing else narrows the list (no other filter, no access condition, no
 * trash), and when the index and LIKE read the words alike (the page is LIKE's). With no where at
 * all, the count is the number of latest versions the store keeps (Payload's count reads them all).
 */
export const countFor =
  (isStaff: (user: PayloadRequest['user']) => boolean): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'read' || !isStaff(req.user) || req.context.listSearch === false) return args
    const read = args as ReadArgs
    const { draft, where, limit, pagination } = read
    const store = listSearchStore(req.payload)
    const spec = store?.fields[collection.slug]
    const locale = req.locale
    if (!draft || pagination === false || !limit || limit < 1 || !store || !spec) return args
    if (!locale || locale === 'all' || collection.trash) return args
    const marked = read[MATCHED]
    const matched = marked && marked.where === where ? marked.ids : undefined
    const all = unfiltered(where)
    const search = all || matched !== undefined ? null : searchAlone(where!, new Set(spec))
    if (!all && matched === undefined && (!search || !foldsAsLike(search.words))) return args
    if (!read.overrideAccess && (await collection.access.read({ req })) !== true) return args
    const count = await (
      matched !== undefined
        ? Promise.resolve(new Set(matched.map(String)).size)
        : search
          ? store.count({ req, fields: search.fields, locale, words: search.words })
          : store.countAll(req, collection.slug)
    ).catch((error: unknown) => {
      // The index failing is no reason for the list to: Payload counts as it would without it.
      req.payload.logger.error({ err: error, msg: 'The admin list search could not count; Payload counts' })
      return null
    })
    if (count === null) return args
    const narrowed = matched ? await onlyThePage(req, collection.slug, read, matched) : where
    const counted: ReadArgs = {
      ...read,
      where: narrowed,
      pagination: false,
      [COUNTED]: count,
      [SEARCHED]: !all,
    }
    delete counted[MATCHED]
    return counted as typeof args
  }

/**
 * The where of a search answered by ids, narrowed to the ids that can be on the page asked: the
 * first `page × limit` in the list's order, which Payload then sorts and pages as it would all of
 * them. Each id costs Payload's query ~9 µs (it binds it twice); the store orders them with one
 * bound value. Only when the search is all the list asks and its count is the ids' (else other
 * conditions could drop some of those first ids from the page); the where as it was when the store
 * cannot order by the list's sort.
 */
async function onlyThePage(
  req: PayloadRequest,
  collection: string,
  read: ReadArgs,
  ids: Id[],
): Promise<Where | undefined> {
  const count = (read.page || 1) * read.limit!
  const store = listSearchStore(req.payload)
  if (!store || count >= ids.length) return read.where
  const first = await store
    .first({ req, collection, ids, sort: read.sort, count })
    .catch((error: unknown) => {
      req.payload.logger.error({ err: error, msg: 'The admin list search could not order its matches' })
      return null
    })
  return first ? idsWhere(first) : read.where
}

/** The page Payload found, with the totals of the index's count. */
export const totalsFrom: CollectionAfterOperationHook = ({ args, operation, result }) => {
  if (operation !== 'find') return result
  const read = args as ReadArgs
  const total = read[COUNTED]
  // An empty page as Payload answers it: a search's count is over the page's rows there (0 past
  // the last page), while the unfiltered list's is a count of its own (the totals past it too).
  if (total === undefined || !read.limit) return result
  if (result.docs.length === 0 && (total === 0 || read[SEARCHED])) return result
  const limit = read.limit
  const page = read.page || 1
  const totalPages = Math.ceil(total / limit)
  return {
    ...result,
    totalDocs: total,
    totalPages,
    page,
    pagingCounter: (page - 1) * limit + 1,
    hasPrevPage: page > 1,
    hasNextPage: page < totalPages,
    prevPage: page > 1 ? page - 1 : null,
    nextPage: page < totalPages ? page + 1 : null,
  }
}
