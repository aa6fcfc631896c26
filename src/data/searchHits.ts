import type { SearchGroup } from './searchSources'

/** What the search page shows: hits by group, from the index (./search.ts) or a preview (./searchPreview.ts). */

export type SearchHit = {
  id: number | string
  group: SearchGroup
  slug: string
  title: string
  /** Text around the first match, for highlighting. */
  excerpt: string
  /** The words of the title and the excerpt that matched the query (stemmed): what is highlighted. */
  marks: string[]
  date?: string
  /** 'en' on a Russian or Chinese page when the title or the excerpt is English (fallback). */
  titleLang?: 'en'
  excerptLang?: 'en'
}

export type SearchResults = {
  query: string
  total: number
  groups: { group: SearchGroup; hits: SearchHit[] }[]
}

/** A title the search box suggests while the reader types. */
export type Suggestion = { group: SearchGroup; slug: string; title: string; lang?: 'en' }
