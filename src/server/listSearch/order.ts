import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { getTableColumns } from '@payloadcms/db-sqlite/drizzle'

import { versionSortColumns } from '../dbIndexes'

/** Where a list of drafts sorted by `sort` takes its order from: a column of the versions table. */
export type VersionOrder = { table: string; column: string; descending: boolean }

/**
 * The versions table's column that Payload's drafts query orders a list by (`-dateline.date` →
 * `version_dateline_date`, descending), when the sort is one plain column of that table; then,
 * as Payload does, the newest version first (`created_at` descending). Null for anything else: a
 * localized field (its column is in the `_locales` table), a relationship, several sorts, a
 * collection without drafts. Which columns Payload sorts by is checked by tests/list-search.test.ts
 * against Payload's own pages.
 */
export function versionOrder(adapter: SQLiteAdapter, collection: string, sort: unknown): VersionOrder | null {
  const one = Array.isArray(sort) ? (sort.length === 1 ? sort[0] : undefined) : sort
  if (typeof one !== 'string' || one.includes(',')) return null
  const table = `_${collection.replaceAll('-', '_')}_v`
  const schema = adapter.tables?.[table]
  const [column] = versionSortColumns(one)
  if (!schema || !column) return null
  const columns = getTableColumns(schema) as Record<string, { name: string }>
  const names = new Set(Object.values(columns).map((field) => field.name))
  if (!names.has(column) || !names.has('latest') || !names.has('parent_id')) return null
  return { table, column, descending: one.startsWith('-') }
}
