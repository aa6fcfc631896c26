import type { Payload } from 'payload'

import { migrations } from '@/migrations'

import { installAfterCommit } from './afterCommit'
import { env } from './env'
import { keepPlannerStats } from './plannerStats'
import { fillSearchIndexIfEmpty } from './search/rebuild'
import { guardSqliteWrites } from './sqliteWriteGuard'

type Migrations = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

/**
 * At start, for every adapter: let hooks run work after the commit (afterCommit.ts). Then, for
 * SQLite only: queue this process's writes (sqliteWriteGuard.ts), and outside production apply
 * the committed migrations (in production the adapter's prodMigrations does it), so that every
 * environment runs the same schema and development never relies on schema push. Last, in the
 * process that maintains the database (COMMUNIQUE_MAINTENANCE; `npm start`'s sync server and
 * compose's replicas leave it to one), in the background: the query planner's statistics
 * (plannerStats.ts, SQLite) and an empty search index beside published records (search/rebuild.ts).
 */
export async function onInit(payload: Payload): Promise<void> {
  installAfterCommit(payload.db)
  if (payload.db.name === 'sqlite') {
    await guardSqliteWrites(payload.db)
    // Generated migrations type their arguments more narrowly than the adapter's signature.
    if (!env().isProduction) await payload.db.migrate({ migrations: migrations as unknown as Migrations })
  }
  if (!env().maintenance) return
  keepPlannerStats(payload)
  await fillSearchIndexIfEmpty(payload)
}
