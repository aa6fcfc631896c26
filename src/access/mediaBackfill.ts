import type { PayloadRequest } from 'payload'

import type { Id } from '@/content/relations'

import { mediaIdsOf, mediaSourceSlugs, mediaSources, type MediaSource } from './mediaSources'
import { refreshMediaVisibility } from './mediaVisibility'

const pageSize = 200

/** The top-level fields of a source that hold media: what a backfill reads. */
function selectOf(source: MediaSource): Record<string, true> {
  return Object.fromEntries(
    [...source.uploads, ...source.richText].map((path) => [path.split('.')[0]!, true]),
  )
}

/**
 * Computes `mediaUsed` of every record of every media source (the stored copy and the latest
 * version, every locale) and then every file's `publicFrom`, for data saved before the hooks
 * existed or written around them (a direct adapter import). Through the database adapter only,
 * so the same code serves SQLite (the migration) and MongoDB; with `req`, in its transaction.
 */
export async function backfillMediaVisibility(
  req: PayloadRequest,
): Promise<{ records: number; files: number }> {
  const { db } = req.payload
  const files: Id[] = []
  for (let page = 1; ; page++) {
    const result = await db.find({ collection: 'media', limit: pageSize, page, sort: 'id', req, select: {} })
    files.push(...result.docs.map((media) => media.id as Id))
    if (!result.hasNextPage) break
  }
  const existing = new Set(files.map(String))
  const usedBy = (source: MediaSource, doc: unknown) =>
    mediaIdsOf(source, doc).filter((id) => existing.has(String(id)))

  let records = 0
  for (const collection of mediaSourceSlugs) {
    const source: MediaSource = mediaSources[collection]
    const select = selectOf(source)
    for (let page = 1; ; page++) {
      const result = await db.find({
        collection,
        locale: 'all',
        limit: pageSize,
        page,
        sort: 'id',
        req,
        select,
      })
      for (const doc of result.docs) {
        await db.updateOne({
          collection,
          id: doc.id,
          data: { mediaUsed: usedBy(source, doc) },
          req,
          returning: false,
        })
        records++
      }
      if (!result.hasNextPage) break
    }
    // The latest version: what an approved release would show (src/access/mediaUse.ts).
    for (let page = 1; ; page++) {
      const result = await db.findVersions({
        collection,
        where: { latest: { equals: true } },
        locale: 'all',
        // Only what it needs: this runs inside a migration, on a schema that later migrations
        // extend, and a read of every column of today's config would name columns not there yet.
        select: { version: select } as never,
        limit: pageSize,
        page,
        sort: 'id',
        req,
      })
      for (const version of result.docs)
        await db.updateVersion({
          collection,
          id: version.id,
          versionData: { version: { mediaUsed: usedBy(source, version.version) } } as never,
          req,
          returning: false,
        })
      if (!result.hasNextPage) break
    }
  }
  for (let start = 0; start < files.length; start += pageSize)
    await refreshMediaVisibility(req, files.slice(start, start + pageSize))
  return { records, files: files.length }
}
