import type { Payload, Sort, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { publicReleaseWhere } from '@/access/publicRelease'
import { releaseFacets } from '@/server/facets'

import { freshNewsroom } from './helpers/newsroom'
import { draftRelease, publishedRelease } from './helpers/releases'

/**
 * Issue 12: the statements the admin's lists and the public site run are served by indexes (no
 * full scan, no sort of every row), whatever the archive's size. Checked on the SQL Payload
 * really runs, captured from the driver, with EXPLAIN QUERY PLAN.
 */
const newsroom = freshNewsroom('indexes')

type Statement = { sql: string; args?: unknown[] }
type Client = { execute: (statement: Statement | string) => Promise<{ rows: unknown[][] }> }
type PlanRow = { id: number; parent: number; detail: string }

const clientOf = (payload: Payload) => (payload.db as unknown as { client: Client }).client

/** The statements `run` sends to SQLite. */
async function captured(payload: Payload, run: () => Promise<unknown>): Promise<Statement[]> {
  const client = clientOf(payload)
  const execute = client.execute
  const seen: Statement[] = []
  client.execute = (statement) => {
    seen.push(typeof statement === 'string' ? { sql: statement } : statement)
    return execute.call(client, statement)
  }
  try {
    await run()
  } finally {
    client.execute = execute
  }
  return seen
}

async function plan(payload: Payload, { sql, args = [] }: Statement): Promise<PlanRow[]> {
  const { rows } = await clientOf(payload).execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args })
  return rows.map((row) => ({ id: Number(row[0]), parent: Number(row[1]), detail: String(row[3]) }))
}

/** The plan of the statement that reads the page of documents (the one with the locales sub-query). */
async function pagePlan(payload: Payload, run: () => Promise<unknown>, table: string): Promise<string[]> {
  const statements = await captured(payload, run)
  const read = statements.find(
    (statement) => statement.sql.startsWith('select') && statement.sql.includes(`from "${table}" "${table}"`),
  )
  expect(read, `no read of ${table} in ${statements.map((s) => s.sql).join('\n')}`).toBeDefined()
  const rows = await plan(payload, read!)
  // Top-level rows first: a sort of the whole table shows there as a temporary B-tree.
  return rows.map((row) => `${row.parent === 0 ? 'top: ' : ''}${row.detail}`)
}

function expectIndexed(steps: string[], { table, index }: { table: string; index: string }) {
  const summary = steps.join('\n')
  // A sub-query's own rows (a co-routine) may be scanned; a table may not.
  const coroutines = new Set(steps.flatMap((step) => step.match(/CO-ROUTINE (\S+)/)?.[1] ?? []))
  const scans = steps.flatMap((step) => step.match(/(?:^|: )SCAN (\S+)/)?.[1] ?? [])
  expect(
    scans.filter((name) => !coroutines.has(name)),
    `a full scan of a table:\n${summary}`,
  ).toEqual([])
  // Sorting the rows of one dateline and creation time by id ("RIGHT PART OF ORDER BY") is not.
  expect(summary, 'a sort of every row').not.toMatch(/^top: USE TEMP B-TREE FOR ORDER BY/m)
  expect(summary).toMatch(new RegExp(`^top: SEARCH ${table} USING (COVERING )?INDEX ${index} `, 'm'))
}

describe('indexes', () => {
  beforeAll(async () => {
    const { payload, users } = newsroom
    for (let i = 0; i < 4; i++) await draftRelease(payload, users.officer)
    for (let i = 0; i < 3; i++) await publishedRelease(payload, users.editor)
    // No ANALYZE: a database this small gets no statistics (src/server/plannerStats.ts), nor
    // does a large one before its first start; without them SQLite preferred the `latest` index
    // and sorted every latest version (the 4.5 s). These plans must hold either way.
  })

  it('gives every locales table an index on _parent_id', async () => {
    const client = clientOf(newsroom.payload)
    const { rows } = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'",
    )
    const tables = rows.map((row) => String(row[0]))
    expect(tables).toContain('_press_releases_v_locales')
    expect(tables).toContain('events_participation_locales')
    const unindexed: string[] = []
    for (const table of tables) {
      const indexes = await client.execute(`PRAGMA index_list("${table}")`)
      let found = false
      for (const index of indexes.rows) {
        const columns = await client.execute(`PRAGMA index_info("${String(index[1])}")`)
        if (String(columns.rows[0]?.[2]) === '_parent_id') found = true
      }
      if (!found) unindexed.push(table)
    }
    expect(unindexed).toEqual([])
  })

  // The admin's list of releases, as its columns sort it (Payload's queryDrafts).
  it.each<[string, Sort, string]>([
    ['by update time', '-updatedAt', '_press_releases_v_latest_version_updated_at_created_at_idx'],
    ['by creation time', '-createdAt', '_press_releases_v_latest_version_created_at_created_at_idx'],
    [
      'in its default order',
      '-dateline.date',
      '_press_releases_v_latest_version_dateline_date_crea_25b97733',
    ],
  ])('reads a page of the admin draft list %s from an index', async (_label, sort, index) => {
    const { payload, users } = newsroom
    const steps = await pagePlan(
      payload,
      () =>
        payload.find({
          collection: 'press-releases',
          draft: true,
          sort,
          limit: 10,
          user: users.editor,
          overrideAccess: false,
        }),
      '_press_releases_v',
    )
    expectIndexed(steps, { table: '_press_releases_v', index })
    expect(steps.join('\n')).toMatch(
      /SEARCH _press_releases_v__locales USING INDEX _press_releases_v_locales_parent_id_idx \(_parent_id=\?\)/,
    )
  })

  // A staff client of the REST API reading published versions (no `draft`): the collection's own
  // table, every row of which has its sub-selects built before a sort (1.25 s at 100,000 releases).
  it.each<[string, 'press-releases' | 'events', Sort, string, string]>([
    [
      'releases',
      'press-releases',
      '-dateline.date',
      'press_releases',
      'press_releases_dateline_date_created_at_idx',
    ],
    [
      'releases by update time',
      'press-releases',
      '-updatedAt',
      'press_releases',
      'press_releases_updated_at_created_at_idx',
    ],
    ['events', 'events', '-startsAt', 'events', 'events_starts_at_created_at_idx'],
  ])(
    'walks an index for a staff read of published %s, not a sort',
    async (_label, collection, sort, table, index) => {
      const { payload, users } = newsroom
      const steps = await pagePlan(
        payload,
        () =>
          payload.find({ collection, sort, limit: 10, depth: 0, user: users.editor, overrideAccess: false }),
        table,
      )
      const summary = steps.join('\n')
      expect(summary).toMatch(new RegExp(`^top: SCAN ${table} USING INDEX ${index}$`, 'm'))
      expect(summary, 'a sort of every row').not.toMatch(/^top: USE TEMP B-TREE/m)
    },
  )

  it('reads a page of the public news list from an index', async () => {
    const { payload } = newsroom
    const steps = await pagePlan(
      payload,
      () =>
        payload.find({
          collection: 'press-releases',
          sort: ['-dateline.date', '-createdAt', '-id'],
          limit: 10,
          depth: 0,
          overrideAccess: false,
          select: { headline: true, slug: true, summary: true, dateline: true },
        }),
      'press_releases',
    )
    expectIndexed(steps, {
      table: 'press_releases',
      index: '_status_dateline_date_createdAt_embargoUntil_idx',
    })
    expect(steps.join('\n')).toMatch(
      /SEARCH press_releases__locales USING INDEX press_releases_locales_parent_id_idx \(_parent_id=\?\)/,
    )
  })

  // Every news list page counts the public releases, and its event filter asks which events have
  // one: both from an index alone, never the releases' rows (76 and 25 ms at 100,000 releases).
  it('counts the public releases and finds the events with one from covering indexes', async () => {
    const { payload } = newsroom
    const [count] = (
      await captured(payload, () => payload.count({ collection: 'press-releases', overrideAccess: false }))
    ).filter((statement) => statement.sql.startsWith('select count(*) from "press_releases"'))
    expect((await plan(payload, count!)).map((row) => row.detail)).toEqual([
      'SEARCH press_releases USING COVERING INDEX _status_dateline_date_createdAt_embargoUntil_idx (_status=?)',
    ])
    const events = (await captured(payload, () => releaseFacets(payload))).find((statement) =>
      statement.sql.includes('FROM events e WHERE EXISTS'),
    )
    expect((await plan(payload, events!)).map((row) => row.detail).join('\n')).toMatch(
      /SEARCH r USING COVERING INDEX event__status_embargoUntil_idx \(event_id=\? AND _status=\?\)/,
    )
  })

  it('finds the public releases of a year without a scan', async () => {
    const { payload } = newsroom
    const where: Where = {
      and: [
        publicReleaseWhere(),
        { 'dateline.date': { greater_than_equal: '2026-01-01T00:00:00.000Z' } },
        { 'dateline.date': { less_than: '2027-01-01T00:00:00.000Z' } },
      ],
    }
    const steps = await pagePlan(
      payload,
      () =>
        payload.find({ collection: 'press-releases', where, sort: '-dateline.date', limit: 10, depth: 0 }),
      'press_releases',
    )
    expectIndexed(steps, {
      table: 'press_releases',
      index: '_status_dateline_date_createdAt_embargoUntil_idx',
    })
  })
})
