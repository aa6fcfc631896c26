import type { Where } from 'payload'

import type { Locale } from '@/content/locales'

import { fallbackLang, markEnglish, textLang } from './english'
import { excerptOf, searchTerms } from './excerpt'
import { payloadClient } from './payload'
import type { SearchHit, SearchResults } from './searchHits'
import { searchGroups, searchSources, type SearchGroup } from './searchSources'
import type { Viewer } from './viewer'

/**
 * The search of staff in draft mode (previewing the site with drafts): the Local API with the
 * reader's access rights (overrideAccess: false), over the latest drafts, which the full-text
 * index (src/server/search) does not hold: it holds the public side only. Payload's `like` is
 * case-insensitive and requires every word, in any order. The public's search is ./search.ts.
 */

async function searchGroup(
  viewer: Viewer,
  group: SearchGroup,
  query: string,
  locale: Locale,
  limit: number,
): Promise<SearchHit[]> {
  const payload = await payloadClient()
  const source = searchSources[group]
  const where: Where = { or: source.fields.map((field) => ({ [field]: { like: query } })) }
  const terms = searchTerms(query)
  // A Russian or Chinese reader also finds records that exist only in English.
  const queryLocales: Locale[] = locale === 'en' ? ['en'] : [locale, 'en']
  const hits = new Map<string, SearchHit>()
  for (const queryLocale of queryLocales) {
    // The selected fields only: typed as the whole record, which the source reads no more of.
    const { docs } = (await payload.find({
      collection: source.collection,
      where,
      locale: queryLocale,
      fallbackLocale: 'en',
      limit,
      sort: source.sort,
      depth: 0,
      select: source.select as never,
      draft: viewer.draft,
      user: viewer.user,
      overrideAccess: false,
      joins: false as never,
    })) as { docs: { id: number | string; slug?: string | null }[] }
    const fresh = docs.filter((doc) => doc.slug && !hits.has(String(doc.id)))
    // Read in the reader's language: which of the texts shown fell back to English. Read in
    // English (records that match only there): all of it is English.
    const english = queryLocale !== locale
    if (!english) {
      const shown = fresh.flatMap((doc) => source.texts(doc).flatMap((text) => text.fields ?? []))
      await markEnglish(viewer, locale, source.collection, fresh, [...new Set([source.title, ...shown])])
    }
    for (const doc of fresh) {
      const texts = source.texts(doc)
      const { excerpt, index } = excerptOf(
        texts.map((text) => text.text),
        terms,
      )
      const title = (doc as Record<string, unknown>)[source.title]
      const date = source.date?.(doc)
      const titleLang = english ? 'en' : fallbackLang(doc, source.title)
      const excerptLang = english ? 'en' : textLang(doc, texts[index]?.fields)
      hits.set(String(doc.id), {
        id: doc.id,
        group,
        marks: terms,
        slug: doc.slug ?? '',
        title: typeof title === 'string' ? title : '',
        excerpt,
        ...(date && { date }),
        ...(titleLang && { titleLang }),
        ...(excerptLang && { excerptLang }),
      })
    }
  }
  return [...hits.values()].slice(0, limit)
}

export async function searchPreview(
  viewer: Viewer,
  trimmed: string,
  locale: Locale,
  limit = 10,
): Promise<SearchResults> {
  const groups = await Promise.all(
    searchGroups.map(async (group) => ({
      group,
      hits: await searchGroup(viewer, group, trimmed, locale, limit),
    })),
  )
  const found = groups.filter((entry) => entry.hits.length > 0)
  return { query: trimmed, total: found.reduce((sum, entry) => sum + entry.hits.length, 0), groups: found }
}
