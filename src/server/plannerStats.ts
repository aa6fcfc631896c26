import type { Payload } from 'payload'

import { nextTurn } from './nextTurn'

/**
 * SQLite's query planner statistics (`ANALYZE`, the sqlite_stat1 table), kept current on
 * SQLite. Without them the planner takes any equality on an indexed column to pick about ten
 * rows: for the admin's release list searched by a name it read `latest = 1` (every release)
 * rather than the 219 releases the search index named, 97 ms instead of 0.9 ms at 100,000
 * releases (docs/benchmarks.md). With them it knows `latest` splits the versions in two.
 *
 * A database without statistics gets them at start, in the background, one table at a time with
 * a turn of the event loop between (libsql answers synchronously: at 100,000 releases the largest
 * table holds the server ~1 s, all tables ~5 s with the FTS5 ones, now skipped); that happens once. After it, each start and
 * each day runs `PRAGMA optimize`, which re-analyzes only what has changed a great deal (SQLite's
 * own advice for long-lived connections). Both write sqlite_stat1, so they queue behind this
 * process's writers like any write (sqliteWriteGuard.ts). MongoDB plans its own queries.
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

async function hasStats(client: Client): Promise<boolean> {
  const { rows } = await client.execute(`SELECT 1 AS found FROM sqlite_master WHERE name = 'sqlite_stat1'`)
  if (rows.length === 0) return false
  return (await client.execute('SELECT 1 AS found FROM sqlite_stat1 LIMIT 1')).rows.length > 0
}

/** Ordinary tables: not SQLite's own, not FTS5 tables nor their shadow tables. */
const ordinaryTables = `SELECT t.name FROM sqlite_master t
     WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND t.sql NOT LIKE 'CREATE VIRTUAL TABLE%'
       AND NOT EXISTS (SELECT 1 FROM sqlite_master v
                       WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND substr(t.name, 1, length(v.name) + 1) = v.name || '_')`

const quoted = (name: unknown) => `"${String(name).replaceAll('"', '""')}"`

async function analyze(client: Client, tables: unknown[]): Promise<number> {
  // Every row, not a sample: with a 400-row sample `latest` looked 500 times more selective.
  await client.execute('PRAGMA analysis_limit = 0')
  for (const name of tables) {
    await client.execute(`ANALYZE ${quoted(name)}`)
    await nextTurn()
  }
  return tables.length
}

/** Analyzes every ordinary table; returns how many. */
export async function refreshPlannerStats(payload: Payload): Promise<number> {
  const client = clientOf(payload)
  const { rows } = await client.execute(ordinaryTables)
  return analyze(
    client,
    rows.map((row) => row.name),
  )
}

/**
 * Analyzes the tables that hold rows and have an index the statistics do not know: one a
 * migration added since the last analysis. `PRAGMA optimize` does not look at them, and the
 * planner guesses about an index without statistics: after 20261204_001625 added one to
 * press_releases, it drove the participants filter from every public release instead of the
 * participant's links, 6 s instead of 19 ms at 100,000 releases (docs/benchmarks.md).
 */
export async function analyzeNewIndexes(payload: Payload): Promise<string[]> {
  const client = clientOf(payload)
  const { rows } = await client.execute(
    `SELECT DISTINCT i.tbl_name AS name FROM sqlite_master i
     WHERE i.type = 'index' AND i.tbl_name IN (${ordinaryTables})
       AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.idx = i.name)`,
  )
  const tables: string[] = []
  for (const { name } of rows) {
    // An empty table gets no statistics for its indexes: it would be analyzed at every start.
    const held = await client.execute(`SELECT 1 AS found FROM ${quoted(name)} LIMIT 1`)
    if (held.rows.length > 0) tables.push(String(name))
  }
  await analyze(client, tables)
  return tables
}

const timers = new WeakMap<object, NodeJS.Timeout>()

/** At start (not awaited) and every day while the process runs; a failure is logged, never thrown. */
export function keepPlannerStats(payload: Payload): void {
  if (payload.db.name !== 'sqlite' || timers.has(payload.db)) return
  const run = async () => {
    const started = performance.now()
    try {
      const client = clientOf(payload)
      if ((await databaseBytes(client)) < MIN_ANALYZED_BYTES) return
      if (await hasStats(client)) {
        const analyzed = await analyzeNewIndexes(payload)
        // `= 0xfffe` (the default mask) so that the write queue sees a statement that may write.
        await client.execute('PRAGMA optimize = 0xfffe')
        const newly = analyzed.length ? `; new indexes of ${analyzed.join(', ')} analyzed` : ''
        payload.logger.info(
          `Query planner statistics kept current (${Math.round(performance.now() - started)} ms${newly}).`,
        )
        return
      }
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
