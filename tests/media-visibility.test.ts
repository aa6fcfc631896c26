import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { backfillMediaVisibility } from '@/access/mediaBackfill'
import { blockNode, editorState, paragraphNode } from '@/content/lexical'
import type { Media } from '@/payload-types'

import { atTime } from './helpers/clock'
import { pngFile } from './helpers/files'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease, publishedRelease, releaseData } from './helpers/releases'

/**
 * Issue 12: a media file's stored visibility (`publicFrom`) follows every path that changes what
 * the public reads, and the public (no user, access on) reads a file exactly when a public
 * record shows it. Records and their other collections: media-visibility-records.test.ts.
 */
const room = freshNewsroom('media-visibility')
const as = (role: 'officer' | 'editor') => ({ user: room.users[role], overrideAccess: false })
const hour = 3_600_000

let counter = 0
async function photo(width = 320, height = 240): Promise<Media> {
  return room.payload.create({
    collection: 'media',
    data: { alt: `Visibility photo ${++counter}` },
    file: await pngFile(`visibility-${counter}.png`, width, height),
    ...as('officer'),
  })
}

/** Whether a visitor with no login may read the file's record (the file route asks the same rule). */
async function publicReads(media: Media): Promise<boolean> {
  const { totalDocs } = await room.payload.find({
    collection: 'media',
    where: { id: { equals: media.id } },
    overrideAccess: false,
    depth: 0,
  })
  return totalDocs === 1
}
const visible = async (...files: Media[]) => Promise.all(files.map(publicReads))
const fileStatus = async (media: Media) =>
  (await room.http.rest('GET', `/media/file/${media.filename}`, room.sessions.public)).status

const imageBlock = (media: Media, key: string) => blockNode('captionedImage', { image: media.id }, key)
const uploadNode = (media: Media) => ({
  type: 'upload',
  version: 3,
  format: '',
  id: `upload-${media.id}`,
  relationTo: 'media',
  value: media.id,
  fields: null,
})
const bodyWith = (...nodes: unknown[]) =>
  editorState([paragraphNode('The ministers met in Tashkent.'), ...(nodes as never[])])

async function submitAndPublish(id: number) {
  expect((await room.act('officer', id, { action: 'submit' })).status).toBe(200)
  expect((await room.act('editor', id, { action: 'publish' })).status).toBe(200)
}

describe('a release’s images', () => {
  it('go public with its publication (hero, sharing image, body block, upload node) and private when it is withdrawn', async () => {
    const [hero, sharing, block, inline] = [
      await photo(800, 600),
      await photo(),
      await photo(),
      await photo(),
    ]
    const release = await room.payload.create({
      collection: 'press-releases',
      data: {
        ...releaseData('Every kind of image'),
        heroImage: hero.id,
        seo: { image: sharing.id },
        body: bodyWith(imageBlock(block, 'block-a'), uploadNode(inline)),
      },
      draft: true,
      ...as('officer'),
    })
    expect(await visible(hero, sharing, block, inline)).toEqual([false, false, false, false])
    expect(await fileStatus(hero)).toBe(403)

    await submitAndPublish(release.id)
    expect(await visible(hero, sharing, block, inline)).toEqual([true, true, true, true])
    expect(await fileStatus(hero)).toBe(200)
    const card = (await room.payload.findByID({ collection: 'media', id: hero.id, overrideAccess: true }))
      .sizes?.card?.filename
    expect((await room.http.rest('GET', `/media/file/${card}`, room.sessions.public)).status).toBe(200)

    expect((await room.act('editor', release.id, { action: 'unpublish' })).status).toBe(200)
    expect(await visible(hero, sharing, block, inline)).toEqual([false, false, false, false])
    expect(await fileStatus(hero)).toBe(403)
  })

  it('a draft edit of a published release keeps a new image private until it is published', async () => {
    const [before, after, inBody] = [await photo(), await photo(), await photo()]
    const release = await room.payload.create({
      collection: 'press-releases',
      data: { ...releaseData('Hero replaced in a draft'), heroImage: before.id, _status: 'published' },
      ...as('editor'),
    })
    expect(await visible(before, after)).toEqual([true, false])

    await room.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { heroImage: after.id, body: bodyWith(imageBlock(inBody, 'block-b')) },
      draft: true,
      ...as('officer'),
    })
    // Payload 3.90.1 writes a draft save to the versions only: the stored copy is the public one.
    const stored = await room.payload.findByID({ collection: 'press-releases', id: release.id, depth: 0 })
    expect(stored.heroImage).toBe(before.id)
    expect(await visible(before, after, inBody)).toEqual([true, false, false])

    await submitAndPublish(release.id)
    expect(await visible(before, after, inBody)).toEqual([false, true, true])
  })

  it('shared by two releases, stays public until neither shows it (withdrawn, then deleted)', async () => {
    const shared = await photo()
    const [first, second] = [
      await publishedRelease(room.payload, room.users.editor, 'Shared image, first'),
      await publishedRelease(room.payload, room.users.editor, 'Shared image, second'),
    ]
    for (const release of [first, second])
      await room.payload.update({
        collection: 'press-releases',
        id: release.id,
        data: { heroImage: shared.id },
        ...as('editor'),
      })
    expect(await visible(shared)).toEqual([true])
    expect((await room.act('editor', first.id, { action: 'unpublish' })).status).toBe(200)
    expect(await visible(shared)).toEqual([true])
    await room.payload.delete({ collection: 'press-releases', id: second.id, ...as('editor') })
    expect(await visible(shared)).toEqual([false])
    expect(await fileStatus(shared)).toBe(403)
  })

  it('only in the Russian text follows that text', async () => {
    const russian = await photo()
    const release = await publishedRelease(room.payload, room.users.editor, 'Only the Russian text has it')
    const write = (locale: 'en' | 'ru', data: Record<string, unknown>, draft = false) =>
      room.payload.update({
        collection: 'press-releases',
        id: release.id,
        locale,
        data,
        draft,
        ...as(draft ? 'officer' : 'editor'),
      })
    await write(
      'ru',
      { headline: 'Только в русском тексте', body: bodyWith(imageBlock(russian, 'ru-1')) },
      true,
    )
    expect(await visible(russian)).toEqual([false])
    await write('ru', { body: bodyWith(imageBlock(russian, 'ru-1')), _status: 'published' })
    expect(await visible(russian)).toEqual([true])
    // A correction of the English text keeps the Russian one, and its image.
    await write('en', { summary: 'A corrected English summary.', _status: 'published' })
    expect(await visible(russian)).toEqual([true])
    await write('ru', { body: bodyWith(), _status: 'published' })
    expect(await visible(russian)).toEqual([false])
  })
})

describe('scheduled and embargoed releases', () => {
  async function approvedWith(hero: Media, headline: string) {
    const release = await draftRelease(room.payload, room.users.officer, headline)
    await room.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { heroImage: hero.id },
      draft: true,
      ...as('officer'),
    })
    await room.act('officer', release.id, { action: 'submit' })
    expect((await room.act('editor', release.id, { action: 'approve' })).status).toBe(200)
    return release
  }

  it('stay private until the scheduled publication fires', async () => {
    const hero = await photo()
    const release = await approvedWith(hero, 'Scheduled with a hero')
    const at = new Date(Date.now() + hour)
    const planned = { action: 'schedule', at: at.toISOString(), timezone: 'Asia/Tashkent' }
    expect((await room.act('editor', release.id, planned)).status).toBe(200)
    await atTime(new Date(at.getTime() - 1_000), () => room.payload.jobs.run())
    expect(await atTime(new Date(at.getTime() + 1_000), () => publicReads(hero))).toBe(false)
    await atTime(new Date(at.getTime() + 1_000), () => room.payload.jobs.run())
    // The job ran at the (faked) time: read at that time too.
    expect(await atTime(new Date(at.getTime() + 2_000), () => publicReads(hero))).toBe(true)
  })

  it('stay private when the embargo is set and moved, and go public when it is lifted early', async () => {
    const hero = await photo()
    const release = await approvedWith(hero, 'Embargoed, moved, lifted early')
    const embargo = (ahead: number) =>
      room.act('editor', release.id, {
        action: 'embargo',
        at: new Date(Date.now() + ahead).toISOString(),
        timezone: 'Europe/Vienna',
      })
    expect((await embargo(2 * hour)).status).toBe(200)
    expect(await visible(hero)).toEqual([false])
    expect((await embargo(3 * hour)).status).toBe(200)
    expect(await visible(hero)).toEqual([false])
    const lift = { action: 'publish', liftEarly: true, reason: 'The minister announced it already.' }
    expect((await room.act('editor', release.id, lift)).status).toBe(200)
    expect(await visible(hero)).toEqual([true])
  })

  it('of a published release under embargo become public exactly at the lift, with no write', async () => {
    const hero = await photo()
    const lift = new Date(Date.now() + 2 * hour)
    // Stored as published with its lift ahead (as an import writes it): the workflow's own write.
    await room.payload.create({
      collection: 'press-releases',
      data: {
        ...releaseData('Published under embargo'),
        heroImage: hero.id,
        embargoUntil: lift.toISOString(),
        embargoUntil_tz: 'UTC',
        _status: 'published',
      },
      overrideAccess: true,
      context: { workflowTransition: { action: 'publish' } },
    })
    const stored = await room.payload.findByID({ collection: 'media', id: hero.id, overrideAccess: true })
    expect(stored.publicFrom).toBe(lift.toISOString())
    expect(await visible(hero)).toEqual([false])
    expect(await atTime(new Date(lift.getTime() - 1_000), () => fileStatus(hero))).toBe(403)
    expect(await atTime(new Date(lift.getTime() + 1_000), () => fileStatus(hero))).toBe(200)
  })
})

describe('the stored facts', () => {
  it('are the server’s: a client cannot set them, and an editor’s caption change keeps them', async () => {
    const hero = await photo()
    const sneaked = await room.payload.create({
      collection: 'media',
      data: { alt: 'Sneaked', publicFrom: '2000-01-01T00:00:00.000Z' },
      file: await pngFile('sneaked.png', 64, 48),
      ...as('officer'),
    })
    expect(await visible(sneaked)).toEqual([false])
    const draft = await draftRelease(room.payload, room.users.officer, 'Claims an image')
    const claimed = await room.payload.update({
      collection: 'press-releases',
      id: draft.id,
      data: { mediaUsed: [sneaked.id] },
      draft: true,
      ...as('officer'),
    })
    expect(claimed.mediaUsed).toEqual([])

    await room.payload.create({
      collection: 'press-releases',
      data: { ...releaseData('Caption changed later'), heroImage: hero.id, _status: 'published' },
      ...as('editor'),
    })
    await room.payload.update({ collection: 'media', id: hero.id, data: { caption: 'New' }, ...as('editor') })
    expect(await visible(hero)).toEqual([true])
  })

  it('are computed again by the backfill (the migration) after they were lost', async () => {
    const hero = await photo()
    const release = await room.payload.create({
      collection: 'press-releases',
      data: { ...releaseData('Backfilled'), body: bodyWith(imageBlock(hero, 'fill')), _status: 'published' },
      ...as('editor'),
    })
    const { db } = room.payload
    await db.updateOne({ collection: 'press-releases', id: release.id, data: { mediaUsed: [] } })
    await db.updateOne({ collection: 'media', id: hero.id, data: { publicFrom: null } })
    expect(await visible(hero)).toEqual([false])
    const { records, files } = await backfillMediaVisibility(await createLocalReq({}, room.payload))
    expect(records).toBeGreaterThan(0)
    expect(files).toBeGreaterThan(0)
    expect(await visible(hero)).toEqual([true])
  })
})
