import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SQLITE_BUSY_TIMEOUT_MS, SQLITE_CACHE_KIB, guardSqliteWrites } from './sqliteWriteGuard'

/** How many file handles this process holds on `file` (each open connection holds one). */
function handlesOn(file: string): number {
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === file
    } catch {
      return false // closed meanwhile
    }
  }).length
}

const linux = process.platform === 'linux'

describe.runIf(linux)('write transactions on SQLite', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'communique-tx-'))
  const file = path.join(dir, 'tx.db')
  let client: Client

  beforeAll(async () => {
    client = createClient({ url: `file:${file}` })
    await client.execute('PRAGMA journal_mode = WAL')
    await client.execute('CREATE TABLE t (n INTEGER)')
    // As Payload's adapter holds it: the client is `db.client`.
    await guardSqliteWrites({ client })
  })
  afterAll(() => {
    client.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('share one connection however many run, instead of keeping one per transaction', async () => {
    for (let n = 0; n < 40; n++) {
      const tx = await client.transaction('write')
      await tx.execute({ sql: 'INSERT INTO t (n) VALUES (?)', args: [n] })
      if (n % 4 === 3) await tx.rollback()
      else await tx.commit()
      // A read between transactions, as a request would make.
      await client.execute('SELECT count(*) FROM t')
    }
    // The client's own connection and the transactions' one (libsql kept 40 more: issue 12).
    expect(handlesOn(file)).toBeLessThanOrEqual(2)
    const { rows } = await client.execute('SELECT count(*) AS n FROM t')
    expect(Number(rows[0]!.n)).toBe(30)
  })

  it('wait for another process holding the write lock, up to the busy timeout', async () => {
    const tx = await client.transaction('write')
    try {
      const { rows } = await tx.execute('PRAGMA busy_timeout')
      expect(Number(Object.values(rows[0] as object)[0])).toBe(SQLITE_BUSY_TIMEOUT_MS)
    } finally {
      await tx.rollback()
    }
  })

  it('keep a page cache larger than SQLite’s default, on both connections', async () => {
    const size = async (run: (sql: string) => Promise<{ rows: unknown[] }>) =>
      Number(Object.values((await run('PRAGMA cache_size')).rows[0] as object)[0])
    expect(await size((sql) => client.execute(sql))).toBe(-SQLITE_CACHE_KIB)
    const tx = await client.transaction('write')
    try {
      expect(await size((sql) => tx.execute(sql))).toBe(-SQLITE_CACHE_KIB)
    } finally {
      await tx.rollback()
    }
  })
})
