import type { CollectionSlug, FlattenedField, Payload } from 'payload'

import { locales } from '@/content/locales'
import type { Id } from '@/content/relations'

/**
 * The archive's bulk path on SQLite: many records per INSERT, one libsql batch (one transaction)
 * per call. Payload's own path (and even `payload.db.create`) runs about ten statements per
 * record and a version, about 150 records a second here; 100,000 releases need more like 1,000.
 * Rows are laid out as Payload's SQLite schema stores them (main table, `_locales`, `_rels`, and
 * the same under `_v` for the version, with `latest`), from the collection's own field config;
 * every column is checked against the table first, so a schema this does not know fails loudly
 * instead of writing half a record. Arrays and blocks are not handled: such collections use
 * `payload.db.create` (write.ts). Ids are assigned here (the seed is the only writer).
 */

type Row = Record<string, unknown>
type Tables = { main: Row[]; locales: Row[]; rels: Row[] }
type Statement = { sql: string; args: unknown[] }
type Client = {
  execute: (statement: Statement | string) => Promise<{ rows: unknown[][] | Record<string, unknown>[] }>
  batch: (statements: Statement[], mode: 'write') => Promise<unknown>
}

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
const tableOf = (slug: string) => snake(slug).replace(/-/g, '_')

/** The SQLite client behind Payload, or undefined on another database. */
export function sqliteClient(payload: Payload): Client | undefined {
  return payload.db.name === 'sqlite' ? (payload.db as unknown as { client: Client }).client : undefined
}

function flatten(
  fields: FlattenedField[],
  data: Row,
  out: { main: Row; locales: Record<string, Row>; rels: Row[] },
  column: string,
  path: string,
): void {
  for (const field of fields) {
    if (!('name' in field)) continue
    const value = data[field.name]
    if (value === undefined) continue
    const name = `${column}${snake(field.name)}`
    if (field.type === 'group' || field.type === 'tab') {
      flatten(field.flattenedFields, (value ?? {}) as Row, out, `${name}_`, `${path}${field.name}.`)
      continue
    }
    if (field.type === 'join') continue
    if (
      field.type === 'array' ||
      field.type === 'blocks' ||
      ('hasMany' in field && field.hasMany && field.type !== 'relationship' && field.type !== 'upload')
    )
      throw new Error(`The bulk path does not write ${field.type} fields (${path}${field.name}).`)
    const relation = field.type === 'relationship' || field.type === 'upload'
    if (relation && typeof field.relationTo !== 'string')
      throw new Error(`The bulk path does not write polymorphic relationships (${path}${field.name}).`)
    if (relation && field.hasMany) {
      ;((value as Id[] | null) ?? []).forEach((id, order) =>
        out.rels.push({
          order: order + 1,
          path: `${path}${field.name}`,
          [`${tableOf(field.relationTo as string)}_id`]: id,
        }),
      )
      continue
    }
    const key = relation ? `${name}_id` : name
    const stored = (v: unknown) =>
      field.type === 'richText' || field.type === 'json'
        ? v == null
          ? null
          : JSON.stringify(v)
        : field.type === 'checkbox'
          ? v
            ? 1
            : 0
          : (v ?? null)
    if (field.localized) {
      for (const locale of locales) {
        const localized = (value as Record<string, unknown> | null)?.[locale]
        if (localized !== undefined) (out.locales[locale] ??= {})[key] = stored(localized)
      }
    } else out.main[key] = stored(value)
  }
}

export type BulkRecord = { data: Row; at: string }

export function bulkWriter(payload: Payload, client: Client) {
  const columns = new Map<string, Set<string>>()
  const columnsOf = async (table: string) => {
    if (!columns.has(table)) {
      const { rows } = await client.execute(`PRAGMA table_info("${table}")`)
      columns.set(table, new Set((rows as Record<string, unknown>[]).map((row) => String(row.name))))
    }
    return columns.get(table)!
  }
  const nextId = async (table: string) => {
    const { rows } = await client.execute(`SELECT coalesce(max(id), 0) AS id FROM "${table}"`)
    return Number((rows[0] as Record<string, unknown>).id) + 1
  }
  const inserts = async (table: string, rows: Row[]): Promise<Statement[]> => {
    if (rows.length === 0) return []
    const known = await columnsOf(table)
    const names = [...new Set(rows.flatMap(Object.keys))]
    const unknown = names.filter((name) => !known.has(name))
    if (unknown.length)
      throw new Error(`Table ${table} has no column ${unknown.join(', ')}: the schema changed.`)
    const perStatement = Math.max(1, Math.floor(30_000 / names.length))
    const statements: Statement[] = []
    for (let from = 0; from < rows.length; from += perStatement) {
      const chunk = rows.slice(from, from + perStatement)
      statements.push({
        sql: `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES ${chunk
          .map(() => `(${names.map(() => '?').join(', ')})`)
          .join(', ')}`,
        args: chunk.flatMap((row) => names.map((name) => row[name] ?? null)),
      })
    }
    return statements
  }

  return async function write(collection: CollectionSlug, records: BulkRecord[]): Promise<Id[]> {
    const fields = payload.collections[collection].config.flattenedFields
    const table = tableOf(collection)
    const versions = `_${table}_v`
    let id = await nextId(table)
    let versionId = await nextId(versions)
    const doc: Tables = { main: [], locales: [], rels: [] }
    const version: Tables = { main: [], locales: [], rels: [] }
    const ids: Id[] = []
    for (const { data, at } of records) {
      const row = { ...data, createdAt: at, updatedAt: at }
      const parent = id++
      const vid = versionId++
      const outDoc = { main: { id: parent }, locales: {} as Record<string, Row>, rels: [] as Row[] }
      flatten(fields, row, outDoc, '', '')
      const outVersion = {
        main: { id: vid, parent_id: parent, created_at: at, updated_at: at, latest: 1, autosave: 0 },
        locales: {} as Record<string, Row>,
        rels: [] as Row[],
      }
      flatten(fields, row, outVersion, 'version_', 'version.')
      for (const [out, tables, parentId] of [
        [outDoc, doc, parent],
        [outVersion, version, vid],
      ] as const) {
        tables.main.push(out.main)
        for (const [locale, values] of Object.entries(out.locales))
          tables.locales.push({ ...values, _locale: locale, _parent_id: parentId })
        tables.rels.push(...out.rels.map((rel) => ({ ...rel, parent_id: parentId })))
      }
      ids.push(parent)
    }
    await client.batch(
      [
        ...(await inserts(table, doc.main)),
        ...(await inserts(`${table}_locales`, doc.locales)),
        ...(await inserts(`${table}_rels`, doc.rels)),
        ...(await inserts(versions, version.main)),
        ...(await inserts(`${versions}_locales`, version.locales)),
        ...(await inserts(`${versions}_rels`, version.rels)),
      ],
      'write',
    )
    return ids
  }
}
