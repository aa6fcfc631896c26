import type { Collection, Document } from 'mongodb'

import type { QueryTerm } from './analyze'
import type { SearchCollection, SearchRequest } from './types'

/**
 * Atlas Search for the MongoDB store (./mongodb.ts) when the database is on MongoDB Atlas: a
 * Lucene index over the same `search_entries` documents, ranked by Atlas's BM25 score, where the
 * self-hosted text index ranks by its own term frequency score. The tokens are ours (./analyze),
 * so the index only splits them on spaces (`lucene.whitespace`). Atlas builds a search index in
 * the background: until it answers, and if it ever fails, the store searches with `$text`.
 * Type-checked only: no MongoDB, let alone Atlas, runs in this project's tests.
 */

export const atlasIndexName = 'search_entries_atlas'

const tokens = { type: 'string', analyzer: 'lucene.whitespace' } as const
const definition = {
  mappings: {
    dynamic: false,
    fields: {
      title_t: tokens,
      names_t: tokens,
      body_t: tokens,
      collection: { type: 'token' },
      locale: { type: 'token' },
      publicFrom: { type: 'date' },
    },
  },
}

/** Whether a MongoDB connection string names Atlas hosts (`*.mongodb.net`). */
export function isAtlasUrl(url: string | false | undefined): boolean {
  if (!url) return false
  const hosts = /^mongodb(?:\+srv)?:\/\/(?:[^@/]*@)?([^/?]+)/i.exec(url)?.[1]
  return Boolean(hosts?.split(',').some((host) => /\.mongodb\.net(?::\d+)?$/i.test(host)))
}

const phraseOf = (term: QueryTerm) => ('phrase' in term ? term.phrase.join(' ') : term.stem)

/** How often to ask again whether the index answers, while Atlas builds it. */
const recheckMs = 60_000

export type AtlasSearch = {
  /** Ranked entries of one collection, or undefined when Atlas Search cannot answer now. */
  best: (
    collection: SearchCollection,
    request: SearchRequest,
  ) => Promise<(Document & { score: number })[] | undefined>
}

export function atlasSearch(entries: () => Collection): AtlasSearch {
  let queryable = false
  let checkedAt = 0
  async function ready(): Promise<boolean> {
    if (queryable || Date.now() - checkedAt < recheckMs) return queryable
    checkedAt = Date.now()
    try {
      const [index] = (await entries().listSearchIndexes(atlasIndexName).toArray()) as {
        queryable?: boolean
      }[]
      if (!index) await entries().createSearchIndex({ name: atlasIndexName, definition })
      queryable = index?.queryable === true
    } catch {
      queryable = false
    }
    return queryable
  }

  return {
    async best(collection, request) {
      if (!(await ready())) return undefined
      const path = ['title_t', 'names_t', 'body_t']
      const phrases = request.query.terms.map(phraseOf)
      const pipeline: Document[] = [
        {
          $search: {
            index: atlasIndexName,
            compound: {
              // Every term, anywhere; the title's and the names' matches weigh more, as on SQLite.
              must: phrases.map((query) => ({ phrase: { query, path } })),
              should: phrases.flatMap((query) => [
                { phrase: { query, path: 'title_t', score: { boost: { value: 10 } } } },
                { phrase: { query, path: 'names_t', score: { boost: { value: 5 } } } },
              ]),
              filter: [
                { equals: { path: 'collection', value: collection } },
                { in: { path: 'locale', value: request.locales } },
              ],
              // Under embargo until a lift still ahead (an entry without one has no date to match).
              mustNot: [{ range: { path: 'publicFrom', gt: request.now } }],
            },
          },
        },
        { $limit: request.perCollection },
        { $addFields: { score: { $meta: 'searchScore' } } },
      ]
      try {
        return (await entries().aggregate(pipeline).toArray()) as (Document & { score: number })[]
      } catch {
        queryable = false
        checkedAt = Date.now()
        return undefined
      }
    },
  }
}
