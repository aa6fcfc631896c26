import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { DatabaseAdapter, PayloadRequest } from 'payload'

import type { QueryTerm } from './analyze'
import { atlasSearch, isAtlasUrl } from './atlas'
import { searchCollections, type SearchMatch, type SearchRequest, type SearchStore } from './types'

/**
 * The index on MongoDB: a `search_entries` collection with a text index over our own tokens
 * (./analyze stems them, so the index's language is 'none' and MongoDB stems nothing), searched
 * with `$text` and ranked by `textScore` (https://www.mongodb.com/docs/manual/core/indexes/index-types/index-text/).
 * Each term is a quoted phrase, so every one is required, as on SQLite; unlike there, a word
 * matches its stem only. Suggestions: a title word's prefix by an anchored regular expression.
 * The index is created on first use, from here, where the adapter's path lives. On Atlas
 * (a `*.mongodb.net` host), searches go to an Atlas Search index of the same documents (./atlas.ts)
 * once Atlas has built it.
 * Type-checked only: no MongoDB runs in this project's tests.
 */

type Session = unknown

const phrase = (term: QueryTerm) =>
  `"${('phrase' in term ? term.phrase.join(' ') : term.stem).replaceAll('"', '')}"`
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function mongodbSearch(db: DatabaseAdapter): SearchStore {
  const adapter = db as unknown as MongooseAdapter
  const entries = () => adapter.connection.collection('search_entries')
  const atlas = isAtlasUrl(adapter.url)
    ? atlasSearch(() => adapter.connection.db!.collection('search_entries'))
    : undefined
  let ready: Promise<unknown> | undefined
  const ensureIndexes = () =>
    (ready ??= Promise.all([
      entries().createIndex(
        { title_t: 'text', names_t: 'text', body_t: 'text' },
        {
          name: 'search_text',
          weights: { title_t: 10, names_t: 5, body_t: 1 },
          default_language: 'none',
          language_override: 'text_language',
        },
      ),
      entries().createIndex({ collection: 1, recordId: 1, locale: 1 }, { unique: true }),
    ]))
  const sessionOf = async (req: PayloadRequest | undefined): Promise<Session | undefined> => {
    const id = req?.transactionID ? await req.transactionID : undefined
    return id === undefined ? undefined : (adapter.sessions as Record<string, Session>)[String(id)]
  }
  const visible = (request: SearchRequest) => ({
    locale: { $in: request.locales },
    $or: [{ publicFrom: null }, { publicFrom: { $lte: request.now } }],
  })
  const toMatch = (doc: Record<string, unknown>, rank: number): SearchMatch => ({
    collection: doc.collection as SearchMatch['collection'],
    recordId: String(doc.recordId),
    locale: doc.locale as SearchMatch['locale'],
    slug: String(doc.slug),
    title: String(doc.title),
    titleEnglish: Boolean(doc.titleEnglish),
    texts: (doc.texts as SearchMatch['texts']) ?? [],
    date: typeof doc.date === 'string' ? doc.date : null,
    rank,
  })

  async function run(request: SearchRequest, filter: Record<string, unknown>, byScore: boolean) {
    await ensureIndexes()
    const found = await Promise.all(
      searchCollections.map((collection) =>
        entries()
          .find(
            { ...filter, ...visible(request), collection },
            byScore ? { projection: { score: { $meta: 'textScore' } } } : {},
          )
          .sort(byScore ? { score: { $meta: 'textScore' } } : { date: -1 })
          .limit(request.perCollection)
          .toArray(),
      ),
    )
    return found.flat().map((doc, index) => toMatch(doc, byScore ? -Number(doc.score ?? 0) : index))
  }

  return {
    async replace(req, collection, records) {
      await ensureIndexes()
      const session = (await sessionOf(req)) as never
      const recordIds = records.map((record) => record.recordId)
      await entries().deleteMany({ collection, recordId: { $in: recordIds } }, { session })
      const list = records.flatMap((record) => record.entries)
      if (list.length === 0) return
      await entries().insertMany(
        list.map(({ tokens, publicFrom, ...shown }) => ({
          ...shown,
          publicFrom: publicFrom ? new Date(publicFrom) : null,
          title_t: tokens.title,
          names_t: tokens.names,
          body_t: tokens.body,
          words: tokens.words,
        })),
        { session },
      )
    },
    async search(request) {
      if (request.query.terms.length === 0) return []
      if (atlas) {
        await ensureIndexes()
        const found = await Promise.all(
          searchCollections.map((collection) => atlas.best(collection, request)),
        )
        if (found.every((docs) => docs !== undefined))
          return found.flat().map((doc) => toMatch(doc, -Number(doc.score ?? 0)))
      }
      return run(request, { $text: { $search: request.query.terms.map(phrase).join(' ') } }, true)
    },
    async suggest(request) {
      const { terms, last } = request.query
      if (!last) return this.search(request)
      const earlier = terms.slice(0, -1)
      return run(
        request,
        {
          words: { $regex: `(^| )${escapeRegex(last)}` },
          ...(earlier.length && { $text: { $search: earlier.map(phrase).join(' ') } }),
        },
        false,
      )
    },
    async clear(req) {
      await entries().deleteMany({}, { session: (await sessionOf(req)) as never })
    },
    async count() {
      return entries().countDocuments()
    },
  }
}
