import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { DatabaseAdapter } from 'payload'

import type { FacetQueries } from './index'

/**
 * The release facets on MongoDB: the same rule as src/access/publicRelease.ts (`null` matches a
 * missing embargo too), on the collection indexes declared in collections/PressReleases.
 */
export function mongodbFacets(db: DatabaseAdapter, now: Date): FacetQueries {
  const releases = (db as unknown as MongooseAdapter).collections['press-releases']
  if (!releases) throw new Error('The press-releases collection has no MongoDB model.')
  const isPublic = { _status: 'published', $or: [{ embargoUntil: null }, { embargoUntil: { $lte: now } }] }
  return {
    async latestPublicDateBefore(before) {
      const doc = await releases
        .findOne({ ...isPublic, 'dateline.date': before ? { $lt: new Date(before) } : { $ne: null } })
        .sort({ 'dateline.date': -1 })
        .select({ 'dateline.date': 1 })
        .lean<{ dateline?: { date?: Date | string } }>()
      const date = doc?.dateline?.date
      return date ? new Date(date).toISOString() : undefined
    },
    async linkedFromPublic(relation) {
      const ids: unknown[] = await releases.distinct(relation, isPublic)
      return ids.filter((id) => id != null).map((id) => String(id))
    },
  }
}
