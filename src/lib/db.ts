import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '@/migrations'

import type { Database } from './env'

/**
 * The database adapter named by DATABASE_URL. Nothing above this function knows which one it is.
 * SQLite: schema from committed migrations (applied at start, see payload.config.ts onInit),
 * WAL and a busy timeout so that the server, the seed and the tests can share one file.
 * MongoDB: schemaless; Payload uses transactions when the URL names a replica set.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000

export function databaseAdapter(database: Database): DatabaseAdapterObj {
  if (database.kind === 'mongodb') {
    return mongooseAdapter({ url: database.url, migrationDir: path.resolve('src/migrations-mongodb') })
  }
  mkdirSync(path.dirname(path.resolve(database.file)), { recursive: true })
  return sqliteAdapter({
    client: { url: database.url },
    wal: true,
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    // Transactions are off by default on SQLite; without them a failed save can leave half its
    // writes behind (a hook's activity entry, a seed run). IMMEDIATE takes the write lock at
    // BEGIN, so a second writer waits for it instead of failing on a lock upgrade.
    transactionOptions: { behavior: 'immediate' },
    push: false,
    migrationDir: path.resolve('src/migrations'),
    prodMigrations: migrations,
  })
}

type LibsqlClient = {
  transaction: (mode?: string) => Promise<unknown>
  execute: (sql: string) => Promise<unknown>
}

/**
 * libsql's client hands its connection to each transaction and opens a fresh one for what
 * follows, without the adapter's `PRAGMA busy_timeout`; a fresh connection would then fail at
 * once with SQLITE_BUSY while another process (seed, tests, worker) writes. Re-apply the
 * pragma on the replacement connection.
 */
export async function keepSqliteBusyTimeout(client: unknown): Promise<void> {
  const libsql = client as LibsqlClient & { __busyTimeoutKept?: boolean }
  if (!libsql || typeof libsql.transaction !== 'function' || libsql.__busyTimeoutKept) return
  // The current connection may already be a replacement (migrations at start use transactions).
  await libsql.execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
  const transaction = libsql.transaction.bind(libsql)
  libsql.transaction = async (mode) => {
    const tx = await transaction(mode)
    await libsql.execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
    return tx
  }
  libsql.__busyTimeoutKept = true
}
