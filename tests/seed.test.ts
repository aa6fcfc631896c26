import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { entriesOn, scoStatusOn } from '@/content/positions'
import { seedData } from '@/seed/data'
import { plainText } from '@/content/lexical'
import { seed } from '@/seed/run'
import { SeedDataError, validateSeedData } from '@/seed/validate'

import { freshNewsroom } from './helpers/newsroom'
import { seededCounts } from './helpers/seed'

/** A deep copy of the demo data to break on purpose. */
const copy = () => structuredClone(seedData) as typeof seedData

/** The source texts of the demo releases live beside the project (../shared), not in it. */
const seedTexts = path.resolve(import.meta.dirname, '..', '..', 'shared', 'seeds')

describe('the demo newsroom', () => {
  const room = freshNewsroom('seed')
  let firstReport: Awaited<ReturnType<typeof seed>>

  beforeAll(async () => {
    firstReport = await seed(room.payload)
  })

  const publicFind = <T extends CollectionSlug>(collection: T, slug: string) =>
    room.payload
      .find({ collection, where: { slug: { equals: slug } }, depth: 1, overrideAccess: false, limit: 1 })
      .then((result) => result.docs[0]!)

  it('loads every record of the data files, published', async () => {
    expect(await seededCounts(room.payload)).toEqual({
      'press-releases': 5,
      events: seedData.events.length,
      speeches: seedData.speeches.length,
      participants: seedData.participants.length,
      documents: seedData.documents.length,
      topics: seedData.topics.length,
    })
    const published = await room.payload.count({ collection: 'press-releases', overrideAccess: false })
    expect(published.totalDocs).toBe(5)
    expect(seedData.participants.length).toBeGreaterThan(80)
  })

  it('holds each source text in full: every line of it is in the headline or body', async () => {
    const normal = (text: string) =>
      text
        .replace(/\u00a0/g, ' ')
        .replace(/А\/RES/g, 'A/RES')
        .replace(/\s+/g, ' ')
        .trim()
    for (const release of seedData.releases) {
      const sourcePath = path.join(seedTexts, release.source)
      expect(existsSync(sourcePath), `${sourcePath} is missing: the check needs the seed texts`).toBe(true)
      const doc = await publicFind('press-releases', release.key)
      const text = normal(`${doc.headline} ${plainText(doc.body)}`)
      const lines = readFileSync(sourcePath, 'utf8')
        .split('\n')
        .map((line) => normal(line).replace(/^— /, ''))
        .filter(Boolean)
      for (const line of lines) expect(text, `${release.key}: "${line.slice(0, 60)}…"`).toContain(line)
    }
  })

  it('links the 2019 release to its event, speeches, speakers and documents', async () => {
    const release = await publicFind('press-releases', 'un-sco-third-high-level-event-2019')
    const event = release.event as { attendance: number; city: string; startsAt: string; startsAt_tz: string }
    expect(event).toMatchObject({ attendance: 180, city: 'New York', startsAt_tz: 'America/New_York' })
    expect(release.dateline.place).toBe('New York')
    const speechTitles = (release.speeches ?? []).map((s) => (typeof s === 'object' ? s.title : s))
    expect(speechTitles.length).toBeGreaterThanOrEqual(4)
    const documents = (release.documents ?? []).map((d) => (typeof d === 'object' ? d.symbol : d))
    expect(documents).toContain('A/RES/59/48')
    const body = JSON.stringify(release.body)
    expect(body).toContain('"blockType":"speechQuote"')
    expect(body).toContain('"blockType":"documentReference"')
  })

  // The edit view's joins, for staff (a public read gets none: tests/staff-joins.test.ts).
  const staffFind = <T extends CollectionSlug>(collection: T, slug: string) =>
    room.payload
      .find({
        collection,
        where: { slug: { equals: slug } },
        depth: 1,
        user: room.users.officer,
        overrideAccess: false,
        limit: 1,
      })
      .then((result) => result.docs[0]!)

  it('shows staff an event its speeches and releases, and a speaker their speeches', async () => {
    const event = await staffFind('events', 'un-sco-high-level-event-2018')
    expect(event.speeches?.docs?.length).toBeGreaterThanOrEqual(5)
    expect(event.releases?.docs?.length).toBe(2)
    const alimov = await staffFind('participants', 'rashid-alimov')
    expect(alimov.speeches?.docs?.length).toBeGreaterThanOrEqual(2)
    expect(alimov.events?.docs?.length).toBeGreaterThanOrEqual(1)
  })

  it('records where the sources disagree, for editors only', async () => {
    const asPublic = await publicFind('events', 'un-sco-high-level-event-2018')
    expect(asPublic.editorNote).toBeUndefined()
    const { docs } = await room.payload.find({
      collection: 'events',
      where: { slug: { equals: 'un-sco-high-level-event-2018' } },
      overrideAccess: true,
    })
    expect(docs[0]!.startsAt.slice(0, 10)).toBe('2018-11-27')
    expect(docs[0]!.editorNote).toMatch(/26 November 2018/)
  })

  it('keeps the sources’ spellings findable', async () => {
    const { docs } = await room.payload.find({
      collection: 'participants',
      where: { aliases: { in: ['Bahrein'] } },
      overrideAccess: false,
    })
    expect(docs.map((d) => d.name)).toEqual(['Bahrain'])
  })

  it('resolves titles and SCO status by date', async () => {
    // Matched per row here: a database `where` on two sub-fields of an array may match them in
    // different rows.
    const { docs: secretariesGeneral } = await room.payload.find({
      collection: 'participants',
      where: { 'positions.title': { equals: 'SCO Secretary-General' } },
      pagination: false,
      overrideAccess: false,
    })
    const holderOn = (on: string) =>
      secretariesGeneral
        .filter((person) =>
          entriesOn(person.positions, on).some((position) => position.title === 'SCO Secretary-General'),
        )
        .map((person) => person.name)
    expect(holderOn('2018-11-27')).toEqual(['Rashid Alimov'])
    expect(holderOn('2019-11-19')).toEqual(['Vladimir Norov'])

    const india = await publicFind('participants', 'india')
    expect(scoStatusOn(india.scoStatus, '2016-11-22')).toBe('observer')
    expect(scoStatusOn(india.scoStatus, '2019-11-19')).toBe('member-state')
    const belarus = await publicFind('participants', 'belarus')
    expect(scoStatusOn(belarus.scoStatus, '2019-11-19')).toBe('observer')
    const turkey = await publicFind('participants', 'turkey')
    expect(scoStatusOn(turkey.scoStatus, '2019-11-19')).toBe('dialogue-partner')
  })

  it('offers names in Russian and Chinese, falling back to English where nothing is translated', async () => {
    const { docs } = await room.payload.find({
      collection: 'participants',
      where: { slug: { equals: 'china' } },
      locale: 'zh',
      overrideAccess: false,
    })
    expect(docs[0]!.name).toBe('中国')
    const release = await room.payload.find({
      collection: 'press-releases',
      where: { slug: { equals: 'un-sco-third-high-level-event-2019' } },
      locale: 'ru',
      overrideAccess: false,
    })
    expect(release.docs[0]!.headline).toMatch(/^В Центральных учреждениях ООН/)
    // What was said is never translated: the Russian reader gets the speech's English text.
    const { docs: speeches } = await room.payload.find({
      collection: 'speeches',
      where: { slug: { equals: 'norov-un-sco-2019-opening-remarks' } },
      locale: 'ru',
      overrideAccess: false,
    })
    expect(plainText(speeches[0]!.text)).toContain(
      'holding special UN-SCO events has become a good tradition',
    )
  })

  it('changes nothing when run again', async () => {
    const before = await seededCounts(room.payload)
    const releaseBefore = await publicFind('press-releases', 'un-sco-third-high-level-event-2019')
    const versionsBefore = await room.payload.countVersions({
      collection: 'press-releases',
      overrideAccess: true,
    })
    const second = await seed(room.payload)
    expect(second.created).toEqual({})
    expect(Object.values(second.existing).reduce((a, b) => a + b, 0)).toBe(
      Object.values(firstReport.created).reduce((a, b) => a + b, 0),
    )
    expect(await seededCounts(room.payload)).toEqual(before)
    const releaseAfter = await publicFind('press-releases', 'un-sco-third-high-level-event-2019')
    expect(releaseAfter.updatedAt).toBe(releaseBefore.updatedAt)
    expect(
      (await room.payload.countVersions({ collection: 'press-releases', overrideAccess: true })).totalDocs,
    ).toBe(versionsBefore.totalDocs)
  })
})

describe('a broken seed file', () => {
  it('is refused before anything is written, naming the record and the field', () => {
    const data = copy()
    data.speeches[0]!.speaker = 'nobody-at-all'
    data.events[0]!.start = '19/11/2019 10:00'
    let error: unknown
    try {
      validateSeedData(data)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(SeedDataError)
    const message = (error as Error).message
    expect(message).toContain(`events "${data.events[0]!.key}": start must be a local date-time`)
    expect(message).toMatch(/nothing was written/)
  })

  it('names unknown references and out-of-range quotes', () => {
    const data = copy()
    data.speeches[0]!.speaker = 'nobody-at-all'
    const release = data.releases[0]!
    release.body = [...release.body, { quote: { speech: data.speeches[0]!.key, index: 99 } }]
    expect(() => validateSeedData(data)).toThrow(
      `speeches "${data.speeches[0]!.key}": speaker "nobody-at-all" is not a known person`,
    )
    expect(() => validateSeedData(data)).toThrow(/body\.\d+\.quote\.index 99 is out of range/)
  })
})
