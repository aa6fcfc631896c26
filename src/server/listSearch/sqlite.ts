import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { SQL } from '@payloadcms/db-sqlite/drizzle'
import type { DatabaseAdapter, PayloadRequest } from 'payload'

import { LIST_SEARCH_TABLE, LIST_SEARCH_TRIGGERS } from './schema'
import type { ListSearchStore } from './types'

/** drizzle's SQLite database or transaction, as far as we read it. */
type Reader = { all: <T>(query: SQL) => Promise<T[]> }

const quote = (word: string) => `"${word.replaceAll('"', '""')}"`

/**
 * The list search on SQLite: the trigram table of ./schema.ts. A trigram phrase matches where
 * its text is a substring, case aside, which is what Payload's `LIKE '%word%'` asks; each word
 * needs three characters or more (the caller keeps LIKE for shorter ones).
 */
export function sqliteListSearch(db: DatabaseAdapter): ListSearchStore {
  const adapter = db as unknown as SQLiteAdapter
  let ready: Promise<boolean> | undefined

  /**
   * Whether the table and all its triggers are there. A later schema migration that rebuilds
   * `_press_releases_v_locales` (drizzle copies a table to change a column) drops the triggers
   * with it; the index would then go stale, so the list falls back to Payload's own query.
   */
  const check = async (): Promise<boolean> => {
    const { rows } = await adapter.client.execute({
      sql: `SELECT name FROM sqlite_master WHERE (type = 'trigger' AND name LIKE ? ESCAPE '\\') OR (type = 'table' AND name = ?)`,
      args: [`${LIST_SEARCH_TABLE.replaceAll('_', '\\_')}\\_%`, LIST_SEARCH_TABLE],
    })
    const found = new Set(rows.map((row) => String(row.name)))
    const missing = [LIST_SEARCH_TABLE, ...LIST_SEARCH_TRIGGERS].filter((name) => !found.has(name))
    if (missing.length === 0) return true
    adapter.payload.logger.error(
      `The admin list search index is incomplete (missing: ${missing.join(', ')}); release lists search without it (with LIKE). A migration that rebuilt the release version tables dropped its triggers: create them and refill the table as migration 20261202_030000_list_search does.`,
    )
    return false
  }

  /** The request's transaction when there is one: a hook's read sees its own save. */
  const reader = async (req: PayloadRequest): Promise<Reader> => {
    const id = req.transactionID ? await req.transactionID : undefined
    return ((id !== undefined && adapter.sessions?.[id]?.db) || adapter.drizzle) as unknown as Reader
  }

  return {
    fields: { 'press-releases': ['headline', 'summary', 'slug'] },
    async match({ req, fields, locale, words, limit }) {
      // A failed check (the database busy) is asked again next time, not remembered.
      ready ??= check().catch(() => ((ready = undefined), false))
      if (!(await ready)) return null
      // Every word in one field (as LIKE asks of each), not spread over several.
      const all = words.map(quote).join(' AND ')
      const expression = fields.map((field) => `({${field}} : (${all}))`).join(' OR ')
      const rows = await (
        await reader(req)
      ).all<{ parent: number | string }>(
        sql`SELECT DISTINCT parent FROM ${sql.identifier(LIST_SEARCH_TABLE)}
            WHERE ${sql.identifier(LIST_SEARCH_TABLE)} MATCH ${expression}
              AND locale IN (${locale}, '')
            LIMIT ${limit + 1}`,
      )
      if (rows.length > limit) return null
      return rows.flatMap((row) => (row.parent === null ? [] : [row.parent]))
    },
  }
}
