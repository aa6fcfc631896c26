import type { Payload } from 'payload'

import { nextTurn } from './nextTurn'

/**
 * SQLite's query planner statistics (`ANALYZE`, the sqlite_stat1 table), kept current on
 * SQLite. Without them the planner takes any equality on an indexed column to pick about ten
 * rows: for the admin's release list searched by a name it read `latest = 1` (every release)
 * rather than the 219 releases the search index named, 97 ms instead of 0.9 ms at 100,000
 * releases (docs/benchmarks.md). With them it knows `latest` splits the versions in two.
 *
 * Run at start and then daily, in the background, one table at a time with a turn of the event
 * loop between (at 100,000 releases the largest takes ~1 s, all 146 tables ~5 s), because
 * libsql answers synchronously. ANALYZE writes sqlite_stat1, so it queues behind this process's
 * writers like any write (sqliteWriteGuard.ts). MongoDB plans its own queries: nothing to do.
 */

const DAY_MS = 24 * 60 * 60 * 1000
/**
 * A smaller database is left as it is (a new newsroom, the demo, a test's): any plan reads it
 * in a few milliseconds, and each start would spend ~0.7 s analyzing 140 empty tables.
 */
export const MIN_ANALYZED_BYTES = 32 * 1024 * 1024
type Client = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
const clientOf = (payload: Payload) => (payload.db as unknown as { client: Client }).client

async function databaseBytes(client: Client): Promise<number> {
  const pages = Number((await client.execute('PRAGMA page_count')).rows[0]?.page_count ?? 0)
  const size = Number((await client.execute('PRAGMA page_size')).rows[0]?.page_size ?? 0)
  return pages * size
}

/** Analyzes every ordinary table (not the FTS5 tables themselves); returns how many. */
export async function refreshPlannerStats(payload: Payload): Promise<number> {
  const client = clientOf(payload)
  // Every row, not a sample: with a 400-row sample `latest` looked 500 times more selective.
  await client.execute('PRAGMA analysis_limit = 0')
  const { rows } = await client.execute(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'`,
  )
  for (const { name } of rows) {
    await client.execute(`ANALYZE "${String(name).replaceAll('"', '""')}"`)
    await nextTurn()
  }
  return rows.length
}

const timers = new WeakMap<object, NodeJS.Timeout>()

/** At start (not awaited) and every day while the process runs; a failure is logged, never thrown. */
export function keepPlannerStats(payload: Payload): void {
  if (payload.db.name !== 'sqlite' || timers.has(payload.db)) return
  const run = async () => {
    const started = performance.now()
    try {
      if ((await databaseBytes(clientOf(payload))) < MIN_ANALYZED_BYTES) return
      const tables = await refreshPlannerStats(payload)
      payload.logger.info(
        `Query planner statistics refreshed: ${tables} tables in ${Math.round(performance.now() - started)} ms.`,
      )
    } catch (error) {
      // The database closed meanwhile (a test's Payload destroyed), or a lock wait timed out: the
      // planner keeps the statistics it had, and the next run tries again.
      payload.logger.warn(`Query planner statistics not refreshed: ${(error as Error).message}`)
    }
  }
  const timer = setInterval(() => void run(), DAY_MS)
  timer.unref()
  timers.set(payload.db, timer)
  void run()
}
