import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { SQL } from '@payloadcms/db-sqlite/drizzle'
import type { DatabaseAdapter, PayloadRequest } from 'payload'

import {
  LIST_SEARCH_LATEST,
  LIST_SEARCH_LOCALE_CODES,
  LIST_SEARCH_TABLE,
  LIST_SEARCH_TRIGGERS,
  LIST_SEARCH_WRITES,
} from './schema'
import type { Id } from '@/content/relations'

import { versionOrder } from './order'
import { remembered } from './remembered'
import type { ListSearchQuery, ListSearchStore } from './types'

/** drizzle's SQLite database or transaction, as far as we read it. */
type Reader = { all: <T>(query: SQL) => Promise<T[]> }

/** The index's count of writes now, as `remembered` asks it. */
const writesNow = (read: Reader) => async () =>
  (await read.all<{ n: number }>(sql`SELECT n FROM ${sql.identifier(LIST_SEARCH_WRITES)}`))[0]?.n

const quote = (word: string) => `"${word.replaceAll('"', '""')}"`

/** The language's code in the index's rowids; undefined for one it does not hold (or `__proto__`). */
const codeOf = (locale: string): number | undefined =>
  Object.hasOwn(LIST_SEARCH_LOCALE_CODES, locale) ? LIST_SEARCH_LOCALE_CODES[locale] : undefined

/** Counts remembered (./remembered.ts): a number each. */
const REMEMBERED_COUNTS = 200
/** Lists of matches remembered: at most `MAX_IDS` ids each (../listSearch), ~8 KB. */
const REMEMBERED_MATCHES = 50

/**
 * Every word in one field (as LIKE asks of each), not spread over several. One word: one phrase
 * over the set of fields, which FTS5 reads once rather than once a field.
 */
function expressionOf(fields: string[], words: string[]): string {
  if (words.length === 1) return `{${fields.join(' ')}} : ${quote(words[0]!)}`
  const all = words.map(quote).join(' AND ')
  return fields.map((field) => `({${field}} : (${all}))`).join(' OR ')
}

/**
 * The list search on SQLite: the trigram table of ./schema.ts. A trigram phrase matches where
 * its text is a substring, case aside, which is what Payload's `LIKE '%word%'` asks; each word
 * needs three characters or more (the caller keeps LIKE for shorter ones). A row's rowid names
 * its version and language, so the count reads the index alone.
 */
export function sqliteListSearch(db: DatabaseAdapter): ListSearchStore {
  const adapter = db as unknown as SQLiteAdapter
  const table = sql.identifier(LIST_SEARCH_TABLE)
  let ready: Promise<boolean> | undefined
  const counts = remembered<number>(REMEMBERED_COUNTS)
  const matches = remembered<Id[]>(REMEMBERED_MATCHES)

  /**
   * Whether the tables and all the triggers are there. A later schema migration that rebuilds
   * `_press_releases_v_locales` (drizzle copies a table to change a column) drops the triggers
   * with it; the index would then go stale, so the list falls back to Payload's own query.
   */
  const check = async (): Promise<boolean> => {
    const { rows } = await adapter.client.execute({
      sql: `SELECT name FROM sqlite_master WHERE (type = 'trigger' AND name LIKE ? ESCAPE '\\') OR (type = 'table' AND name IN (?, ?, ?))`,
      args: [
        `${LIST_SEARCH_TABLE.replaceAll('_', '\\_')}\\_%`,
        LIST_SEARCH_TABLE,
        LIST_SEARCH_WRITES,
        LIST_SEARCH_LATEST,
      ],
    })
    const found = new Set(rows.map((row) => String(row.name)))
    const missing = [
      LIST_SEARCH_TABLE,
      LIST_SEARCH_WRITES,
      LIST_SEARCH_LATEST,
      ...LIST_SEARCH_TRIGGERS,
    ].filter((name) => !found.has(name))
    if (missing.length === 0) return true
    adapter.payload.logger.error(
      `The admin list search index is incomplete (missing: ${missing.join(', ')}); release lists search without it (with LIKE). A migration that rebuilt the release version tables dropped its triggers: create them and refill the tables as migrations 20261202_090000_list_search_rows and 20261202_190000_list_count do.`,
    )
    return false
  }

  /** The request's transaction when there is one: a hook's read sees its own save. */
  const reader = async (req: PayloadRequest): Promise<Reader | null> => {
    // A failed check (the database busy) is asked again next time, not remembered.
    ready ??= check().catch(() => ((ready = undefined), false))
    if (!(await ready)) return null
    const id = req.transactionID ? await req.transactionID : undefined
    return ((id !== undefined && adapter.sessions?.[id]?.db) || adapter.drizzle) as unknown as Reader
  }

  const count = async ({ req, fields, locale, words }: ListSearchQuery): Promise<number | null> => {
    const code = codeOf(locale)
    const read = code === undefined ? null : await reader(req)
    if (!read) return null
    // Answers are remembered only outside a transaction: one rolled back could leave its count
    // of writes to be reached again by other writes, with other rows.
    const remember = !req.transactionID
    const key = JSON.stringify([locale, fields, words])
    const known = remember ? await counts.get(key, writesNow(read)) : undefined
    if (known !== undefined) return known
    // One statement, one snapshot: the count and the count of writes it belongs to.
    const [row] = await read.all<{ writes: number; count: number }>(
      sql`SELECT (SELECT n FROM ${sql.identifier(LIST_SEARCH_WRITES)}) AS writes,
                 (SELECT count(DISTINCT rowid >> 3) FROM ${table}
                  WHERE ${table} MATCH ${expressionOf(fields, words)} AND (rowid & 7) IN (0, ${code})) AS count`,
    )
    if (!row) return null
    if (remember) counts.set(key, Number(row.writes), Number(row.count))
    return Number(row.count)
  }

  return {
    fields: { 'press-releases': ['headline', 'summary', 'slug'] },
    count,
    async countAll(req, collection) {
      if (collection !== 'press-releases') return null
      const read = await reader(req)
      if (!read) return null
      const [row] = await read.all<{ n: number }>(sql`SELECT n FROM ${sql.identifier(LIST_SEARCH_LATEST)}`)
      return row ? Number(row.n) : null
    },
    async first({ req, collection, ids, sort, count }) {
      const order = versionOrder(adapter, collection, sort)
      const read = order && (await reader(req))
      if (!order || !read) return null
      // The ids as one JSON value: one bound parameter, where Payload's `in` binds each twice.
      const [row] = await read.all<{ ids: string }>(
        sql`SELECT json_group_array(parent_id) AS ids FROM (
              SELECT parent_id FROM ${sql.identifier(order.table)}
              WHERE latest = 1 AND parent_id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))
              ORDER BY ${sql.identifier(order.column)} ${order.descending ? sql`DESC` : sql`ASC`}, created_at DESC
              LIMIT ${count})`,
      )
      return row ? (JSON.parse(row.ids) as Id[]) : null
    },
    async match(query) {
      const { req, fields, locale, words, limit } = query
      // The count first: it reads no row, and a common word is left to LIKE without listing it.
      const total = await count(query)
      if (total === null || total > limit) return null
      if (total === 0) return []
      const read = (await reader(req))!
      const remember = !req.transactionID
      const key = JSON.stringify([locale, fields, words])
      const known = remember ? await matches.get(key, writesNow(read)) : undefined
      // A remembered list is complete (it was at most its limit): past this call's limit, LIKE.
      if (known) return known.length > limit ? null : known
      // One statement, one snapshot, as the count: the ids (a JSON array) and their count of writes.
      const [row] = await read.all<{ writes: number; ids: string }>(
        sql`SELECT (SELECT n FROM ${sql.identifier(LIST_SEARCH_WRITES)}) AS writes,
                   (SELECT json_group_array(parent) FROM (
                      SELECT DISTINCT parent FROM ${table}
                      WHERE ${table} MATCH ${expressionOf(fields, words)}
                        AND (rowid & 7) IN (0, ${codeOf(locale)!})
                      LIMIT ${limit + 1})) AS ids`,
      )
      const parents = JSON.parse(row?.ids ?? '[]') as (Id | null)[]
      if (parents.length > limit) return null
      const ids = parents.filter((parent): parent is Id => parent !== null)
      if (remember && row) matches.set(key, Number(row.writes), ids)
      return ids
    },
  }
}
