import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { mongooseAdapter as MongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '@/migrations'

import { scaleIndexes } from './dbIndexes'
import type { Database } from './env'
import { SQLITE_BUSY_TIMEOUT_MS } from './sqliteWriteGuard'

/**
 * The database adapter named by DATABASE_URL. Nothing above this function knows which one it is.
 * SQLite: schema from committed migrations (applied at start by onInit.ts, by prodMigrations in production),
 * WAL and a busy timeout so that the server, the seed and the tests can share one file.
 * MongoDB: schemaless; Payload uses transactions when the URL names a replica set.
 * SQLite writers within one process queue on a lock (sqliteWriteGuard.ts, installed by onInit.ts).
 */
export function databaseAdapter(database: Database): DatabaseAdapterObj {
  if (database.kind === 'mongodb') {
    // Loaded only when named: imported at the top, mongoose and the MongoDB driver were loaded by
    // every SQLite server too, about 23 MB of heap and 70 MB resident (docs/benchmarks.md, issue
    // 12). Synchronous, because Payload's config takes the adapter as a value.
    const { mongooseAdapter } = createRequire(import.meta.url)('@payloadcms/db-mongodb') as {
      mongooseAdapter: typeof MongooseAdapter
    }
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
    // Indexes Payload does not declare (a `_parent_id` on every locales table, the draft list's sorts).
    afterSchemaInit: [scaleIndexes],
    migrationDir: path.resolve('src/migrations'),
    prodMigrations: migrations,
  })
}
