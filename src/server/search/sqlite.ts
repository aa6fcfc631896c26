import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { SQL } from '@payloadcms/db-sqlite/drizzle'
import type { DatabaseAdapter, PayloadRequest } from 'payload'

import type { Locale } from '@/content/locales'

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
 * migration 20261130_230000_search_index: `search_entries` (what a hit shows, one row per
 * record and language) and `search_fts`, contentless (the tokens are ours, analyzed by
 * ./analyze, so storing them again would only double the file; contentless_delete lets a row go).
 * Ranked by bm25 with the title above the people named and the body; `words` (a title's words,
 * unstemmed) serves prefix suggestions only. `scope` (collection, language, "embargoed") lets FTS5
 * filter by itself and keep only the best rows (`ORDER BY rank LIMIT`: no join over every match).
 */

/** Search: the title above the names above the body. Suggestions: by the title's words. */
const searchWeights = 'bm25(search_fts, 10.0, 5.0, 1.0, 0.0, 0.0)'
const suggestWeights = 'bm25(search_fts, 2.0, 0.0, 0.0, 10.0, 0.0)'
/**
 * bm25 ranks at most this many matches per group, the most recently indexed (the highest rowids):
 * ranking costs a lookup per row, so a common word over 100,000 releases would cost ~0.1 s, and
 * with the bound it costs about the same at any size (issue 12: 4 ms against 8 ms for 8,700 matches).
 */
const candidates = 2000
const scopeOf: Record<SearchCollection, string> = {
  'press-releases': 'releases',
  events: 'events',
  speeches: 'speeches',
  participants: 'participants',
  documents: 'documents',
}
const embargoed = 'embargoed'

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

  const rows = async (sql: string, args: (string | number)[]) =>
    (await adapter.client.execute({ sql, args })).rows.map((row) => ({
      id: Number(row.id),
      rank: Number(row.rank),
    }))

  /**
   * The best `limit` among the `candidates` newest matches: the subquery finds the lowest rowid
   * among those (none when there are fewer, hence the 0), in the same statement.
   */
  const best = async (match: string, weights: string, limit: number) =>
    rows(
      `SELECT rowid AS id, ${weights} AS rank FROM search_fts
        WHERE search_fts MATCH ? AND rowid >= coalesce((
          SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?
        ), 0) ORDER BY rank LIMIT ?`,
      [match, match, candidates - 1, limit],
    )

  /** Entries under embargo when indexed: few, matched once their lift has passed. */
  const lifted = (match: string, weights: string, limit: number, now: string) =>
    rows(
      `SELECT m.id, m.rank FROM (
          SELECT rowid AS id, ${weights} AS rank FROM search_fts WHERE search_fts MATCH ?
        ) m JOIN search_entries e ON e.id = m.id WHERE e.public_from <= ? ORDER BY m.rank LIMIT ?`,
      [match, now, limit],
    )

  /** The best `perCollection` entries of each collection: ids and ranks first, then what they show. */
  async function ranked(
    match: string | undefined,
    request: SearchRequest,
    weights: string,
  ): Promise<SearchMatch[]> {
    if (!match) return []
    const locales = request.locales.map(quote).join(' OR ')
    const found: { id: number; rank: number }[] = []
    for (const collection of searchCollections) {
      const scoped = `(${match}) AND {scope} : (${quote(scopeOf[collection])}) AND {scope} : (${locales})`
      const open = await best(`${scoped} NOT {scope} : ${quote(embargoed)}`, weights, request.perCollection)
      const held = await lifted(
        `${scoped} AND {scope} : ${quote(embargoed)}`,
        weights,
        request.perCollection,
        request.now.toISOString(),
      )
      found.push(...[...open, ...held].sort((a, b) => a.rank - b.rank).slice(0, request.perCollection))
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
      const old = await tx.all<{ id: number }>(
        sql`SELECT id FROM search_entries WHERE collection = ${collection} AND record_id = ${recordId}`,
      )
      for (const { id } of old) {
        await tx.run(sql`DELETE FROM search_fts WHERE rowid = ${id}`)
        await tx.run(sql`DELETE FROM search_entries WHERE id = ${id}`)
      }
      for (const entry of entries) {
        const [inserted] = await tx.all<{ id: number }>(sql`INSERT INTO search_entries
            (collection, record_id, locale, slug, title, title_english, texts, date, public_from)
          VALUES (${collection}, ${recordId}, ${entry.locale}, ${entry.slug}, ${entry.title},
            ${entry.titleEnglish ? 1 : 0}, ${JSON.stringify(entry.texts)}, ${entry.date}, ${entry.publicFrom})
          RETURNING id`)
        const { title, names, body, words } = entry.tokens
        const scope = [scopeOf[collection], entry.locale, ...(entry.publicFrom ? [embargoed] : [])].join(' ')
        await tx.run(sql`INSERT INTO search_fts (rowid, title, names, body, words, scope)
          VALUES (${inserted!.id}, ${title}, ${names}, ${body}, ${words}, ${scope})`)
      }
    },
    search: (request) => ranked(matchExpression(request.query.terms), request, searchWeights),
    suggest: (request) =>
      ranked(prefixExpression(request.query.terms, request.query.last), request, suggestWeights),
    async clear(req) {
      const tx = await writer(req)
      await tx.run(sql`INSERT INTO search_fts (search_fts) VALUES ('delete-all')`)
      await tx.run(sql`DELETE FROM search_entries`)
    },
    async count() {
      const { rows } = await adapter.client.execute('SELECT count(*) AS n FROM search_entries')
      return Number(rows[0]?.n ?? 0)
    },
  }
}
