import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapter } from 'payload'

import type { FacetQueries } from './index'

/**
 * The release facets on SQLite, on the indexes of migration scale_indexes: a public release is
 * `_status = 'published'` with no embargo or one at or before now. Dates are stored as ISO
 * strings in UTC, so they compare as text.
 */
const isPublic = `r._status = 'published' AND (r.embargo_until IS NULL OR r.embargo_until <= ?)`

/** For each record, whether one public release links to it: cost by records, not by releases. */
const linked = {
  event: `SELECT e.id FROM events e WHERE EXISTS (
      SELECT 1 FROM press_releases r WHERE r.event_id = e.id AND ${isPublic})`,
  participants: `SELECT p.id FROM participants p WHERE EXISTS (
      SELECT 1 FROM press_releases_rels l JOIN press_releases r ON r.id = l.parent_id
      WHERE l.participants_id = p.id AND l.path = 'participants' AND ${isPublic})`,
  topics: `SELECT t.id FROM topics t WHERE EXISTS (
      SELECT 1 FROM press_releases_rels l JOIN press_releases r ON r.id = l.parent_id
      WHERE l.topics_id = t.id AND l.path = 'topics' AND ${isPublic})`,
} as const

export function sqliteFacets(db: DatabaseAdapter, now: Date): FacetQueries {
  const { client } = db as unknown as SQLiteAdapter
  const at = now.toISOString()
  return {
    async latestPublicDateBefore(before) {
      const { rows } = await client.execute({
        sql: `SELECT r.dateline_date FROM press_releases r
          WHERE ${isPublic} AND r.dateline_date IS NOT NULL ${before ? 'AND r.dateline_date < ?' : ''}
          ORDER BY r.dateline_date DESC LIMIT 1`,
        args: before ? [at, before] : [at],
      })
      const date = rows[0]?.[0]
      return typeof date === 'string' ? date : undefined
    },
    async linkedFromPublic(relation) {
      const { rows } = await client.execute({ sql: linked[relation], args: [at] })
      return rows.map((row) => Number(row[0]))
    },
  }
}
