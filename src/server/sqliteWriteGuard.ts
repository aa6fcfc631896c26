import { AsyncLocalStorage } from 'node:async_hooks'

import { mainDatabaseFile, sharedTransactions } from './sqliteWriteConnection'

type Statement = string | { sql: string }
type LibsqlTransaction = {
  execute: (statement: Statement) => Promise<unknown>
  batch: (statements: unknown) => Promise<unknown>
  executeMultiple: (sql: string) => Promise<unknown>
  commit: () => Promise<void>
  rollback: () => Promise<void>
  close: () => void
  readonly closed: boolean
}
type LibsqlClient = {
  transaction: (mode?: string) => Promise<LibsqlTransaction>
  execute: (statement: Statement) => Promise<unknown>
  batch: (statements: unknown, ...rest: unknown[]) => Promise<unknown>
  executeMultiple: (sql: string) => Promise<unknown>
  close?: () => void
  __writesGuarded?: boolean
}
type Adapter = { client?: unknown; beginTransaction?: (...args: unknown[]) => Promise<unknown> }

export const SQLITE_BUSY_TIMEOUT_MS = 10_000

/**
 * SQLite's page cache per connection, in KiB: 32 MiB instead of SQLite's 2 MiB. A release read
 * whole (the admin's list reads ten, bodies in three languages) spans dozens of pages; with 2 MiB
 * they were read from the file again on every request once the archive outgrew it. At 100,000
 * releases one list request searched by a name took 59.5 ms, 32.3 ms with this (docs/benchmarks.md,
 * 2026-12-02). Filled only as pages are read; two connections a process (the client's and the
 * transactions' one): at most 64 MiB more.
 */
export const SQLITE_CACHE_KIB = 32 * 1024
export const WRITE_WAIT_MS = 30_000
const readOnly = /^\s*(select|with|pragma\s+\w+\s*$|explain)\b/i

/** The transaction that this async context (one Payload operation and what it calls) holds open. */
type Scope = { tx?: LibsqlTransaction }
const scope = new AsyncLocalStorage<Scope>()

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
 * A transaction begun while this context already holds one joins it as a SAVEPOINT: its commit
 * keeps its writes for the outer commit, its rollback undoes only them. Waiting for the lock
 * instead would wait for ourselves (payload/dist/queues/utilities/updateJob.js:39 opens its own
 * transaction; a hook calling the Local API without `req` does the same).
 */
let savepoints = 0
async function joined(outer: LibsqlTransaction): Promise<LibsqlTransaction> {
  const name = `communique_joined_${++savepoints}`
  await outer.execute(`SAVEPOINT ${name}`)
  let done = false
  const finish = async (statements: string[]) => {
    if (done) return
    done = true
    for (const sql of statements) await outer.execute(sql)
  }
  const undo = [`ROLLBACK TO ${name}`, `RELEASE ${name}`]
  return {
    execute: (statement) => outer.execute(statement),
    batch: (statements) => outer.batch(statements),
    executeMultiple: (sql) => outer.executeMultiple(sql),
    commit: () => finish([`RELEASE ${name}`]),
    rollback: () => finish(undo),
    close: () => void finish(undo).catch(() => undefined),
    get closed() {
      return done || outer.closed
    },
  }
}

/**
 * SQLite allows one writer at a time, and libsql waits for the write lock synchronously, which
 * blocks Node's event loop: two writes interleaved in one process (a request and the jobs queue,
 * two autosaves) would then wait on each other until the busy timeout fails one of them. So:
 * - within the process, writes queue on a lock (transactions from BEGIN to COMMIT/ROLLBACK, and
 *   single statements outside a transaction);
 * - except the writes of the operation that holds the lock. Payload writes outside the request's
 *   transaction on purpose in places: forgotPassword reserves its per-email throttle on a copy of
 *   `req` without the transaction (payload/dist/auth/operations/forgotPassword.js:75-85, inside
 *   the transaction opened at :31), incrementLoginAttempts passes no `req` at all
 *   (auth/strategies/local/incrementLoginAttempts.js:2, payloadcms/payload#13204). Queued behind
 *   the lock, such a write waited for its own transaction: 30 s, then a 500 (issue 11). Run on a
 *   fresh connection, it fails at once with "database is locked" (BEGIN IMMEDIATE). So a write
 *   issued from the async context that holds the open transaction runs inside that transaction,
 *   and a transaction begun there joins it (see `joined`). The context is marked when Payload
 *   begins a transaction: initTransaction calls beginTransaction synchronously
 *   (utilities/initTransaction.js:17), so the mark covers the rest of the operation.
 * - between processes (server, worker, seed, tests), every connection waits up to the busy
 *   timeout: the client's own connection and the one connection every transaction of this
 *   process runs on (sqliteWriteConnection.ts; libsql would open, and leak, one per transaction).
 */
export async function guardSqliteWrites(db: unknown): Promise<void> {
  const adapter = db as Adapter
  const libsql = adapter?.client as LibsqlClient | undefined
  if (!libsql || typeof libsql.transaction !== 'function' || libsql.__writesGuarded) return
  libsql.__writesGuarded = true
  const acquire = writeLock()
  const execute = libsql.execute.bind(libsql)
  const batch = libsql.batch.bind(libsql)
  const executeMultiple = libsql.executeMultiple.bind(libsql)
  const pragma = `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`
  const cache = `PRAGMA cache_size = -${SQLITE_CACHE_KIB}`
  await execute(cache)
  const file = await mainDatabaseFile(execute)
  const shared = file ? sharedTransactions(file, [pragma, cache]) : undefined
  const transaction = (shared?.begin ?? libsql.transaction.bind(libsql)) as LibsqlClient['transaction']
  if (shared && typeof libsql.close === 'function') {
    const close = libsql.close.bind(libsql)
    libsql.close = () => {
      shared.close()
      close()
    }
  }
  const exclusive = async <T>(run: () => Promise<T>): Promise<T> => {
    const release = await acquire()
    try {
      return await run()
    } finally {
      release()
    }
  }
  const held = () => scope.getStore()?.tx

  libsql.execute = (statement) => {
    const sql = typeof statement === 'string' ? statement : statement.sql
    if (readOnly.test(sql)) return execute(statement)
    const tx = held()
    return tx ? tx.execute(statement) : exclusive(() => execute(statement))
  }
  libsql.batch = (statements, ...rest) => {
    const tx = held()
    return tx ? tx.batch(statements) : exclusive(() => batch(statements, ...rest))
  }
  libsql.executeMultiple = (sql) => {
    const tx = held()
    return tx ? tx.executeMultiple(sql) : exclusive(() => executeMultiple(sql))
  }
  libsql.transaction = async (mode) => {
    const store = scope.getStore()
    if (store?.tx) return joined(store.tx)
    const release = await acquire()
    try {
      const tx = await transaction(mode)
      const end = () => {
        if (store?.tx === tx) store.tx = undefined
        release()
      }
      const commit = tx.commit.bind(tx)
      const rollback = tx.rollback.bind(tx)
      const close = tx.close.bind(tx)
      tx.commit = () => commit().finally(end)
      tx.rollback = () => rollback().finally(end)
      tx.close = () => {
        try {
          close()
        } finally {
          end()
        }
      }
      if (store) store.tx = tx
      return tx
    } catch (error) {
      release()
      throw error
    }
  }
  const begin = adapter.beginTransaction
  if (typeof begin === 'function') {
    adapter.beginTransaction = function (this: unknown, ...args: unknown[]) {
      // A fresh mark, unless this context already holds a transaction (then it is joined above).
      if (!held()) scope.enterWith({})
      return begin.apply(this, args)
    }
  }
  await execute(pragma)
}
