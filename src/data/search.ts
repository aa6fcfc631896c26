import { tagsFor } from '@/cache/tags'
import type { Locale } from '@/content/locales'
import {
  analyzeQuery,
  excerptAround,
  matchedWords,
  queryLanguage,
  searchStore,
  type AnalyzedQuery,
  type SearchCollection,
  type SearchMatch,
} from '@/server/search'

import { cachedFetcher } from './cache'
import { payloadClient } from './payload'
import type { SearchHit, SearchResults, Suggestion } from './searchHits'
import { searchPreview } from './searchPreview'
import { searchGroups, type SearchGroup } from './searchSources'
import { ownTitles } from './searchTitles'
import type { Viewer } from './viewer'

/**
 * The site search: the full-text index (src/server/search), which holds the public side of
 * public records only, so a visitor never matches nor counts a draft, an embargoed release, a
 * comment or a note. Staff previewing drafts get the Local API's search over the drafts
 * (./searchPreview.ts). Ranked by relevance within each group; English and Russian words match
 * their other forms; a Russian or Chinese reader also finds English-only text (marked lang="en").
 */

export { searchGroups, type SearchGroup }
export type { SearchHit, SearchResults, Suggestion }

const groupOf: Record<SearchCollection, SearchGroup> = {
  'press-releases': 'releases',
  events: 'events',
  speeches: 'speeches',
  participants: 'participants',
  documents: 'documents',
}

/** The maximum length of a query, as the search form's `maxLength`. */
export const maxQueryLength = 200

const localesFor = (locale: Locale): Locale[] => (locale === 'en' ? ['en'] : [locale, 'en'])

/**
 * One match per record, best rank first: its entry in the reader's language when that matched,
 * else its English one (the reader's own entry falls back to English field by field already).
 */
function perRecord(matches: SearchMatch[], locale: Locale): SearchMatch[] {
  const best = new Map<string, SearchMatch>()
  for (const match of matches) {
    const key = `${match.collection}:${match.recordId}`
    const known = best.get(key)
    if (!known || (match.locale === locale && known.locale !== locale))
      best.set(key, { ...match, rank: Math.min(match.rank, known?.rank ?? match.rank) })
  }
  return [...best.values()].sort((a, b) => a.rank - b.rank)
}

function hitOf(match: SearchMatch, query: AnalyzedQuery, locale: Locale, ownTitle?: string): SearchHit {
  const { excerpt, index } = excerptAround(
    match.texts.map((text) => text.text),
    query,
  )
  const english = match.locale !== locale
  // Matched by its English text only, but it has a title in the reader's language: the page it
  // links to is in that language, so the hit is named in it (the English excerpt stays marked).
  const title = ownTitle ?? match.title
  return {
    id: match.recordId,
    group: groupOf[match.collection],
    slug: match.slug,
    title,
    excerpt,
    marks: matchedWords([title, excerpt], query),
    ...(match.date && { date: match.date }),
    ...(!ownTitle && (english || match.titleEnglish) && { titleLang: 'en' as const }),
    ...((english || match.texts[index]?.english) && { excerptLang: 'en' as const }),
  }
}

/**
 * The public index's matches in one language, by group: its entries, then English ones (a
 * Russian reader also finds English-only text), one per record whichever entries matched.
 */
async function indexMatches(analyzed: AnalyzedQuery, locale: Locale, limit: number) {
  // Twice the limit: a record may match in both the reader's language and English.
  const matches = await searchStore(await payloadClient()).search({
    query: analyzed,
    locales: localesFor(locale),
    now: new Date(),
    perCollection: locale === 'en' ? limit : limit * 2,
  })
  const records = perRecord(matches, locale)
  return searchGroups
    .map((group) => ({
      group,
      found: records.filter((match) => groupOf[match.collection] === group).slice(0, limit),
    }))
    .filter((entry) => entry.found.length > 0)
}

const totalOf = (groups: { found: unknown[] }[]) => groups.reduce((sum, entry) => sum + entry.found.length, 0)

async function searchIndex(query: string, locale: Locale, limit: number): Promise<SearchResults> {
  const analyzed = analyzeQuery(query)
  const groups = await indexMatches(analyzed, locale, limit)
  const titles = await ownTitles(
    groups.flatMap((entry) => entry.found),
    locale,
  )
  return {
    query,
    total: totalOf(groups),
    groups: groups.map(({ group, found }) => ({
      group,
      hits: found.map((match) =>
        hitOf(match, analyzed, locale, titles.get(`${match.collection}:${match.recordId}`)),
      ),
    })),
  }
}

/**
 * Public results are kept in Next's data cache per query and language, and dropped with every
 * page when a searchable record changes (its collection's tag): the words readers look for after
 * a release come back many times, and each costs ~15 ms of index reads (docs/benchmarks.md).
 * Bounded like every cached read (Next's cache size; Redis's memory policy when shared).
 */
const cachedSearch = cachedFetcher(
  'search',
  () => tagsFor('press-releases', 'events', 'speeches', 'participants', 'documents'),
  (_viewer, trimmed: string, locale: Locale, limit: number) => searchIndex(trimmed, locale, limit),
)

export async function searchSite(
  viewer: Viewer,
  query: string,
  locale: Locale,
  limit = 10,
): Promise<SearchResults> {
  const trimmed = query.trim().slice(0, maxQueryLength)
  if (!trimmed) return { query: trimmed, total: 0, groups: [] }
  if (viewer.draft) return searchPreview(viewer, trimmed, locale, limit)
  return cachedSearch(viewer, trimmed, locale, limit)
}

/** The same search in the language a query's script points to, when that is not the page's. */
export type OtherLanguage = { locale: Locale; total: number }

/** The hits a page shows in its own language: neither the title nor the excerpt in English. */
export const ownLanguageHits = (results: SearchResults): number =>
  results.groups.reduce(
    (sum, { hits }) => sum + hits.filter((hit) => !hit.titleLang && !hit.excerptLang).length,
    0,
  )

/**
 * "A search typed in another script offers the matching language's results" (issue 13): a
 * Cyrillic query on the English or Chinese page counts the Russian page's results, a Han one the
 * Chinese page's, a Latin one on the Russian or Chinese page the English page's. Offered when
 * that language finds more than this page finds in its own language (a Russian page finds the
 * English text of untranslated records too, marked English: those do not count as found here).
 * Always from the public index, whoever asks: a staff preview is offered what the public would
 * find there. Undefined when there is nothing to offer.
 */
export async function searchOtherLanguage(
  results: SearchResults,
  locale: Locale,
  limit = 10,
): Promise<OtherLanguage | undefined> {
  const other = queryLanguage(results.query)
  if (!other || other === locale) return undefined
  const total = totalOf(await indexMatches(analyzeQuery(results.query), other, limit))
  return total > ownLanguageHits(results) ? { locale: other, total } : undefined
}

/** Up to `limit` public titles for what the reader has typed so far (its last word a prefix). */
export async function suggestTitles(query: string, locale: Locale, limit = 6): Promise<Suggestion[]> {
  const analyzed = analyzeQuery(query.trim())
  if (analyzed.terms.length === 0) return []
  const store = searchStore(await payloadClient())
  const matches = await store.suggest({
    query: analyzed,
    locales: localesFor(locale),
    now: new Date(),
    perCollection: limit * 2,
  })
  return perRecord(matches, locale)
    .slice(0, limit)
    .map((match) => ({
      group: groupOf[match.collection],
      slug: match.slug,
      title: match.title,
      ...((match.locale !== locale || match.titleEnglish) && { lang: 'en' as const }),
    }))
}
