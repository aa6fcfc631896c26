import type * as NextCache from 'next/cache'
import { describe, expect, it, vi } from 'vitest'

import { editorState, paragraphNode } from '@/content/lexical'
import type { searchSite as SearchSite, suggestTitles as SuggestTitles } from '@/data/search'
import type { rebuildSearchIndex as Rebuild } from '@/server/search/rebuild'

import { atTime } from './helpers/clock'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease, releaseData } from './helpers/releases'

// Outside a Next server: cached reads run through (Next's data cache is tested in the browser tests).
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof NextCache>()),
  unstable_cache: <T>(read: T) => read,
}))

/**
 * The full-text index (src/server/search): relevance, stemming in English and Russian, names in
 * every language, Chinese, highlighted excerpts, and that the public matches and counts only
 * what it may read, as the hooks and the rebuild keep it.
 */
const room = freshNewsroom('search-index')
const reader = { draft: false, user: null }
// Imported once Payload runs on this file's database (the config reads DATABASE_URL at import).
const searchSite: typeof SearchSite = async (...args) => (await import('@/data/search')).searchSite(...args)
const suggestTitles: typeof SuggestTitles = async (...args) =>
  (await import('@/data/search')).suggestTitles(...args)
const rebuild: typeof Rebuild = async (...args) =>
  (await import('@/server/search/rebuild')).rebuildSearchIndex(...args)

const editor = () => ({ user: room.users.editor, overrideAccess: false })
const body = (text: string) => editorState([paragraphNode(text)])
const hour = 60 * 60 * 1000

async function releases(query: string, locale: 'en' | 'ru' | 'zh' = 'en') {
  const results = await searchSite(reader, query, locale)
  const hits = results.groups.find((group) => group.group === 'releases')?.hits ?? []
  return { titles: hits.map((hit) => hit.title), hits, total: results.total }
}

async function publish(headline: string, text: string, extra: Record<string, unknown> = {}) {
  return room.payload.create({
    collection: 'press-releases',
    data: { ...releaseData(headline), body: body(text), ...extra, _status: 'published' },
    ...editor(),
  })
}

describe('ranking and language', () => {
  it('ranks a title match above a body-only match, whatever the dates', async () => {
    for (const n of [1, 2, 3, 4, 5]) await publish(`Filler ${n}`, 'Nothing to see in these lines.')
    await publish('Quokka habitats discussed', 'Ministers met.', {
      dateline: { place: 'Perth', date: '2020-01-01T12:00:00.000Z' },
    })
    await publish('Ministers met again', 'They also spoke of quokka habitats.', {
      dateline: { place: 'Perth', date: '2025-01-01T12:00:00.000Z' },
    })
    expect((await releases('quokka')).titles).toEqual(['Quokka habitats discussed', 'Ministers met again'])
  })

  it('finds other forms of an English word and highlights the word found', async () => {
    await publish('Wombat partnership', 'The wombat cooperation deepens every year.')
    const { hits } = await releases('cooperating wombats')
    expect(hits.map((hit) => hit.title)).toEqual(['Wombat partnership'])
    expect(hits[0]!.excerpt).toContain('wombat cooperation deepens')
    expect(hits[0]!.marks).toEqual(expect.arrayContaining(['Wombat', 'wombat', 'cooperation']))
  })

  it('finds Russian word forms, and an English-only release by a linked person’s Russian or Chinese name', async () => {
    const release = await publish('Talks on trade', 'Trade was discussed.')
    await room.payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'ru',
      data: { headline: 'Переговоры о сотрудничестве', summary: 'Сотрудничество развивается.' },
      ...editor(),
    })
    // A translation the public may not read yet (not approved) is not matched either.
    expect((await releases('сотрудничества', 'ru')).titles).toEqual([])
    const { approveLoadedTranslations } = await import('@/workflow/translation/apply')
    await approveLoadedTranslations(room.payload, release.id)
    expect((await releases('сотрудничества', 'ru')).titles).toEqual(['Переговоры о сотрудничестве'])

    const norov = await room.payload.create({
      collection: 'participants',
      data: { kind: 'person', name: 'Vladimir Norov', _status: 'published' },
      overrideAccess: true,
    })
    for (const [locale, name] of [
      ['ru', 'Владимир Норов'],
      ['zh', '弗拉基米尔·诺罗夫'],
    ] as const)
      await room.payload.update({
        collection: 'participants',
        id: norov.id,
        locale,
        data: { name },
        overrideAccess: true,
      })
    await publish('Secretary-General visits Bishkek', 'A visit.', { participants: [norov.id] })
    const russian = await releases('Норов', 'ru')
    expect(russian.titles).toEqual(['Secretary-General visits Bishkek'])
    expect(russian.hits[0]).toMatchObject({ titleLang: 'en' })
    expect((await releases('诺罗夫', 'zh')).titles).toEqual(['Secretary-General visits Bishkek'])
    // The person's own entry too.
    const people = (await searchSite(reader, 'Норов', 'ru')).groups.find(
      (group) => group.group === 'participants',
    )
    expect(people?.hits.map((hit) => hit.title)).toEqual(['Владимир Норов'])
  })

  it('finds Chinese text by one or two characters', async () => {
    const release = await publish('Summit in Qingdao', 'The summit met.')
    await room.payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'zh',
      data: { headline: '青岛峰会开幕', summary: '上海合作组织峰会在青岛开幕。' },
      ...editor(),
    })
    const { approveLoadedTranslations } = await import('@/workflow/translation/apply')
    await approveLoadedTranslations(room.payload, release.id)
    const two = await releases('峰会', 'zh')
    expect(two.titles).toEqual(['青岛峰会开幕'])
    expect(two.hits[0]!.marks).toEqual(['峰会'])
    expect((await releases('岛', 'zh')).titles).toEqual(['青岛峰会开幕'])
    expect((await releases('上海合作', 'zh')).titles).toEqual(['青岛峰会开幕'])
  })

  it('suggests titles for the word being typed', async () => {
    await publish('Pangolin conservation pledge', 'Signed.')
    const suggestions = await suggestTitles('pango', 'en')
    expect(suggestions).toEqual([
      { group: 'releases', slug: expect.any(String), title: 'Pangolin conservation pledge' },
    ])
    expect(await suggestTitles('conservation pang', 'en')).toHaveLength(1)
    expect(await suggestTitles('zzzq', 'en')).toEqual([])
  })
})

describe('what the public may match and count', () => {
  it('never a draft, an embargoed release or a withdrawn one; a published one until it is withdrawn', async () => {
    const secret = await draftRelease(room.payload, room.users.officer, 'Narwhal draft')
    await room.act('officer', secret.id, { action: 'submit' })
    expect((await room.act('editor', secret.id, { action: 'approve' })).status).toBe(200)
    const embargo = { action: 'embargo', at: new Date(Date.now() + 2 * hour).toISOString(), timezone: 'UTC' }
    expect((await room.act('editor', secret.id, embargo)).status).toBe(200)
    expect(await releases('narwhal')).toMatchObject({ titles: [], total: 0 })

    // Stored as published with its lift ahead (as an import writes it): public at the lift, with no write.
    const lift = new Date(Date.now() + 2 * hour)
    await room.payload.create({
      collection: 'press-releases',
      data: {
        ...releaseData('Beluga census'),
        embargoUntil: lift.toISOString(),
        embargoUntil_tz: 'UTC',
        _status: 'published',
      },
      overrideAccess: true,
      context: { workflowTransition: { action: 'publish' } },
    })
    expect(await releases('beluga')).toMatchObject({ titles: [], total: 0 })
    const before = await atTime(new Date(lift.getTime() - 1_000), () => releases('beluga'))
    expect(before).toMatchObject({ titles: [], total: 0 })
    const after = await atTime(new Date(lift.getTime() + 1_000), () => releases('beluga'))
    expect(after.titles).toEqual(['Beluga census'])

    const early = { action: 'publish', liftEarly: true, reason: 'Announced already.' }
    expect((await room.act('editor', secret.id, early)).status).toBe(200)
    expect((await releases('narwhal')).titles).toEqual(['Narwhal draft'])
    expect((await room.act('editor', secret.id, { action: 'unpublish' })).status).toBe(200)
    expect(await releases('narwhal')).toMatchObject({ titles: [], total: 0 })

    // A draft saved over a published text: its words stay private, the published ones public.
    const shown = await publish('Dugong survey', 'Counted.')
    await room.payload.update({
      collection: 'press-releases',
      id: shown.id,
      data: { summary: 'Unannounced manatee plans.' },
      draft: true,
      user: room.users.officer,
      overrideAccess: false,
    })
    expect(await releases('manatee')).toMatchObject({ titles: [], total: 0 })
    expect((await releases('dugong')).titles).toEqual(['Dugong survey'])
  })

  it('follows edits and deletions', async () => {
    const release = await publish('Ibex census', 'Counted.')
    await room.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { headline: 'Markhor census', _status: 'published' },
      ...editor(),
    })
    expect((await releases('ibex')).titles).toEqual([])
    expect((await releases('markhor')).titles).toEqual(['Markhor census'])
    await room.payload.delete({ collection: 'press-releases', id: release.id, ...editor() })
    expect((await releases('markhor')).titles).toEqual([])

    // A linked person's name, renamed.
    const keeper = await room.payload.create({
      collection: 'participants',
      data: { kind: 'person', name: 'Oryx Keeper', _status: 'published' },
      overrideAccess: true,
    })
    await publish('Zoo visit', 'A visit.', { participants: [keeper.id] })
    expect((await releases('oryx')).titles).toEqual(['Zoo visit'])
    await room.payload.update({
      collection: 'participants',
      id: keeper.id,
      data: { name: 'Addax Keeper', _status: 'published' },
      overrideAccess: true,
    })
    expect((await releases('oryx')).titles).toEqual([])
    expect((await releases('addax')).titles).toEqual(['Zoo visit'])
  })

  it('follows the people a release shows: through its speeches, and when they are deleted', async () => {
    const person = async (name: string) =>
      room.payload.create({
        collection: 'participants',
        data: { kind: 'person', name, _status: 'published' },
        overrideAccess: true,
      })
    const [serow, takin] = [await person('Serow Speaker'), await person('Takin Speaker')]
    const speech = await room.payload.create({
      collection: 'speeches',
      data: {
        title: 'Remarks on mountains',
        speaker: serow.id,
        date: '2020-01-01T12:00:00.000Z',
        delivery: 'as-delivered',
        language: 'en',
        _status: 'published',
      },
      ...editor(),
    })
    const release = await publish('Mountain forum', 'Speakers spoke.', { speeches: [speech.id] })
    expect((await releases('serow')).titles).toEqual(['Mountain forum'])

    // The speech's speaker changes: the citing release shows the new one.
    await room.payload.update({
      collection: 'speeches',
      id: speech.id,
      data: { speaker: takin.id, _status: 'published' },
      ...editor(),
    })
    expect((await releases('serow')).titles).toEqual([])
    expect((await releases('takin')).titles).toEqual(['Mountain forum'])

    // A deleted speech takes its speaker's name out of the release; so does a deleted person.
    await room.payload.delete({ collection: 'speeches', id: speech.id, ...editor() })
    expect((await releases('takin')).titles).toEqual([])
    await room.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { participants: [serow.id], _status: 'published' },
      ...editor(),
    })
    expect((await releases('serow')).titles).toEqual(['Mountain forum'])
    await room.payload.delete({ collection: 'participants', id: serow.id, ...editor() })
    expect((await releases('serow')).titles).toEqual([])
    expect((await releases('mountain')).titles).toEqual(['Mountain forum'])
  })

  it('finds events and documents by the people and organisations in them, as they are renamed', async () => {
    const bank = await room.payload.create({
      collection: 'participants',
      data: { kind: 'organisation', name: 'Pangolin Bank', _status: 'published' },
      overrideAccess: true,
    })
    await room.payload.update({
      collection: 'participants',
      id: bank.id,
      locale: 'ru',
      data: { name: 'Банк Панголин' },
      overrideAccess: true,
    })
    await room.payload.create({
      collection: 'events',
      data: {
        title: 'Annual meeting',
        type: 'meeting',
        city: 'Vienna',
        startsAt: '2020-03-04T09:00:00.000Z',
        startsAt_tz: 'Europe/Vienna',
        participation: [{ participant: bank.id, role: 'speaker' }],
        _status: 'published',
      },
      ...editor(),
    })
    await room.payload.create({
      collection: 'documents',
      data: { title: 'Loan agreement', type: 'declaration', parties: [bank.id], _status: 'published' },
      ...editor(),
    })
    const titles = async (query: string, locale: 'en' | 'ru' = 'en') => {
      const { groups } = await searchSite(reader, query, locale)
      return groups
        .filter((group) => group.group === 'events' || group.group === 'documents')
        .flatMap((group) => group.hits.map((hit) => hit.title))
        .sort()
    }
    expect(await titles('pangolin')).toEqual(['Annual meeting', 'Loan agreement'])
    expect(await titles('Панголин', 'ru')).toEqual(['Annual meeting', 'Loan agreement'])
    await room.payload.update({
      collection: 'participants',
      id: bank.id,
      data: { name: 'Aardvark Bank', _status: 'published' },
      overrideAccess: true,
    })
    expect(await titles('pangolin')).toEqual([])
    expect(await titles('aardvark')).toEqual(['Annual meeting', 'Loan agreement'])
  })

  it('is what the rebuild makes from the records as stored', async () => {
    const { client } = room.payload.db as unknown as {
      client: { execute: (sql: string) => Promise<{ rows: unknown[] }> }
    }
    const snapshot = async () =>
      (
        await client.execute(
          `SELECT collection, record_id, locale, slug, title, title_english, texts, date, public_from
           FROM search_entries ORDER BY collection, record_id, locale`,
        )
      ).rows.map((row) => JSON.stringify(row))
    const queries = ['quokka', 'cooperating', 'Норов', '峰会', 'narwhal', 'wombat', 'beluga']
    const found = async () =>
      Promise.all(queries.map(async (query) => (await searchSite(reader, query, 'ru')).groups))
    const [before, results] = [await snapshot(), await found()]
    expect(before.length).toBeGreaterThan(0)
    await rebuild(room.payload)
    expect(await snapshot()).toEqual(before)
    expect(await found()).toEqual(results)
  })
  it('is filled again at start when emptied (an upgrade), and a rebuild asked for meanwhile takes over', async () => {
    const { searchStore } = await import('@/server/search')
    const { fillSearchIndexIfEmpty } = await import('@/server/search/rebuild')
    await publish('Okapi sighting', 'Seen at dawn near the river.')
    const store = searchStore(room.payload)
    const entries = await store.count()
    await store.clear()
    expect(await releases('okapi')).toMatchObject({ titles: [], total: 0 })

    const logged = vi.spyOn(room.payload.logger, 'info')
    try {
      await fillSearchIndexIfEmpty(room.payload)
      // `npm run search:rebuild` while the start's fill runs: the fill stops, the rebuild does the work.
      expect(await rebuild(room.payload)).toMatchObject({ entries })
      const lines = logged.mock.calls.map(([line]) => String(line))
      expect(lines).toContain(
        '[communiqué] The search index is empty: filling it from the published records.',
      )
      await vi.waitFor(() =>
        expect(logged.mock.calls.map(([line]) => String(line))).toContain(
          '[communiqué] Filling the search index stopped: a rebuild took over.',
        ),
      )
    } finally {
      logged.mockRestore()
    }
    expect(await store.count()).toBe(entries)
    expect((await releases('okapi')).titles).toEqual(['Okapi sighting'])
  })
  it('lets the server answer other requests between the pages of a rebuild', async () => {
    // The SQLite driver answers at once, so a rebuild that never yields would hold the event
    // loop (and every reader's request) until its end, and libsql's freed statements with it.
    const { searchCollections } = await import('@/server/search')
    let pages = 0
    for (const collection of searchCollections) {
      const where = { _status: { equals: 'published' } } as const
      const { totalDocs } = await room.payload.count({ collection, where, overrideAccess: true })
      pages += Math.max(1, Math.ceil(totalDocs / 2))
    }
    let turns = 0
    let running = true
    const turn = () => {
      turns++
      if (running) setImmediate(turn)
    }
    setImmediate(turn)
    try {
      await rebuild(room.payload, { pageSize: 2 })
    } finally {
      running = false
    }
    // A turn after each page (the first may come before the rebuild's first await settles).
    expect(turns).toBeGreaterThanOrEqual(pages - 1)
  })
})
