import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { SQL } from '@payloadcms/db-sqlite/drizzle'
import type { DatabaseAdapter, PayloadRequest } from 'payload'

import type { Locale } from '@/content/locales'

import {
  allTables,
  held,
  heldScope,
  quote,
  recentOf,
  tableOf,
  matchExpression,
  prefixExpression,
} from './sqliteTables'
import {
  searchCollections,
  type EntryShown,
  type SearchCollection,
  type SearchMatch,
  type SearchRequest,
  type SearchStore,
} from './types'

/**
 * The index on SQLite: FTS5, which libsql ships (https://www.sqlite.org/fts5.html), in the tables
 * of ./sqliteTables: `search_entries` (what a hit shows, one row per record and language, its id
 * the FTS rowid) and, per collection and language, a contentless FTS5 table of what the public
 * may find now and one of its `recent` newest entries (the tokens are ours, analyzed by ./analyze;
 * contentless_delete lets a row go). Entries under embargo when indexed go to `search_fts_held`,
 * matched once their lift has passed.
 *
 * Why a table per collection and language: bm25 counts every phrase of a query over its whole
 * table before it ranks a row, so a filter inside the MATCH (one table, a scope column) cost
 * ~25 ms per statement at 100,000 releases; here a ranked query holds the reader's words only.
 *
 * Why bm25 ranks the newest entries only: that count reads each word's whole posting list, which
 * grows with the archive ("cooperation", in 87% of 100,000 releases, cost 4.7 ms however few
 * matches were ranked). Over the newest 1,000 entries of a table it costs what it costs in a
 * newsroom of 1,000 releases. A page the best of them do not fill is completed with older matches,
 * newest first, found without bm25 (the newest few of a posting list: ~0.2 ms at 100,000).
 * Readers of a newsroom look for recent news first; a small newsroom's search is all bm25.
 *
 * Ranked with the title above the people named and the body; `words` (a title's words,
 * unstemmed) serves prefix suggestions only.
 */

/** Search: the title above the names above the body. Suggestions: by the title's words. */
const searchWeights = [10.0, 5.0, 1.0, 0.0, 0.0]
const suggestWeights = [2.0, 0.0, 0.0, 10.0, 0.0]
/** The entries of each table that bm25 ranks: its newest (the highest rowids). */
export const recentEntries = 1000
/**
 * Older matches rank after every bm25 rank (which is negative), newest first: this less the
 * rowid, so that those of two languages' tables interleave by age.
 */
const olderRank = 2 ** 52
/** Record ids bound in one statement at most (SQLite allows 32,766 variables). */
const maxBound = 500
/** Entries under embargo matched at most, per search (a newsroom holds a handful at a time). */
const heldLimit = 500

type Row = Record<string, unknown>
/** What we use of drizzle's SQLite database or transaction (the adapter's types span Postgres too). */
type Writer = {
  run: (query: SQL) => Promise<{ lastInsertRowid?: bigint | number }>
  all: <T>(query: SQL) => Promise<T[]>
}
type Ranked = { id: number; rank: number }

function shownOf(row: Row): EntryShown {
  return {
    collection: row.collection as EntryShown['collection'],
    recordId: String(row.record_id),
    locale: row.locale as Locale,
    slug: String(row.slug),
    title: String(row.title),
    titleEnglish: Boolean(row.title_english),
    texts: JSON.parse(String(row.texts)) as EntryShown['texts'],
    date: typeof row.date === 'string' ? row.date : null,
  }
}

export function sqliteSearch(
  db: DatabaseAdapter,
  { recent = recentEntries }: { recent?: number } = {},
): SearchStore {
  const adapter = db as unknown as SQLiteAdapter
  /** The request's transaction when there is one, so the entries commit or roll back with the save. */
  const writer = async (req: PayloadRequest | undefined) => {
    const id = req?.transactionID ? await req.transactionID : undefined
    return ((id !== undefined && adapter.sessions?.[id]?.db) || adapter.drizzle) as unknown as Writer
  }

  const rows = async (query: string, args: (string | number)[]): Promise<(Ranked & Row)[]> =>
    (await adapter.client.execute({ sql: query, args })).rows.map((row) => ({
      ...row,
      id: Number(row.id),
      rank: Number(row.rank),
    }))

  /**
   * The best `limit` entries of one collection in one language: bm25's best among its newest
   * entries, then, when they are fewer, older matches newest first.
   */
  async function best(
    collection: SearchCollection,
    locale: Locale,
    match: string,
    weights: number[],
    limit: number,
  ): Promise<Ranked[]> {
    const window = recentOf(collection, locale)
    const ranked = await rows(
      `SELECT rowid AS id, bm25(${window}, ${weights.join(', ')}) AS rank FROM ${window}
        WHERE ${window} MATCH ? ORDER BY rank LIMIT ?`,
      [match, limit],
    )
    if (ranked.length >= limit) return ranked
    // Older matches only where the table holds entries older than the window's oldest (in a
    // small newsroom it holds none): two reads of a rowid at either end.
    const table = tableOf(collection, locale)
    const { rows: ends } = await adapter.client.execute(
      `SELECT (SELECT rowid FROM ${window} ORDER BY rowid LIMIT 1) AS edge,
        (SELECT rowid FROM ${table} ORDER BY rowid LIMIT 1) AS oldest`,
    )
    const edge = ends[0]?.edge == null ? Number.MAX_SAFE_INTEGER : Number(ends[0].edge)
    if (ends[0]?.oldest == null || Number(ends[0].oldest) >= edge) return ranked
    const older = await rows(
      `SELECT rowid AS id, 0 AS rank FROM ${table} WHERE ${table} MATCH ? AND rowid < ?
        ORDER BY rowid DESC LIMIT ?`,
      [match, edge, limit - ranked.length],
    )
    return [...ranked, ...older.map(({ id }) => ({ id, rank: olderRank - id }))]
  }

  /** Entries held under embargo when indexed, in these languages, whose lift has passed. */
  const lifted = (match: string, request: SearchRequest, weights: number[]) =>
    rows(
      `SELECT m.id, m.rank, e.collection FROM (
          SELECT rowid AS id, bm25(${held}, ${weights.join(', ')}) AS rank FROM ${held} WHERE ${held} MATCH ?
        ) m JOIN search_entries e ON e.id = m.id WHERE e.public_from <= ? ORDER BY m.rank LIMIT ?`,
      [
        `(${match}) AND {scope} : (${request.locales.map(quote).join(' OR ')})`,
        request.now.toISOString(),
        heldLimit,
      ],
    )

  /** The best `perCollection` entries of each collection: ids and ranks first, then what they show. */
  async function ranked(
    match: string | undefined,
    request: SearchRequest,
    weights: number[],
  ): Promise<SearchMatch[]> {
    if (!match) return []
    const liftedNow = await lifted(match, request, weights)
    const found: Ranked[] = []
    for (const collection of searchCollections) {
      const open: Ranked[] = liftedNow.filter((row) => row.collection === collection)
      for (const locale of request.locales)
        open.push(...(await best(collection, locale, match, weights, request.perCollection)))
      found.push(...open.sort((a, b) => a.rank - b.rank).slice(0, request.perCollection))
    }
    if (found.length === 0) return []
    const rank = new Map(found.map((row) => [row.id, row.rank]))
    const shown = await adapter.client.execute({
      sql: `SELECT * FROM search_entries WHERE id IN (${found.map(() => '?').join(', ')})`,
      args: [...rank.keys()],
    })
    return shown.rows
      .map((row) => ({ ...shownOf(row), rank: rank.get(Number(row.id)) ?? 0 }))
      .sort((a, b) => a.rank - b.rank)
  }

  return {
    async replace(req, collection, records, { later = 0 } = {}) {
      const tx = await writer(req)
      for (let from = 0; from < records.length; from += maxBound) {
        const ids = records.slice(from, from + maxBound).map((record) => record.recordId)
        const old = await tx.all<{ id: number; locale: Locale; public_from: string | null }>(
          sql`SELECT id, locale, public_from FROM search_entries
            WHERE collection = ${collection} AND record_id IN ${ids}`,
        )
        for (const { id, locale, public_from } of old) {
          const tables = public_from ? [held] : [tableOf(collection, locale), recentOf(collection, locale)]
          // Deleting a rowid a contentless_delete table does not hold (out of `recent`) changes nothing.
          for (const table of tables)
            await tx.run(sql`DELETE FROM ${sql.identifier(table)} WHERE rowid = ${id}`)
          await tx.run(sql`DELETE FROM search_entries WHERE id = ${id}`)
        }
      }
      const grown = new Set<Locale>()
      for (const [n, { recordId, entries }] of records.entries()) {
        // A fill's older records stay out of `recent`: as many newer ones will push them out
        // (a rebuild at 10,000 releases: 32 s, against 47 s with every entry through `recent`).
        const windowed = later + (records.length - 1 - n) < recent
        for (const entry of entries) {
          // The highest id yet (a rowid alias): the newest entry of its tables. Not `RETURNING`:
          // a statement that returns rows costs libsql twice one that does not.
          const { lastInsertRowid } = await tx.run(sql`INSERT INTO search_entries
              (collection, record_id, locale, slug, title, title_english, texts, date, public_from)
            VALUES (${collection}, ${recordId}, ${entry.locale}, ${entry.slug}, ${entry.title},
              ${entry.titleEnglish ? 1 : 0}, ${JSON.stringify(entry.texts)}, ${entry.date}, ${entry.publicFrom})`)
          const id = Number(lastInsertRowid)
          const { title, names, body, words } = entry.tokens
          const inWindow = windowed && !entry.publicFrom
          const tables = entry.publicFrom ? [held] : [tableOf(collection, entry.locale)]
          if (inWindow) tables.push(recentOf(collection, entry.locale))
          const scope = entry.publicFrom ? heldScope(collection, entry.locale) : ''
          for (const table of tables)
            await tx.run(sql`INSERT INTO ${sql.identifier(table)} (rowid, title, names, body, words, scope)
              VALUES (${id}, ${title}, ${names}, ${body}, ${words}, ${scope})`)
          if (inWindow) grown.add(entry.locale)
        }
      }
      // What the new entries pushed out of `recent`: the entries past its newest `recent`
      // (search_entries_recent_idx finds the first of them without reading the others).
      for (const locale of grown) {
        const [edge] = await tx.all<{ id: number }>(sql`SELECT id FROM search_entries
          WHERE collection = ${collection} AND locale = ${locale} AND public_from IS NULL
          ORDER BY id DESC LIMIT 1 OFFSET ${recent}`)
        if (edge)
          await tx.run(
            sql`DELETE FROM ${sql.identifier(recentOf(collection, locale))} WHERE rowid <= ${edge.id}`,
          )
      }
    },
    search: (request) => ranked(matchExpression(request.query.terms), request, searchWeights),
    suggest: (request) =>
      ranked(prefixExpression(request.query.terms, request.query.last), request, suggestWeights),
    async clear(req) {
      const tx = await writer(req)
      for (const table of allTables)
        await tx.run(
          sql`INSERT INTO ${sql.identifier(table)} (${sql.identifier(table)}) VALUES ('delete-all')`,
        )
      await tx.run(sql`DELETE FROM search_entries`)
    },
    async count() {
      const { rows } = await adapter.client.execute('SELECT count(*) AS n FROM search_entries')
      return Number(rows[0]?.n ?? 0)
    },
  }
}
