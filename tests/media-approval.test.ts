import fs from 'node:fs/promises'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { blockNode, editorState, paragraphNode } from '@/content/lexical'
import type { Media } from '@/payload-types'

import { pngFile } from './helpers/files'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease, releaseData } from './helpers/releases'

/**
 * Issue 10, item 3: a file, its alt text or caption shown by public (or approved) content is
 * changed in place only by an editor; officers upload new files instead.
 */

const room = freshNewsroom('media-approval')
const as = (role: 'officer' | 'editor') => ({ user: room.users[role], overrideAccess: false })

let counter = 0
async function photo(): Promise<Media> {
  return room.payload.create({
    collection: 'media',
    data: { alt: `Photo ${++counter}`, caption: 'The ministers in Tashkent.' },
    file: await pngFile(`approval-${counter}.png`, 640, 480),
    ...as('officer'),
  })
}

const stored = (id: number) => room.payload.findByID({ collection: 'media', id, overrideAccess: true })
const patchAlt = (id: number, role: 'officer' | 'editor') =>
  room.http.rest('PATCH', `/media/${id}`, room.sessions[role], { alt: `Changed by the ${role}` })

describe('a media file used by public content', () => {
  it('cannot be changed by an officer (403 naming the release) but can by an editor', async () => {
    const hero = await photo()
    const release = await room.payload.create({
      collection: 'press-releases',
      data: { ...releaseData('Ministers meet in Tashkent'), heroImage: hero.id, _status: 'published' },
      ...as('editor'),
    })
    const refused = await patchAlt(hero.id, 'officer')
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toContain(`published release “${release.headline}”`)
    expect((await stored(hero.id)).alt).toBe(hero.alt)

    const graphql = await room.http.graphql(
      `mutation { updateMedia(id: ${hero.id}, data: { caption: "Via GraphQL" }) { id } }`,
      room.sessions.officer,
    )
    expect(graphql.body.errors).toBeTruthy()
    expect((await stored(hero.id)).caption).toBe(hero.caption)

    expect((await patchAlt(hero.id, 'editor')).status).toBe(200)
    expect((await stored(hero.id)).alt).toBe('Changed by the editor')
  })

  it('keeps its file when an officer tries to replace it', async () => {
    const image = await photo()
    await room.payload.create({
      collection: 'events',
      data: {
        title: 'Council of Foreign Ministers',
        type: 'meeting',
        startsAt: '2026-11-19T09:00:00.000Z',
        startsAt_tz: 'Asia/Tashkent',
        city: 'Tashkent',
        gallery: [image.id],
        _status: 'published',
      },
      ...as('editor'),
    })
    await expect(
      room.payload.update({
        collection: 'media',
        id: image.id,
        data: {},
        file: await pngFile('replacement.png', 320, 240),
        ...as('officer'),
      }),
    ).rejects.toThrow(/published event “Council of Foreign Ministers”/)
    const after = await stored(image.id)
    expect(after.filename).toBe(image.filename)
    await expect(
      fs.stat(path.join(room.payload.collections.media.config.upload.staticDir!, image.filename!)),
    ).resolves.toBeTruthy()
  })

  it('is protected inside a published release’s text and in an approved release', async () => {
    const inBody = await photo()
    await room.payload.create({
      collection: 'press-releases',
      data: {
        ...releaseData('Photo in the text'),
        body: editorState([
          paragraphNode('The ministers met.'),
          blockNode('captionedImage', { image: inBody.id }, 'block-1'),
        ]),
        _status: 'published',
      },
      ...as('editor'),
    })
    expect((await patchAlt(inBody.id, 'officer')).status).toBe(403)

    const approvedHero = await photo()
    const approved = await draftRelease(room.payload, room.users.officer, 'Approved with a hero')
    await room.payload.update({
      collection: 'press-releases',
      id: approved.id,
      data: { heroImage: approvedHero.id },
      draft: true,
      ...as('officer'),
    })
    await room.act('officer', approved.id, { action: 'submit' })
    expect((await room.act('editor', approved.id, { action: 'approve' })).status).toBe(200)
    const refused = await patchAlt(approvedHero.id, 'officer')
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toContain('approved release “Approved with a hero”')
  })

  it('stays the officer’s to change while only drafts use it, and officers still upload new files', async () => {
    const unused = await photo()
    await draftRelease(room.payload, room.users.officer, 'A draft with a photo').then((release) =>
      room.payload.update({
        collection: 'press-releases',
        id: release.id,
        data: { heroImage: unused.id },
        draft: true,
        ...as('officer'),
      }),
    )
    const saved = await patchAlt(unused.id, 'officer')
    expect(saved.status).toBe(200)
    expect((await stored(unused.id)).alt).toBe('Changed by the officer')
  })
})
