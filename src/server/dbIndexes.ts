import { createHash } from 'node:crypto'

import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { getTableColumns } from '@payloadcms/db-sqlite/drizzle'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SanitizedConfig } from 'payload'

/**
 * Indexes the SQLite schema needs at scale that Payload does not declare (issue 12), added to the
 * schema generically so that the next collection, global, array or block gets them too; the
 * committed migrations are generated from this schema (`npm run migrate:create`).
 *
 * - Every `*_locales` table: `_parent_id`. Payload creates only UNIQUE(_locale, _parent_id), which
 *   cannot serve the `_parent_id = ?` sub-query that reads a row's localized fields, so each row
 *   read scanned the whole locales table: the admin's draft list grew quadratically.
 * - Every versions table: (latest, <sort column>, created_at) for the sorts of the admin's list of
 *   drafts (Payload's queryDrafts: `where latest = 1 order by version_<sort> desc, created_at desc
 *   limit n`), i.e. updatedAt, createdAt and the collection's defaultSort, so that a page is read
 *   from the index instead of sorting every latest version.
 * - The main table of a collection with drafts: (<sort column>, created_at) for updatedAt and the
 *   defaultSort, the order of a staff read of published versions (the REST API without `draft`,
 *   `order by <sort>, created_at desc limit n`). Without it SQLite sorts every row, and it builds
 *   each row's localized, relationship and join sub-selects before sorting: 1.25 s for ten
 *   releases at 100,000 (48 ms at 1,000), 110-150 ms for ten events, speeches or documents.
 * What both adapters should have (the public lists' sorts) is declared in the collections instead.
 */

type Table = Parameters<SQLiteSchemaHook>[0]['schema']['tables'][string]

/** SQLite has no limit on names; Payload keeps them to 60 characters, and so do we. */
export function indexName(table: string, columns: string[]): string {
  const name = `${table}_${columns.join('_')}_idx`.replace(/__+/g, '_')
  if (name.length <= 60) return name
  const hash = createHash('sha1').update(name).digest('hex').slice(0, 8)
  return `${name.slice(0, 51)}_${hash}`
}

/** A field path as Payload names its column (`dateline.date` → dateline_date, `startsAt` → starts_at). */
function toSnakeCase(path: string): string {
  return path
    .replaceAll('.', '_')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
}

/** The column names of an admin list's sort in a versions table (`-dateline.date` → version_dateline_date). */
export function versionSortColumns(defaultSort: unknown): string[] {
  const sorts = Array.isArray(defaultSort) ? defaultSort : [defaultSort]
  return sorts
    .filter((sort): sort is string => typeof sort === 'string' && sort.length > 0)
    .map((sort) => `version_${toSnakeCase(sort.replace(/^-/, ''))}`)
}

/** The column names of a sort in a collection's own table (`-dateline.date` → dateline_date). */
export function sortColumns(defaultSort: unknown): string[] {
  return versionSortColumns(defaultSort).map((column) => column.replace(/^version_/, ''))
}

/**
 * The default sort of each versions table and of its collection's own table, by table name.
 * SQLite's hook type omits the adapter that Payload passes to it (the Postgres one declares it),
 * hence the narrow read.
 */
function defaultSorts(args: unknown): Map<string, string[]> {
  const config = (args as { adapter?: { payload?: { config?: SanitizedConfig } } }).adapter?.payload?.config
  const sorts = new Map<string, string[]>()
  for (const collection of config?.collections ?? []) {
    if (!collection.versions) continue
    const table = collection.slug.replaceAll('-', '_')
    sorts.set(`_${table}_v`, versionSortColumns(collection.defaultSort))
    sorts.set(table, sortColumns(collection.defaultSort))
  }
  return sorts
}

/**
 * The indexes (as column lists) one table should have beyond Payload's own. `sorts` is given for
 * the two tables of a collection with versions: its default sort's columns in that table.
 */
export function wantedIndexes(table: string, columns: Set<string>, sorts?: string[]): string[][] {
  const wanted: string[][] = []
  if (table.endsWith('_locales') && columns.has('_parent_id')) wanted.push(['_parent_id'])
  if (!columns.has('created_at')) return wanted
  if (columns.has('latest') && columns.has('parent_id')) {
    const wantedSorts = new Set(['version_updated_at', 'version_created_at', ...(sorts ?? [])])
    for (const sort of wantedSorts) if (columns.has(sort)) wanted.push(['latest', sort, 'created_at'])
  } else if (sorts) {
    // By createdAt alone needs no tie-break: Payload's own created_at index serves it.
    const wantedSorts = new Set(['updated_at', ...sorts])
    for (const sort of wantedSorts)
      if (sort !== 'created_at' && columns.has(sort)) wanted.push([sort, 'created_at'])
  }
  return wanted
}

export const scaleIndexes: SQLiteSchemaHook = (args) => {
  const { schema, extendTable } = args
  const sorts = defaultSorts(args)
  for (const [name, table] of Object.entries(schema.tables) as [string, Table][]) {
    // Column SQL names → the keys drizzle gives the columns in extraConfig.
    const columns = Object.entries(getTableColumns(table) as Record<string, { name: string }>)
    const keys = new Map(columns.map(([key, column]) => [column.name, key]))
    const wanted = wantedIndexes(name, new Set(keys.keys()), sorts.get(name))
    if (!wanted.length) continue
    extendTable({
      table,
      extraConfig: (cols) =>
        Object.fromEntries(
          wanted.map((columns) => {
            const [first, ...rest] = columns.map((column) => cols[keys.get(column)!])
            const key = indexName(name, columns)
            return [key, index(key).on(first, ...rest)]
          }),
        ),
    })
  }
  return schema
}
