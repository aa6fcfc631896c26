import { locales, type Locale } from '@/content/locales'

import type { QueryTerm } from './analyze'
import { searchCollections, type SearchCollection } from './types'

/**
 * The SQLite index's FTS5 tables and what a query asks them (./sqlite.ts): names from fixed
 * lists only, as a table name cannot be a bound parameter. Per collection and language, one table
 * of every entry the public may find now and one of its newest entries, which bm25 ranks; one
 * table for entries under embargo when indexed, whose `scope` column names their collection and
 * language. Created by migrations 20261202_000000_search_per_language and 20261202_180000_search_recent.
 */

const scopeOf: Record<SearchCollection, string> = {
  'press-releases': 'releases',
  events: 'events',
  speeches: 'speeches',
  participants: 'participants',
  documents: 'documents',
}

const checked = (locale: Locale) => {
  if (!locales.includes(locale)) throw new Error(`No search table for the language "${locale}".`)
  return locale
}

/** Every entry of a collection in a language that the public may find now. */
export const tableOf = (collection: SearchCollection, locale: Locale): string =>
  `search_fts_${scopeOf[collection]}_${checked(locale)}`

/** The newest entries of `tableOf`, a copy of their tokens (the tables are contentless). */
export const recentOf = (collection: SearchCollection, locale: Locale): string =>
  `search_fts_recent_${scopeOf[collection]}_${checked(locale)}`

/** Entries under embargo when indexed, matched once their lift has passed. */
export const held = 'search_fts_held'

/** What an entry under embargo records of where it belongs, in `held`'s `scope` column. */
export const heldScope = (collection: SearchCollection, locale: Locale): string =>
  `${scopeOf[collection]} ${checked(locale)}`

export const allTables = [
  ...searchCollections.flatMap((c) => locales.flatMap((l) => [tableOf(c, l), recentOf(c, l)])),
  held,
]

export const quote = (token: string) => `"${token.replaceAll('"', '""')}"`

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
