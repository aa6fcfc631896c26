import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { analyzeNewIndexes, refreshPlannerStats } from '@/server/plannerStats'

import { freshNewsroom } from './helpers/newsroom'
import { draftRelease } from './helpers/releases'

/**
 * The query planner's statistics (src/server/plannerStats.ts): with them SQLite reads the
 * releases an admin list search named by their parent index, not every latest version.
 */
const room = freshNewsroom('planner-stats')

type Client = {
  execute: (statement: { sql: string; args?: unknown[] } | string) => Promise<{ rows: unknown[][] }>
}
const clientOf = (payload: Payload) => (payload.db as unknown as { client: Client }).client

/** How SQLite reads the count Payload runs for a list narrowed to these releases (drafts on). */
async function countPlan(ids: number[]): Promise<string> {
  const sql = `EXPLAIN QUERY PLAN select count(*) from "_press_releases_v" where ("_press_releases_v"."latest" = ? and "_press_releases_v"."parent_id" in (${ids.map(() => '?').join(', ')}))`
  const { rows } = await clientOf(room.payload).execute({ sql, args: [1, ...ids] })
  return rows.map((row) => String(row[3])).join('\n')
}

describe('query planner statistics', () => {
  it('let a search narrowed to thirty releases read them by their parent, not every latest version', async () => {
    const client = clientOf(room.payload)
    await draftRelease(room.payload, room.users.officer)
    // An archive's shape, written directly (the planner reads counts, not content): 3,000
    // releases with a latest version and an older one each.
    const numbers = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)`
    await client.execute(`${numbers} INSERT INTO press_releases (id) SELECT 100000 + i FROM n`)
    await client.execute(
      `${numbers} INSERT INTO _press_releases_v (parent_id, latest) SELECT 100000 + i, 0 FROM n UNION ALL SELECT 100000 + i, 1 FROM n`,
    )
    const named = Array.from({ length: 30 }, (_, n) => 100001 + n * 7)
    await client.execute('DROP TABLE IF EXISTS sqlite_stat1')
    // Without statistics an equality on `latest` looks as selective as the list of ids.
    expect(await countPlan(named)).toMatch(/USING (COVERING )?INDEX _press_releases_v_latest_idx/)

    expect(await refreshPlannerStats(room.payload)).toBeGreaterThan(50)
    expect(await countPlan(named)).toMatch(/USING INDEX _press_releases_v_parent_idx \(parent_id=\?\)/)
  })

  it('analyzes an index a migration added since, at the next start', async () => {
    const client = clientOf(room.payload)
    await refreshPlannerStats(room.payload)
    expect(await analyzeNewIndexes(room.payload)).toEqual([])
    // As 20261204_001625 did to an analyzed archive: an index the statistics do not know.
    // The file's database is thrown away after it; DROP INDEX here fails with SQLITE_LOCKED
    // (a statement of the shared connection still open), so the index stays.
    await client.execute('CREATE INDEX planner_stats_probe_idx ON press_releases (_status, embargo_until)')
    expect(await analyzeNewIndexes(room.payload)).toEqual(['press_releases'])
    const { rows } = await client.execute(
      "SELECT stat FROM sqlite_stat1 WHERE idx = 'planner_stats_probe_idx'",
    )
    expect(String(rows[0]?.[0])).toMatch(/^\d{4} /)
    // Once known, left alone; an empty table with an index never analyzed is too.
    expect(await analyzeNewIndexes(room.payload)).toEqual([])
  })
})
