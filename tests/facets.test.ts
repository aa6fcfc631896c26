import type * as NextCache from 'next/cache'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import type { PressRelease } from '@/payload-types'
import { releaseFacets, type ReleaseFacets } from '@/server/facets'

import { freshNewsroom } from './helpers/newsroom'
import { releaseData } from './helpers/releases'

/**
 * Issue 12: the news filter's facets come from aggregate queries, and equal what a full read of
 * the public releases gives, on a newsroom with drafts, embargoed and lifted releases.
 */
const newsroom = freshNewsroom('facets')

// Next's data cache needs a running Next server; here the public fetchers read straight through.
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof NextCache>()),
  unstable_cache: <T>(read: T) => read,
}))

type Client = { execute: (statement: { sql: string; args: unknown[] }) => Promise<unknown> }

/** What the facets were before issue 12: every release the public may read, read in full. */
async function fullRead(payload: Payload, now: Date): Promise<ReleaseFacets> {
  const { docs } = await payload.find({
    collection: 'press-releases',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    where: {
      and: [
        { _status: { equals: 'published' } },
        {
          or: [{ embargoUntil: { exists: false } }, { embargoUntil: { less_than_equal: now.toISOString() } }],
        },
      ],
    },
  })
  const ids = (pick: (release: PressRelease) => unknown[]) =>
    [
      ...new Set(
        docs.flatMap(pick).map((value) => (typeof value === 'object' ? (value as { id: number }).id : value)),
      ),
    ]
      .filter((id): id is number => typeof id === 'number')
      .sort()
  return {
    years: [...new Set(docs.map((doc) => new Date(doc.dateline.date).getUTCFullYear()))].sort(
      (a, b) => b - a,
    ),
    events: ids((doc) => (doc.event ? [doc.event] : [])),
    participants: ids((doc) => doc.participants ?? []),
    topics: ids((doc) => doc.topics ?? []),
  }
}

const sorted = (facets: ReleaseFacets): ReleaseFacets => ({
  years: facets.years,
  events: [...facets.events].sort(),
  participants: [...facets.participants].sort(),
  topics: [...facets.topics].sort(),
})

describe('release facets', () => {
  const ids: Record<string, number> = {}
  const id = (key: string): number => ids[key]!

  beforeAll(async () => {
    const { payload, users } = newsroom
    const asEditor = { user: users.editor, overrideAccess: false } as const
    for (const name of ['public', 'draftOnly', 'embargoedOnly', 'lifted']) {
      ids[`topic.${name}`] = (
        await payload.create({
          collection: 'topics',
          data: { title: `Topic ${name}`, _status: 'published' },
          ...asEditor,
        })
      ).id
    }
    for (const name of ['public', 'draftOnly']) {
      ids[`participant.${name}`] = (
        await payload.create({
          collection: 'participants',
          data: { name: `Participant ${name}`, kind: 'person', _status: 'published' },
          ...asEditor,
        })
      ).id
    }
    for (const name of ['public', 'embargoedOnly']) {
      ids[`event.${name}`] = (
        await payload.create({
          collection: 'events',
          data: {
            title: `Event ${name}`,
            type: 'meeting',
            city: 'Vienna',
            startsAt: '2020-03-04T09:00:00.000Z',
            startsAt_tz: 'Europe/Vienna',
            _status: 'published',
          },
          ...asEditor,
        })
      ).id
    }
    const release = async (date: string, data: Partial<PressRelease>, status: 'draft' | 'published') =>
      payload.create({
        collection: 'press-releases',
        data: { ...releaseData(), dateline: { place: 'Vienna', date }, ...data, _status: status },
        draft: status === 'draft',
        ...asEditor,
      })
    await release(
      '2019-06-01T10:00:00.000Z',
      {
        event: id('event.public'),
        participants: [id('participant.public')],
        topics: [id('topic.public')],
      },
      'published',
    )
    // The first second of a year in UTC, and the last: the year is the dateline's in UTC.
    await release('2024-01-01T00:00:00.000Z', { topics: [id('topic.public')] }, 'published')
    await release('2023-12-31T23:59:59.999Z', {}, 'published')
    await release(
      '2015-05-05T10:00:00.000Z',
      { participants: [id('participant.draftOnly')], topics: [id('topic.draftOnly')] },
      'draft',
    )
    // Published, then a draft moves it to 2016: the public still sees 2021.
    const moved = await release('2021-02-02T10:00:00.000Z', {}, 'published')
    await payload.update({
      collection: 'press-releases',
      id: moved.id,
      data: {
        dateline: { place: 'Vienna', date: '2016-02-02T10:00:00.000Z' },
        topics: [id('topic.draftOnly')],
      },
      draft: true,
      ...asEditor,
    })
    const embargoed = await release(
      '2012-03-03T10:00:00.000Z',
      { event: id('event.embargoedOnly'), topics: [id('topic.embargoedOnly')] },
      'published',
    )
    const lifted = await release('2010-04-04T10:00:00.000Z', { topics: [id('topic.lifted')] }, 'published')
    // Published with an embargo is what an early lift or a data import can leave; the workflow
    // sets embargoes only through its actions, so the stored rows are written here directly.
    const client = (payload.db as unknown as { client: Client }).client
    const embargo = (id: number, until: string) =>
      client.execute({ sql: 'UPDATE press_releases SET embargo_until = ? WHERE id = ?', args: [until, id] })
    await embargo(embargoed.id, '2099-01-01T00:00:00.000Z')
    await embargo(lifted.id, '2020-01-01T00:00:00.000Z')
  })

  it('equal what a full read of the public releases gives', async () => {
    const { payload } = newsroom
    const now = new Date()
    const facets = sorted(await releaseFacets(payload, now))
    expect(facets).toEqual(await fullRead(payload, now))
    expect(facets).toEqual({
      years: [2024, 2023, 2021, 2019, 2010],
      events: [id('event.public')],
      participants: [id('participant.public')],
      topics: [id('topic.public'), id('topic.lifted')].sort(),
    })
  })

  it('follow the embargoes as time passes', async () => {
    const { payload } = newsroom
    // Before the lifted embargo's time: that release is not public yet.
    const before = new Date('2019-12-31T23:59:59.999Z')
    expect(sorted(await releaseFacets(payload, before))).toEqual(await fullRead(payload, before))
    expect((await releaseFacets(payload, before)).topics).not.toContain(id('topic.lifted'))
    // At the instant of the embargo: public (`<=`, as src/access/publicRelease.ts).
    expect((await releaseFacets(payload, new Date('2020-01-01T00:00:00.000Z'))).topics).toContain(
      id('topic.lifted'),
    )
    // After every embargo: the embargoed release counts too.
    const later = new Date('2100-01-01T00:00:00.000Z')
    const facets = sorted(await releaseFacets(payload, later))
    expect(facets).toEqual(await fullRead(payload, later))
    expect(facets.years).toContain(2012)
    expect(facets.events).toContain(id('event.embargoedOnly'))
  })
})

describe("the news filter's options at scale", () => {
  it('offer every record up to a usable length, then those of the latest releases, the selected one and the year', async () => {
    const { payload, users } = newsroom
    // Imported once Payload runs on this file's database (the data layer loads the config).
    const { OPTIONS_SHOWN, recordOptions } = await import('@/data/records/slugs')
    const { publicViewer } = await import('@/data/viewer')
    const asEditor = { user: users.editor, overrideAccess: false } as const
    const participant = async (name: string) =>
      payload.create({
        collection: 'participants',
        data: { name, kind: 'person', _status: 'published' },
        ...asEditor,
      })
    const names = async (options: { year?: number; selected?: string } = {}) => {
      const result = await recordOptions(publicViewer, 'participants', 'en', options)
      return { narrowed: result.narrowed, labels: result.options.map((option) => option.label) }
    }
    // Few records: all of them, as before.
    expect(await names()).toEqual({ narrowed: false, labels: ['Participant public'] })

    // Many: a release of 2008 names OPTIONS_SHOWN participants, one of 2022 names one more.
    const crowd = []
    for (let i = 0; i < OPTIONS_SHOWN; i++)
      crowd.push(await participant(`Crowd ${String(i).padStart(2, '0')}`))
    const recent = await participant('Recent speaker')
    const release = (date: string, participants: number[]) =>
      payload.create({
        collection: 'press-releases',
        data: { ...releaseData(), dateline: { place: 'Vienna', date }, participants, _status: 'published' },
        ...asEditor,
      })
    await release(
      '2008-05-05T10:00:00.000Z',
      crowd.map((p) => p.id),
    )
    await release('2022-05-05T10:00:00.000Z', [recent.id])

    const all = await names()
    expect(all.narrowed).toBe(true)
    expect(all.labels).toHaveLength(OPTIONS_SHOWN)
    // Most recent first: the 2022 release's participant is offered; of the 2008 crowd, one is not.
    expect(all.labels).toContain('Recent speaker')
    const left = crowd.find((p) => !all.labels.includes(p.name as string))
    expect(left).toBeDefined()
    // A filter on that one keeps it offered (and selected).
    expect((await names({ selected: left!.slug as string })).labels).toContain(left!.name)
    // A year offers that year's: 2022 has only the recent speaker; 2019 the first test's.
    expect(await names({ year: 2022 })).toEqual({ narrowed: true, labels: ['Recent speaker'] })
    expect((await names({ year: 2019 })).labels).toEqual(['Participant public'])
    // A draft's participant is never offered, even selected by its slug.
    const [draftOnly] = (
      await payload.find({
        collection: 'participants',
        where: { name: { equals: 'Participant draftOnly' } },
        depth: 0,
      })
    ).docs
    expect((await names({ year: 2015, selected: draftOnly!.slug as string })).labels).toEqual([])
  })
})
