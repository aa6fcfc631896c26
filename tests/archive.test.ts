import type * as NextCache from 'next/cache'
import { describe, expect, it, vi } from 'vitest'

import type { searchSite as SearchSite } from '@/data/search'
import { plainText } from '@/content/lexical'
import type { PressRelease } from '@/payload-types'
import * as generate from '@/seed/archive/generate'
import { release } from '@/seed/archive/release'
import { ArchiveExistsError, seedArchive } from '@/seed/archive/run'

import { freshNewsroom } from './helpers/newsroom'

// Outside a Next server: cached reads run through (Next's data cache is tested in the browser tests).
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof NextCache>()),
  unstable_cache: <T>(read: T) => read,
}))

const room = freshNewsroom('archive')
const searchSite: typeof SearchSite = async (...args) => (await import('@/data/search')).searchSite(...args)

const releases = 200
const options = { releases, seed: 7, sample: 20, batch: 60, log: () => {} }
let bulk: PressRelease[] = []

/** Every generated release, oldest id first, as staff see them (latest drafts included). */
async function allReleases() {
  const { docs } = await room.payload.find({
    collection: 'press-releases',
    draft: true,
    locale: 'all',
    pagination: false,
    sort: 'id',
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as (Omit<PressRelease, 'headline'> & { headline: Record<string, string> })[]
}

describe('the archive generator (npm run seed:archive)', () => {
  it('writes releases, with their linked records, that the public reads with bodies, languages and relations', async () => {
    const report = await seedArchive(room.payload, options)
    expect(report.counts.releases).toBe(releases)
    const stored = await allReleases()
    expect(stored).toHaveLength(releases)
    // Past the Local API sample: written by the bulk path.
    bulk = stored.slice(options.sample) as never
    const published = bulk.filter((release) => release._status === 'published')
    expect(published.length).toBeGreaterThan(releases / 2)
    const one = published[0]!
    const read = (locale: 'en' | 'ru' | 'zh') =>
      room.payload.find({
        collection: 'press-releases',
        where: { slug: { equals: one.slug } },
        locale,
        depth: 1,
        overrideAccess: false,
        user: null,
      })
    const [en, ru, zh] = await Promise.all([read('en'), read('ru'), read('zh')])
    const doc = en.docs[0]!
    expect(doc.headline).toBe((one.headline as unknown as Record<string, string>).en)
    expect(plainText(doc.body).length).toBeGreaterThan(300)
    expect(ru.docs[0]!.headline).toMatch(/[А-яЁё]/)
    expect(plainText(ru.docs[0]!.body)).toMatch(/[А-яЁё]{4}/)
    expect(zh.docs[0]!.headline).toMatch(/[\u4e00-\u9fff]/)
    expect(typeof doc.event === 'object' && doc.event?.title).toBeTruthy()
    expect(doc.topics?.length).toBeGreaterThan(0)
    expect(doc.speeches?.every((speech) => typeof speech === 'object' && speech.slug)).toBe(true)
    // The hook-derived fields of the bulk path: search text and citations.
    expect(doc.bodyText).toBe(plainText(doc.body).trim())
    expect(new Set(stored.map((release) => release.slug)).size).toBe(releases)
    // The files a bulk release shows are stored as the hooks store them (src/fields/mediaUsed.ts).
    const withHero = bulk.find((release) => release.heroImage != null)!
    expect(withHero.mediaUsed?.map(String)).toContain(String(withHero.heroImage))

    const hidden = bulk.find((release) => release._status !== 'published')!
    const publicRead = await room.payload.find({
      collection: 'press-releases',
      where: { slug: { equals: hidden.slug } },
      overrideAccess: false,
      user: null,
    })
    expect(publicRead.totalDocs).toBe(0)
  })

  it('lists every release in the admin’s draft list and its versions', async () => {
    const list = await room.payload.find({
      collection: 'press-releases',
      draft: true,
      sort: '-updatedAt',
      limit: 10,
      depth: 0,
      user: room.users.editor,
      overrideAccess: false,
    })
    expect(list.totalDocs).toBe(releases)
    const versions = await room.payload.countVersions({
      collection: 'press-releases',
      where: { latest: { equals: true } },
      overrideAccess: true,
    })
    expect(versions.totalDocs).toBe(releases)
    const draft = bulk.find((release) => release._status === 'draft')!
    const found = await room.payload.find({
      collection: 'press-releases',
      draft: true,
      where: { slug: { equals: draft.slug } },
      user: room.users.officer,
      overrideAccess: false,
    })
    expect(found.docs[0]?.editorialStatus).toBe(draft.editorialStatus)
  })

  it('is found by the site search in Russian, public releases only', async () => {
    const results = await searchSite({ draft: false, user: null }, 'Абдуллаев', 'ru', 50)
    const hits = results.groups.find((group) => group.group === 'releases')?.hits ?? []
    expect(hits.length).toBeGreaterThan(0)
    const publicSlugs = new Set(bulk.filter((r) => r._status === 'published').map((r) => r.slug))
    const all = await allReleases()
    const visible = new Set(all.filter((r) => r._status === 'published').map((r) => r.slug))
    expect(hits.every((hit) => visible.has(hit.slug))).toBe(true)
    expect(hits.some((hit) => publicSlugs.has(hit.slug))).toBe(true)
  })

  it('is deterministic: each stored release is the generator’s record for its seed and index', async () => {
    const counts = generate.archiveCounts(releases)
    const stored = await allReleases()
    const ids = await linkedIds(counts)
    stored.forEach((doc, index) => {
      const expected = release(options.seed, index, counts, ids)
      expect(doc.headline).toEqual(expected.data.headline)
      expect(doc.dateline?.date).toBe((expected.data.dateline as { date: string }).date)
    })
    // Another seed gives another archive.
    expect(release(8, 0, counts, ids).data.headline).not.toEqual(
      release(options.seed, 0, counts, ids).data.headline,
    )
  })

  it('refuses to write a second archive into the same database', async () => {
    await expect(seedArchive(room.payload, options)).rejects.toBeInstanceOf(ArchiveExistsError)
    const stored = await allReleases()
    expect(stored).toHaveLength(releases)
  })
})

/** The ids the generator linked, in the order it wrote them. */
async function linkedIds(counts: generate.ArchiveCounts): Promise<generate.ArchiveIds> {
  const ids = async (collection: 'topics' | 'participants' | 'documents' | 'events' | 'speeches' | 'media') =>
    (
      await room.payload.find({
        collection,
        draft: true,
        pagination: false,
        sort: 'id',
        depth: 0,
        select: {},
        overrideAccess: true,
      })
    ).docs.map((doc) => doc.id)
  const result = {
    topics: await ids('topics'),
    participants: await ids('participants'),
    documents: await ids('documents'),
    events: await ids('events'),
    speeches: await ids('speeches'),
    media: await ids('media'),
  }
  expect(result.events).toHaveLength(counts.events)
  return result
}
