import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { SQL } from '@payloadcms/db-sqlite/drizzle'
import type { DatabaseAdapter, PayloadRequest } from 'payload'

import { locales, type Locale } from '@/content/locales'

import type { QueryTerm } from './analyze'
import {
  searchCollections,
  type EntryShown,
  type SearchCollection,
  type SearchMatch,
  type SearchRequest,
  type SearchStore,
} from './types'

/**
 * The index on SQLite: FTS5, which libsql ships (https://www.sqlite.org/fts5.html). Tables from
 * migrations 20261130_230000_search_index and 20261202_000000_search_per_language:
 * `search_entries` (what a hit shows, one row per record and language, its id the FTS rowid) and
 * one FTS5 table per collection and language, contentless (the tokens are ours, analyzed by
 * ./analyze; contentless_delete lets a row go). Entries under embargo when indexed go to
 * `search_fts_held` instead, whose `scope` names their collection and language: few, and matched
 * once their lift has passed.
 *
 * Why a table per collection and language: bm25 counts every phrase of a query over its whole
 * table before it ranks a row, so a filter inside the MATCH (one table, a scope column) cost
 * ~25 ms per statement at 100,000 releases; here a ranked query holds the reader's words only.
 * Ranked by bm25 with the title above the people named and the body; `words` (a title's words,
 * unstemmed) serves prefix suggestions only.
 */

/** Search: the title above the names above the body. Suggestions: by the title's words. */
const searchWeights = [10.0, 5.0, 1.0, 0.0, 0.0]
const suggestWeights = [2.0, 0.0, 0.0, 10.0, 0.0]
/**
 * bm25 ranks at most this many matches per table, the most recently indexed (the highest rowids):
 * ranking costs a lookup per row, so a common word over 100,000 releases ("cooperation": 87,504
 * matches) would cost ~130 ms, and with the bound it costs about the same at any size. A reader of
 * a newsroom looks for recent news first; an older release is found by adding a word. 1,000
 * rather than 2,000: the engine's p95 at 100k from 34 to 21 ms (docs/benchmarks.md).
 */
const candidates = 1000
/** Entries under embargo matched at most, per search (a newsroom holds a handful at a time). */
const heldLimit = 500
const scopeOf: Record<SearchCollection, string> = {
  'press-releases': 'releases',
  events: 'events',
  speeches: 'speeches',
  participants: 'participants',
  documents: 'documents',
}
const held = 'search_fts_held'
/** Names from fixed lists only: a table name cannot be a bound parameter. */
const tableOf = (collection: SearchCollection, locale: Locale): string => {
  if (!locales.includes(locale)) throw new Error(`No search table for the language "${locale}".`)
  return `search_fts_${scopeOf[collection]}_${locale}`
}
const allTables = [...searchCollections.flatMap((c) => locales.map((l) => tableOf(c, l))), held]

const quote = (token: string) => `"${token.replaceAll('"', '""')}"`

function termExpression(term: QueryTerm): string {
  if ('phrase' in term) return quote(term.phrase.join(' '))
  return term.stem === term.word ? quote(term.stem) : `(${quote(term.stem)} OR ${quote(term.word)})`
}

/** Every term, in the title, the names or the body. */
export function matchExpression(terms: QueryTerm[]): string | undefined {
  if (terms.length === 0) return undefined
  return `{title names body} : (${terms.map(termExpression).join(' AND ')})`
}

/** The earlier terms anywhere, the last word as a prefix of a title's word. */
export function prefixExpression(terms: QueryTerm[], last: string): string | undefined {
  if (!last) return matchExpression(terms)
  const earlier = terms.slice(0, -1).map(termExpression)
  return [...earlier.map((term) => `{title names body} : ${term}`), `{words} : ${quote(last)}*`].join(' AND ')
}

type Row = Record<string, unknown>
/** What we use of drizzle's SQLite database or transaction (the adapter's types span Postgres too). */
type Writer = { run: (query: SQL) => Promise<unknown>; all: <T>(query: SQL) => Promise<T[]> }
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

export function sqliteSearch(db: DatabaseAdapter): SearchStore {
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
   * The best `limit` of one table among its `candidates` newest matches, in one pass: FTS5 walks
   * the matches newest first and stops at the bound, and bm25 ranks only those.
   */
  const best = (table: string, match: string, weights: number[], limit: number) =>
    rows(
      `SELECT id, rank FROM (
          SELECT rowid AS id, bm25(${table}, ${weights.join(', ')}) AS rank FROM ${table}
          WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ?
        ) ORDER BY rank LIMIT ?`,
      [match, candidates, limit],
    )

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
        open.push(...(await best(tableOf(collection, locale), match, weights, request.perCollection)))
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
    async replace(req, collection, recordId, entries) {
      const tx = await writer(req)
      const old = await tx.all<{ id: number; locale: Locale; public_from: string | null }>(
        sql`SELECT id, locale, public_from FROM search_entries
          WHERE collection = ${collection} AND record_id = ${recordId}`,
      )
      for (const { id, locale, public_from } of old) {
        const table = public_from ? held : tableOf(collection, locale)
        await tx.run(sql`DELETE FROM ${sql.identifier(table)} WHERE rowid = ${id}`)
        await tx.run(sql`DELETE FROM search_entries WHERE id = ${id}`)
      }
      for (const entry of entries) {
        const [inserted] = await tx.all<{ id: number }>(sql`INSERT INTO search_entries
            (collection, record_id, locale, slug, title, title_english, texts, date, public_from)
          VALUES (${collection}, ${recordId}, ${entry.locale}, ${entry.slug}, ${entry.title},
            ${entry.titleEnglish ? 1 : 0}, ${JSON.stringify(entry.texts)}, ${entry.date}, ${entry.publicFrom})
          RETURNING id`)
        const { title, names, body, words } = entry.tokens
        const table = entry.publicFrom ? held : tableOf(collection, entry.locale)
        const scope = entry.publicFrom ? `${scopeOf[collection]} ${entry.locale}` : ''
        await tx.run(sql`INSERT INTO ${sql.identifier(table)} (rowid, title, names, body, words, scope)
          VALUES (${inserted!.id}, ${title}, ${names}, ${body}, ${words}, ${scope})`)
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
