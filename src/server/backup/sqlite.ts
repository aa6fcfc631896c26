import { existsSync } from 'node:fs'
import { copyFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'

import { SQLITE_BUSY_TIMEOUT_MS } from '../sqliteWriteGuard'
import type { Counts } from './manifest'
import { BackupError, type DatabaseBackup } from './types'

/** Tables that an empty, migrated database already fills. */
// The FTS5 index's own tables hold rows of structure even when it indexes nothing
// (https://www.sqlite.org/fts5.html#fts5_shadow_tables); what the site search indexes is in
// search_entries, and the admin list search's table (src/server/listSearch) copies releases; its
// count of writes and its count of latest versions start as one row each.
const bookkeeping = (table: string) =>
  table === 'payload_migrations' ||
  /^(search_fts|list_search)_\w+_(data|idx|config|writes|latest)$/.test(table)

async function open(file: string): Promise<Client> {
  const client = createClient({ url: `file:${file}` })
  await client.execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
  return client
}

async function withClient<T>(file: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = await open(file)
  try {
    return await run(client)
  } finally {
    client.close()
  }
}

async function tableCounts(client: Client): Promise<Record<string, number>> {
  const tables = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )
  const counts: Record<string, number> = {}
  for (const { name } of tables.rows) {
    const result = await client.execute(`SELECT count(*) AS n FROM "${String(name).replaceAll('"', '""')}"`)
    counts[String(name)] = Number(result.rows[0]!.n)
  }
  return counts
}

/** Payload's table for a collection, and for its versions (`_<table>_v`), when no dbName is set. */
const tableOf = (slug: string) => slug.replaceAll('-', '_')

function countsFrom(tables: Record<string, number>, collections: string[]): Counts {
  const of = (table: string) => tables[table]
  const pick = (name: (slug: string) => string) =>
    Object.fromEntries(
      collections.filter((slug) => of(name(slug)) !== undefined).map((slug) => [slug, of(name(slug))!]),
    )
  return {
    collections: pick(tableOf),
    versions: pick((slug) => `_${tableOf(slug)}_v`),
    tables,
  }
}

/**
 * SQLite: the snapshot is `VACUUM INTO` through libsql on DATABASE_URL, a read transaction that
 * sees everything committed, in the WAL too, and never blocks the server's writes; a copy of the
 * file would miss what is still in the WAL. https://www.sqlite.org/lang_vacuum.html#vacuuminto
 */
export function sqliteBackup(file: string, collections: string[]): DatabaseBackup {
  const target = path.resolve(file)
  const shown = path.relative(process.cwd(), target) || target
  return {
    kind: 'sqlite',
    fileName: 'communique.db',

    async snapshot(into) {
      if (!existsSync(target))
        throw new BackupError(`There is no SQLite database at ${shown} (DATABASE_URL).`)
      await withClient(target, (client) => client.execute({ sql: 'VACUUM INTO ?', args: [into] }))
    },

    counts: (snapshotFile) =>
      withClient(snapshotFile, async (client) => countsFrom(await tableCounts(client), collections)),

    async notEmpty() {
      if (!existsSync(target)) return undefined
      const tables = await withClient(target, tableCounts)
      const used = Object.entries(tables).find(([name, rows]) => rows > 0 && !bookkeeping(name))
      if (used) return `the database ${shown} is not empty (its table ${used[0]} holds ${used[1]} rows)`
      // A running server cannot be told from here (libsql leaves the WAL files when it closes):
      // the README says to stop the server and the worker first.
      return undefined
    },

    async load(snapshotFile) {
      const partial = `${target}.restoring`
      await copyFile(snapshotFile, partial)
      // An empty database may exist (a start applied the migrations): it is replaced whole.
      for (const suffix of ['-wal', '-shm', '']) await rm(`${target}${suffix}`, { force: true })
      await rename(partial, target)
    },

    async countsAfterLoad() {
      return withClient(target, async (client) => {
        const check = await client.execute('PRAGMA quick_check')
        if (String(check.rows[0]?.[0]) !== 'ok')
          throw new BackupError(`The restored database ${shown} fails SQLite's integrity check.`)
        return countsFrom(await tableCounts(client), collections)
      })
    },
  }
}
