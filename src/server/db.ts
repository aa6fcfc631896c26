import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '@/migrations'

import type { Database } from './env'

/**
 * The database adapter named by DATABASE_URL. Nothing above this function knows which one it is.
 * SQLite: schema from committed migrations (applied at start by onInit.ts, by prodMigrations in production),
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

type Statement = string | { sql: string }
type LibsqlTransaction = {
  commit: () => Promise<void>
  rollback: () => Promise<void>
  close: () => void
}
type LibsqlClient = {
  transaction: (mode?: string) => Promise<LibsqlTransaction>
  execute: (statement: Statement) => Promise<unknown>
  batch: (...args: unknown[]) => Promise<unknown>
  executeMultiple: (sql: string) => Promise<unknown>
}

const WRITE_WAIT_MS = 30_000
const readOnly = /^\s*(select|with|pragma\s+\w+\s*$|explain)\b/i

/** One writer at a time within this process, in arrival order. */
function writeLock() {
  let tail: Promise<void> = Promise.resolve()
  return async function acquire(): Promise<() => void> {
    let release!: () => void
    const mine = new Promise<void>((resolve) => (release = resolve))
    const previous = tail
    tail = previous.then(() => mine)
    let timer: NodeJS.Timeout | undefined
    const waited = await Promise.race([
      previous.then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), WRITE_WAIT_MS))),
    ])
    clearTimeout(timer)
    if (!waited) {
      release()
      throw new Error('The database is busy with another change: please try again in a moment.')
    }
    let released = false
    return () => {
      if (!released) release()
      released = true
    }
  }
}

/**
 * SQLite allows one writer at a time, and libsql waits for the write lock synchronously, which
 * blocks Node's event loop: two writes interleaved in one process (a request and the jobs queue,
 * two autosaves) would then wait on each other until the busy timeout fails one of them. So:
 * - within the process, writes queue on a lock (transactions from BEGIN to COMMIT/ROLLBACK, and
 *   single statements outside a transaction);
 * - between processes (server, worker, seed, tests), every connection waits up to the busy
 *   timeout. libsql opens a fresh connection after each transaction without the adapter's
 *   `PRAGMA busy_timeout`, so after each transaction the pragma is applied, synchronously, on the
 *   very connection the next call is about to use (a transaction is the only thing that replaces
 *   the connection, so other calls pay nothing).
 */
export async function guardSqliteWrites(client: unknown): Promise<void> {
  const libsql = client as LibsqlClient & { __writesGuarded?: boolean }
  if (!libsql || typeof libsql.transaction !== 'function' || libsql.__writesGuarded) return
  const acquire = writeLock()
  const execute = libsql.execute.bind(libsql)
  const batch = libsql.batch.bind(libsql)
  const executeMultiple = libsql.executeMultiple.bind(libsql)
  const transaction = libsql.transaction.bind(libsql)
  const pragma = `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`
  // The connection in use has the pragma (applied below, at the end) until a transaction takes it.
  let freshConnection = false
  const withTimeout = () => {
    if (!freshConnection) return
    freshConnection = false
    void execute(pragma).catch(() => undefined)
  }

  const exclusive = async <T>(run: () => Promise<T>): Promise<T> => {
    const release = await acquire()
    try {
      withTimeout()
      return await run()
    } finally {
      release()
    }
  }

  libsql.execute = (statement) => {
    const sql = typeof statement === 'string' ? statement : statement.sql
    if (readOnly.test(sql)) {
      withTimeout()
      return execute(statement)
    }
    return exclusive(() => execute(statement))
  }
  libsql.batch = (...args) => exclusive(() => batch(...args))
  libsql.executeMultiple = (sql) => exclusive(() => executeMultiple(sql))
  libsql.transaction = async (mode) => {
    const release = await acquire()
    try {
      withTimeout()
      const tx = await transaction(mode)
      freshConnection = true
      const commit = tx.commit.bind(tx)
      const rollback = tx.rollback.bind(tx)
      tx.commit = async () => {
        try {
          await commit()
        } finally {
          release()
        }
      }
      tx.rollback = async () => {
        try {
          await rollback()
        } finally {
          release()
        }
      }
      const close = tx.close.bind(tx)
      tx.close = () => {
        try {
          close()
        } finally {
          release()
        }
      }
      return tx
    } catch (error) {
      release()
      throw error
    }
  }
  libsql.__writesGuarded = true
  await execute(pragma)
}
