import type { Payload } from 'payload'

import { migrations } from '@/migrations'

import { installAfterCommit } from './afterCommit'
import { guardSqliteWrites } from './db'

type Migrations = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

/**
 * SQLite only. Outside production, apply the committed migrations at start too (in production the
 * adapter's prodMigrations does it), so that every environment runs the same schema and
 * development never relies on schema push.
 */
export async function onInit(payload: Payload): Promise<void> {
  installAfterCommit(payload.db)
  if (payload.db.name !== 'sqlite') return
  await guardSqliteWrites((payload.db as unknown as { client: unknown }).client)
  if (process.env.NODE_ENV === 'production') return
  // Generated migrations type their arguments more narrowly than the adapter's signature.
  await payload.db.migrate({ migrations: migrations as unknown as Migrations })
}
