import type { Payload, Where } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { answerable, budgeted, MAX_BOUND_IDS, MAX_IDS, rewriteWhere } from '@/server/listSearch'
import { LIST_SEARCH_LOCALE_CODES } from '@/server/listSearch/schema'
import { sqliteListSearch } from '@/server/listSearch/sqlite'
import { locales } from '@/content/locales'

import { freshNewsroom } from './helpers/newsroom'
import { releaseData } from './helpers/releases'

/**
 * The admin's release list searched through the trigram index (src/server/listSearch): the same
 * records as Payload's LIKE, the index following every write, and only staff's reads using it.
 */
const room = freshNewsroom('list-search')

type Client = {
  execute: (statement: { sql: string; args?: unknown[] } | string) => Promise<{ rows: unknown[] }>
}
const clientOf = (payload: Payload) => (payload.db as unknown as { client: Client }).client
const sql = async (query: string, args: unknown[] = []) =>
  (await clientOf(room.payload).execute({ sql: query, args })).rows

/** What the admin's search box asks (Payload's list view, `listSearchableFields`). */
const searchBox = (term: string): Where => ({
  or: ['headline', 'slug', 'summary'].map((field) => ({ [field]: { like: term } })),
})

async function list(
  where: Where,
  {
    locale = 'en',
    index = true,
    limit = 5,
    page = 1,
    sort = '-updatedAt',
  }: { locale?: 'en' | 'ru' | 'zh'; index?: boolean; limit?: number; page?: number; sort?: string } = {},
) {
  const result = await room.payload.find({
    collection: 'press-releases',
    draft: true,
    where,
    locale,
    limit,
    page,
    sort,
    depth: 0,
    user: room.users.officer,
    overrideAccess: false,
    context: { listSearch: index },
  })
  const { totalDocs, totalPages, hasNextPage, hasPrevPage, nextPage, prevPage, pagingCounter } = result
  const pages = { page: result.page, totalPages, hasNextPage, hasPrevPage, nextPage, prevPage, pagingCounter }
  return { ids: result.docs.map((doc) => doc.id), total: totalDocs, pages }
}

/** How many values the `in` of a where holds (the rewritten search box has one), or -1. */
function idsIn(where: unknown): number {
  if (!where || typeof where !== 'object') return -1
  const values = (where as { in?: unknown }).in
  if (Array.isArray(values)) return values.length
  for (const value of Object.values(where)) {
    const found = Array.isArray(value) ? Math.max(-1, ...value.map(idsIn)) : idsIn(value)
    if (found >= 0) return found
  }
  return -1
}

/** What the store is asked for one word in English headlines, outside any request's transaction. */
const headlineAsk = (word: string) => ({
  req: { payload: room.payload } as never,
  fields: ['headline'],
  locale: 'en',
  words: [word],
})

// The page's records and the total (Payload's pages of an empty `in` and of an empty LIKE differ: 1 and 0).
const pick = ({ ids, total }: { ids: unknown[]; total: number }) => ({ ids, total })

async function draft(headline: string, extra: Record<string, unknown> = {}) {
  return room.payload.create({
    collection: 'press-releases',
    data: { ...releaseData(headline), ...extra },
    draft: true,
    user: room.users.officer,
    overrideAccess: false,
  })
}

/** The index as its triggers should keep it: the latest version of every release, recomputed. */
async function expectIndexCurrent() {
  const stored = await sql(
    `SELECT rowid AS id, parent, locale, headline, summary, slug FROM list_search_press_releases ORDER BY rowid`,
  )
  const expected = await sql(
    `SELECT * FROM (
       SELECT v.id * 8 AS id, v.parent_id AS parent, '' AS locale, NULL AS headline, NULL AS summary, v.version_slug AS slug
       FROM _press_releases_v v WHERE v.latest = 1
       UNION ALL
       SELECT v.id * 8 + CASE l._locale WHEN 'en' THEN 1 WHEN 'ru' THEN 2 WHEN 'zh' THEN 3 END,
              v.parent_id, l._locale, l.version_headline, l.version_summary, NULL
       FROM _press_releases_v v JOIN _press_releases_v_locales l ON l._parent_id = v.id WHERE v.latest = 1
     ) ORDER BY id`,
  )
  expect(stored).toEqual(expected)
  expect(stored.length).toBeGreaterThan(0)
}

describe('the admin list search', () => {
  it('finds what LIKE finds: any word of a headline, a summary or a slug, every word, the page and its count', async () => {
    await draft('Ocelot conservation summit in Tashkent', {
      summary: 'Delegates of the pangolin treaty met.',
    })
    await draft('Pangolin treaty signed', { slug: 'ocelot-follow-up' })
    await draft('Tashkent hosts the ocelot forum')
    for (const n of [1, 2, 3, 4, 5, 6]) await draft(`Ocelot briefing ${n}`)
    for (const term of [
      'ocelot',
      'OCELOT tashkent',
      'pangolin',
      'follow-up',
      'angoli',
      'briefing 4',
      'ocelot nothing',
      'pangolin summit',
    ]) {
      const { ids, total } = await list(searchBox(term))
      expect({ ids, total }, term).toEqual(pick(await list(searchBox(term), { index: false })))
    }
    expect((await list(searchBox('ocelot'))).total).toBe(9)
    expect((await list(searchBox('ocelot tashkent'))).total).toBe(2)
    expect((await list(searchBox('ocelot nothing'))).total).toBe(0)
    // Every word in one field, as LIKE asks: not "pangolin" in a summary, "summit" in its headline.
    expect((await list(searchBox('pangolin summit'))).total).toBe(0)
    // A "contains" filter on one field, beside another condition.
    const where: Where = { and: [{ headline: { like: 'ocelot' } }, { editorialStatus: { equals: 'draft' } }] }
    expect(pick(await list(where))).toEqual(pick(await list(where, { index: false })))
    expect((await list(where)).total).toBe(8)
  })

  it('gives Payload only the ids that can be on the page, in the order of each sort the list offers', async () => {
    // Three on one day: the day's order is Payload's tie-break, the newest version first.
    const dates = [
      '2026-03-01',
      '2026-05-09',
      '2026-05-09',
      '2026-01-15',
      '2026-05-09',
      '2026-07-30',
      '2026-02-02',
    ]
    const servals: (number | string)[] = []
    for (const [n, date] of dates.entries()) {
      const release = await draft(`Kodkod count ${n}`, {
        dateline: { place: 'Almaty', date: `${date}T09:00:00.000Z` },
      })
      servals.push(release.id)
    }
    // An update reorders the list by update time, not by creation.
    await room.payload.update({
      collection: 'press-releases',
      id: servals[3]!,
      draft: true,
      data: { summary: 'Counted again.' },
      user: room.users.officer,
      overrideAccess: false,
    })
    // What Payload's query of the page is given: how many ids its `in` binds.
    const seen = vi.spyOn(room.payload.db, 'queryDrafts')
    try {
      const sorts = ['-dateline.date', 'dateline.date', '-updatedAt', 'updatedAt', 'createdAt', '-createdAt']
      for (const sort of [...sorts, '_status', '-editorialStatus', 'headline', '-headline']) {
        for (const page of [1, 2, 3]) {
          seen.mockClear()
          const indexed = await list(searchBox('kodkod'), { limit: 3, page, sort })
          const bound = seen.mock.calls.map(([args]) => idsIn(args.where))
          expect(indexed, `${sort}, page ${page}`).toEqual(
            await list(searchBox('kodkod'), { limit: 3, page, sort, index: false }),
          )
          expect(indexed.total).toBe(servals.length)
          // The first `page × 3` ids, or all seven where the page reaches the end or the store
          // cannot order by the sort (a localized headline).
          const all = page === 3 || sort.endsWith('headline')
          expect(bound, `${sort}, page ${page}`).toEqual([all ? servals.length : page * 3])
        }
      }
    } finally {
      seen.mockRestore()
    }
  })

  it('searches the language the admin shows, and finds Cyrillic words whatever their case', async () => {
    const release = await draft('Caracal workshop')
    await room.payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'ru',
      draft: true,
      data: { headline: 'Семинар Норова о каракалах', summary: 'Краткое изложение.' },
      user: room.users.officer,
      overrideAccess: false,
    })
    expect((await list(searchBox('каракал'), { locale: 'ru' })).ids).toEqual([release.id])
    expect((await list(searchBox('каракал'), { locale: 'en' })).ids).toEqual([])
    expect((await list(searchBox('caracal'), { locale: 'en' })).ids).toEqual([release.id])
    // SQLite's LIKE folds ASCII letters only; the index folds Cyrillic too ("норов" finds "Норова").
    expect((await list(searchBox('норов'), { locale: 'ru' })).ids).toEqual([release.id])
    expect((await list(searchBox('норов'), { locale: 'ru', index: false })).ids).toEqual([])
  })

  it('follows the latest version through edits, publication, restores and deletion', async () => {
    // The headline alone: the slug keeps the first headline's words.
    const headline = (term: string): Where => ({ headline: { like: term } })
    const release = await draft('Serval project launched')
    const edit = (data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      room.payload.update({
        collection: 'press-releases',
        id: release.id,
        data,
        draft: true,
        user: room.users.editor,
        overrideAccess: false,
        ...extra,
      })
    await edit({ headline: 'Margay project launched' })
    expect((await list(headline('serval'))).ids).toEqual([])
    expect((await list(headline('margay'))).ids).toEqual([release.id])
    // An autosave rewrites the latest version in place (no new version).
    await edit({ headline: 'Ocicat project launched' }, { autosave: true })
    expect((await list(headline('margay'))).ids).toEqual([])
    expect((await list(headline('ocicat'))).ids).toEqual([release.id])
    await expectIndexCurrent()
    await room.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { headline: 'Jaguarundi project launched', _status: 'published' },
      user: room.users.editor,
      overrideAccess: false,
    })
    expect((await list(headline('jaguarundi'))).ids).toEqual([release.id])
    expect((await list(headline('margay'))).ids).toEqual([])
    await expectIndexCurrent()

    const versions = await room.payload.findVersions({
      collection: 'press-releases',
      where: { parent: { equals: release.id } },
      sort: 'createdAt',
      user: room.users.editor,
      overrideAccess: false,
    })
    const first = versions.docs.find((version) => version.version.headline === 'Serval project launched')
    // As the admin's Versions view restores: REST, as a draft.
    const restored = await room.http.rest(
      'POST',
      `/press-releases/versions/${String(first!.id)}?draft=true`,
      room.sessions.editor,
    )
    expect(restored.status).toBe(200)
    expect((await list(headline('serval'))).ids).toEqual([release.id])
    expect((await list(headline('jaguarundi'))).ids).toEqual([])
    await expectIndexCurrent()

    await room.payload.delete({
      collection: 'press-releases',
      id: release.id,
      user: room.users.editor,
      overrideAccess: false,
    })
    expect((await list(headline('serval'))).ids).toEqual([])
    await expectIndexCurrent()
  })

  it('is what staff reads go through; the public and a short word keep LIKE', async () => {
    const release = await draft('Fossa exchange programme')
    // Take the index's rows away: a search that reads the index no longer finds the release.
    await sql(`DELETE FROM list_search_press_releases WHERE parent = ?`, [release.id])
    expect((await list(searchBox('fossa'))).ids).toEqual([])
    expect((await list(searchBox('fossa'), { index: false })).ids).toEqual([release.id])
    // Two letters: no trigram, LIKE answers.
    expect((await list(searchBox('fo exchange'))).ids).toEqual([release.id])
    // The public's REST read of drafts never touches the index (its timing would tell what drafts hold).
    const open = await room.http.rest(
      'GET',
      `/press-releases?draft=true&depth=0&where[or][0][headline][like]=fossa`,
      room.sessions.public,
    )
    expect(open.status).toBe(200)
    expect((open.body as { docs: unknown[] }).docs).toEqual([])
    // Staff's REST read (the admin's list) does.
    const staff = `/press-releases?draft=true&depth=0&where[or][0][headline][like]=fossa`
    expect((await room.http.rest('GET', staff, room.sessions.officer)).body).toMatchObject({ totalDocs: 0 })
    // Rewriting the release's row (any save) puts it back.
    await room.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { summary: 'An exchange of fossa keepers.' },
      draft: true,
      user: room.users.officer,
      overrideAccess: false,
    })
    expect((await room.http.rest('GET', staff, room.sessions.officer)).body).toMatchObject({ totalDocs: 1 })
    await expectIndexCurrent()
  })

  it('leaves a common word to LIKE, and turns itself off when a trigger is missing', async () => {
    await draft('Civet census one')
    await draft('Civet census two')
    const store = sqliteListSearch(room.payload.db)
    const ask = headlineAsk('civet')
    expect(await store.match({ ...ask, limit: 2 })).toHaveLength(2)
    expect(await store.match({ ...ask, limit: 1 })).toBeNull()

    const [trigger] = (await sql(
      `SELECT sql FROM sqlite_master WHERE name = 'list_search_press_releases_locale_update'`,
    )) as { sql: string }[]
    await sql(`DROP TRIGGER list_search_press_releases_locale_update`)
    try {
      expect(await sqliteListSearch(room.payload.db).match({ ...ask, limit: 10 })).toBeNull()
    } finally {
      await sql(trigger!.sql)
    }
    expect(await sqliteListSearch(room.payload.db).match({ ...ask, limit: 10 })).toHaveLength(2)
  })
})

describe('a common word in the admin list', () => {
  /**
   * More than `MAX_IDS` matches would take thousands of releases; the index is given rows of
   * versions that do not exist instead, so that its count and Payload's differ, and the total
   * shows whose count the list reports. They are taken away after each test.
   */
  const bump = () => sql(`UPDATE list_search_press_releases_writes SET n = n + 1`)
  /** `n` versions holding `word` in their English headline or (`slug`) their slug, from `from` on. */
  const phantom = async (word: string, n: number, { slug = false, raise = true, from = 0 } = {}) => {
    await sql(
      `WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < ?)
       INSERT INTO list_search_press_releases(rowid, parent, locale, ${slug ? 'slug' : 'headline'})
       SELECT (9000000 + ? + value) * 8 + ?, 9000000 + ? + value, ?, ? FROM n`,
      [n, from, slug ? 0 : 1, from, slug ? '' : 'en', `${word} phantom`],
    )
    // As the triggers do, unless the test asks otherwise.
    if (raise) await bump()
  }
  const forget = async () => {
    await sql(`DELETE FROM list_search_press_releases WHERE rowid >= 9000000 * 8`)
    await bump()
  }

  it('is counted by the index when the search is all the list asks; its page is Payload’s', async () => {
    const okapis = [await draft('Okapi survey'), await draft('Okapi census'), await draft('Okapi report')]
    await phantom('okapi', MAX_IDS)
    try {
      const total = MAX_IDS + okapis.length
      const first = await list(searchBox('okapi'), { limit: 2 })
      // The page: Payload's LIKE, newest first; the total: the index's.
      expect(first.ids).toEqual([okapis[2]!.id, okapis[1]!.id])
      expect(first.total).toBe(total)
      expect(first.pages).toEqual({
        page: 1,
        totalPages: Math.ceil(total / 2),
        hasNextPage: true,
        hasPrevPage: false,
        nextPage: 2,
        prevPage: null,
        pagingCounter: 1,
      })
      const second = await list(searchBox('okapi'), { limit: 2, page: 2 })
      expect(second.ids).toEqual([okapis[0]!.id])
      expect(second.pages).toMatchObject({ page: 2, hasPrevPage: true, prevPage: 1, pagingCounter: 3 })
      // Without the index: Payload's own count of the same page.
      expect((await list(searchBox('okapi'), { limit: 2, index: false })).total).toBe(3)
      // Past the last page: Payload's answer, whoever counts.
      const beyond = await list(searchBox('okapi'), { limit: 2, page: 9999 })
      expect(beyond).toEqual(await list(searchBox('okapi'), { limit: 2, page: 9999, index: false }))
      expect(beyond.ids).toEqual([])
      // Payload's own count is not run at all (that is the time saved).
      const counted = vi.spyOn(room.payload.db, 'countDistinct')
      try {
        await list(searchBox('okapi'), { limit: 2 })
        expect(counted).not.toHaveBeenCalled()
        await list({ and: [searchBox('okapi'), { editorialStatus: { equals: 'draft' } }] }, { limit: 2 })
        expect(counted).toHaveBeenCalled()
      } finally {
        counted.mockRestore()
      }
      // As the admin's list asks it, over REST.
      const rest = await room.http.rest(
        'GET',
        `/press-releases?draft=true&depth=0&limit=2&where[or][0][headline][like]=okapi&where[or][1][summary][like]=okapi`,
        room.sessions.officer,
      )
      expect(rest.body).toMatchObject({
        totalDocs: total,
        docs: [{ id: okapis[2]!.id }, { id: okapis[1]!.id }],
      })

      // Another filter beside the search: Payload counts (the index knows nothing of status).
      const narrowed: Where = { and: [searchBox('okapi'), { editorialStatus: { equals: 'draft' } }] }
      expect((await list(narrowed)).total).toBe(3)
      // Versions found by their slug alone count; one found by its slug and headline, once.
      await phantom('okapi', 2, { slug: true, from: MAX_IDS })
      await phantom('okapi', 1, { slug: true })
      expect((await list(searchBox('okapi'))).total).toBe(total + 2)
      // A word LIKE reads otherwise than the index (Cyrillic case): Payload counts.
      await forget()
      await phantom('окапи', MAX_IDS + 1)
      expect((await list(searchBox('окапи'))).total).toBe(0)
    } finally {
      await forget()
    }
  })

  it('is remembered until the index changes: counts and matches', async () => {
    const store = sqliteListSearch(room.payload.db)
    const ask = headlineAsk('tapir')
    const tapir = await draft('Tapir habitat mapping')
    try {
      expect(await store.count(ask)).toBe(1)
      expect(await store.match({ ...ask, limit: 10 })).toEqual([tapir.id])
      // Rows written past the triggers do not count as a write: the answers remembered are given.
      await phantom('tapir', 4, { raise: false })
      expect(await store.count(ask)).toBe(1)
      expect(await store.match({ ...ask, limit: 10 })).toEqual([tapir.id])
      // Any save through the triggers does.
      await room.payload.update({
        collection: 'press-releases',
        id: tapir.id,
        data: { summary: 'Mapping the tapir’s range.' },
        draft: true,
        user: room.users.officer,
        overrideAccess: false,
      })
      expect(await store.count(ask)).toBe(5)
      expect(await store.match({ ...ask, limit: 10 })).toHaveLength(5)
      // Other languages are counted apart; one the index has no code for is not counted.
      expect(await store.count({ ...ask, locale: 'ru' })).toBe(0)
      expect(await store.count({ ...ask, locale: 'fr' })).toBeNull()
      // Every language of the site has its code (a new one needs a migration that gives it one).
      expect(Object.keys(LIST_SEARCH_LOCALE_CODES).sort()).toEqual([...locales].sort())
    } finally {
      await forget()
    }
  })
})

describe('rewriteWhere', () => {
  const match = async (fields: string[], words: string[]) =>
    words.includes('none') ? [] : [`${fields.join('|')}:${words.join('+')}`]
  const fields = new Set(['headline', 'slug', 'summary'])

  it('replaces each answerable like on an indexed field, and nothing else', async () => {
    const where: Where = {
      and: [
        {
          or: [
            { headline: { like: 'sco summit' } },
            { slug: { like: 'sco summit' } },
            { slug: { like: 'un' } },
            { summary: { like: 'sco summit' } },
            { editorNote: { like: 'sco summit' } },
            { and: [{ summary: { like: 'treaty' } }] },
          ],
        },
        { headline: { like: 'none' }, _status: { equals: 'draft' } },
        { headline: { like: '50%' } },
        { headline: { like: 'sco', not_equals: 'x' } },
      ],
    }
    expect(await rewriteWhere(where, fields, match)).toEqual({
      and: [
        {
          // The search box's likes of one value: one question, one list of ids.
          or: [
            { id: { in: ['headline|slug|summary:sco+summit'] } },
            { slug: { like: 'un' } },
            { editorNote: { like: 'sco summit' } },
            { and: [{ id: { in: ['summary:treaty'] } }] },
          ],
        },
        { and: [{ id: { in: [] } }, { _status: { equals: 'draft' } }] },
        { headline: { like: '50%' } },
        { headline: { like: 'sco', not_equals: 'x' } },
      ],
    })
    const untouched: Where = { or: [{ editorNote: { like: 'sco' } }, { headline: { like: 'un' } }] }
    expect(await rewriteWhere(untouched, fields, match)).toBe(untouched)
  })

  it('binds at most so many ids in one query, and leaves the rest to LIKE', async () => {
    const asked: number[] = []
    const ask = async (_fields: string[], _words: string[], limit: number) => {
      asked.push(limit)
      return Array.from({ length: limit }, (_, n) => n)
    }
    const match = budgeted(ask, MAX_IDS * 2.5)
    const where: Where = {
      and: ['one', 'two', 'three', 'four'].map((word) => ({ headline: { like: word } })),
    }
    const rewritten = (await rewriteWhere(where, fields, match)) as { and: Where[] }
    // As many ids as one condition may have, twice, then what is left of the budget; the fourth
    // condition as it was.
    expect(asked).toEqual([MAX_IDS, MAX_IDS, MAX_IDS / 2])
    expect(rewritten.and.map((condition) => Object.keys(condition)[0])).toEqual([
      'id',
      'id',
      'id',
      'headline',
    ])
  })

  it('keeps LIKE for what the index cannot read as LIKE does', () => {
    expect(answerable('sco summit')).toEqual(['sco', 'summit'])
    for (const value of ['un', 'sco  summit', '50%', 'a_b_c', 'abc\0def', 42])
      expect(answerable(value)).toBeNull()
  })
})

describe('a query with the most ids the list search binds', () => {
  it('runs (Payload binds each id of a relationship twice; SQLite takes 32,766 values)', async () => {
    const ids = Array.from({ length: MAX_BOUND_IDS }, (_, n) => 1_000_000 + n)
    const result = await room.payload.find({
      collection: 'press-releases',
      draft: true,
      where: { id: { in: ids } },
      limit: 5,
      user: room.users.officer,
      overrideAccess: false,
    })
    expect(result.totalDocs).toBe(0)
  })
})
