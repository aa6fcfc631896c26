import { AsyncLocalStorage } from 'node:async_hooks'

import { describe, expect, it } from 'vitest'

import { guardSqliteWrites } from './sqliteWriteGuard'

type Statement = string | { sql: string }
const text = (statement: Statement) => (typeof statement === 'string' ? statement : statement.sql)

/**
 * A stand-in for the libsql client and Payload's SQLite adapter that records what runs where.
 * Its `beginTransaction` opens a libsql transaction as drizzle's does (one BEGIN per call).
 */
async function guarded() {
  const log: string[] = []
  let opened = 0
  const client = {
    // The busy-timeout pragma after each transaction is left out (tests/seed-rollback.test.ts).
    execute: async (statement: Statement) => {
      if (!text(statement).startsWith('PRAGMA')) log.push(`client: ${text(statement)}`)
    },
    batch: async (_statements: unknown) => void log.push('client: batch'),
    executeMultiple: async (sql: string) => void log.push(`client: ${sql}`),
    transaction: async () => {
      const n = ++opened
      log.push(`BEGIN ${n}`)
      return {
        closed: false,
        execute: async (statement: Statement) =>
          void log.push(`tx ${n}: ${text(statement).replace(/_\d+/, '')}`),
        batch: async (_statements: unknown) => void log.push(`tx ${n}: batch`),
        executeMultiple: async (sql: string) => void log.push(`tx ${n}: ${sql}`),
        commit: async () => void log.push(`COMMIT ${n}`),
        rollback: async () => void log.push(`ROLLBACK ${n}`),
        close: () => void log.push(`CLOSE ${n}`),
      }
    },
  }
  const adapter = { client, beginTransaction: async () => client.transaction() }
  await guardSqliteWrites(adapter)
  /** A Payload operation: begin, work (writes through the client, as drizzle does), commit or roll back. */
  async function operation(work: () => Promise<unknown>) {
    const tx = (await adapter.beginTransaction()) as Awaited<ReturnType<typeof client.transaction>>
    try {
      await work()
      await tx.commit()
    } catch (error) {
      await tx.rollback()
      throw error
    }
  }
  return { log, client, operation }
}

/** Runs `fn` in the async context of another request (one that holds no transaction). */
const elsewhere = AsyncLocalStorage.snapshot()

describe('the SQLite write guard', () => {
  it('runs a write issued outside the transaction, from the context that holds it, inside it', async () => {
    const { log, client, operation } = await guarded()
    let other: Promise<unknown> | undefined
    await operation(async () => {
      await client.execute('UPDATE users SET reset_password_requested_at = 1')
      // Another request's write waits for the commit; a read does not wait.
      other = elsewhere(() => client.execute('UPDATE press_releases SET summary = 2'))
      await elsewhere(() => client.execute('SELECT 1'))
      await client.batch([])
    })
    await other
    expect(log).toEqual([
      'BEGIN 1',
      'tx 1: UPDATE users SET reset_password_requested_at = 1',
      'client: SELECT 1',
      'tx 1: batch',
      'COMMIT 1',
      'client: UPDATE press_releases SET summary = 2',
    ])
  })

  it('joins a transaction begun inside another as a savepoint, rolled back alone when it fails', async () => {
    const { log, client, operation } = await guarded()
    await operation(async () => {
      await operation(() => client.execute('INSERT INTO kept VALUES (1)'))
      await expect(
        operation(async () => {
          await client.execute('INSERT INTO undone VALUES (1)')
          throw new Error('a hook failed')
        }),
      ).rejects.toThrow('a hook failed')
      await client.execute('INSERT INTO outer VALUES (1)')
    })
    expect(log).toEqual([
      'BEGIN 1',
      'tx 1: SAVEPOINT communique_joined',
      'tx 1: INSERT INTO kept VALUES (1)',
      'tx 1: RELEASE communique_joined',
      'tx 1: SAVEPOINT communique_joined',
      'tx 1: INSERT INTO undone VALUES (1)',
      'tx 1: ROLLBACK TO communique_joined',
      'tx 1: RELEASE communique_joined',
      'tx 1: INSERT INTO outer VALUES (1)',
      'COMMIT 1',
    ])
  })

  it('releases the lock on rollback and stops routing writes to the ended transaction', async () => {
    const { log, client, operation } = await guarded()
    await expect(
      operation(async () => {
        await client.execute('UPDATE users SET name = 1')
        throw new Error('validation failed')
      }),
    ).rejects.toThrow('validation failed')
    await client.execute('UPDATE users SET name = 2')
    await elsewhere(() => operation(() => client.execute('UPDATE users SET name = 3')))
    expect(log).toEqual([
      'BEGIN 1',
      'tx 1: UPDATE users SET name = 1',
      'ROLLBACK 1',
      'client: UPDATE users SET name = 2',
      'BEGIN 2',
      'tx 2: UPDATE users SET name = 3',
      'COMMIT 2',
    ])
  })

  it('lets writers of different requests take turns, in arrival order', async () => {
    const { log, client, operation } = await guarded()
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const first = elsewhere(() => operation(() => client.execute('UPDATE a SET x = 1').then(() => held)))
    const second = elsewhere(() => operation(() => client.execute('UPDATE b SET x = 1')))
    const third = elsewhere(() => client.execute('UPDATE c SET x = 1'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(log).toEqual(['BEGIN 1', 'tx 1: UPDATE a SET x = 1'])
    release()
    await Promise.all([first, second, third])
    expect(log).toEqual([
      'BEGIN 1',
      'tx 1: UPDATE a SET x = 1',
      'COMMIT 1',
      'BEGIN 2',
      'tx 2: UPDATE b SET x = 1',
      'COMMIT 2',
      'client: UPDATE c SET x = 1',
    ])
  })
})
