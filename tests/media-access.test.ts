import { describe, expect, it } from 'vitest'

import { pngFile } from './helpers/files'
import { freshNewsroom } from './helpers/newsroom'
import { releaseData } from './helpers/releases'

const room = freshNewsroom('media-access')

async function photo(name: string) {
  return room.payload.create({
    collection: 'media',
    data: { alt: `Photo ${name}` },
    file: await pngFile(`${name}.png`, 800, 600),
    user: room.users.officer,
    overrideAccess: false,
  })
}

const statusOf = async (path: string, session = room.sessions.public) =>
  (await room.http.rest('GET', path, session)).status

/**
 * Payload answers a file whose record the reader may not read with 403 (its record with 404): an
 * exact status, so that a server error is not mistaken for privacy.
 */
const forbidden = 403

describe('media files', () => {
  it('are public only once a public record uses them', async () => {
    const hidden = await photo('unreleased')
    const release = await room.payload.create({
      collection: 'press-releases',
      data: { ...releaseData(), heroImage: hidden.id },
      draft: true,
      user: room.users.officer,
      overrideAccess: false,
    })
    const setStatus = (_status: 'published' | 'draft') =>
      room.payload.update({
        collection: 'press-releases',
        id: release.id,
        data: { _status },
        user: room.users.editor,
        overrideAccess: false,
      })
    const file = `/media/file/${hidden.filename}`
    const card = `/media/file/${hidden.sizes?.card?.filename}`

    expect(await statusOf(`/media/${hidden.id}`)).toBe(404)
    expect(await statusOf(file)).toBe(forbidden)
    expect(await statusOf(card)).toBe(forbidden)
    expect(await statusOf(file, room.sessions.editor)).toBe(200)

    await setStatus('published')
    expect(await statusOf(`/media/${hidden.id}`)).toBe(200)
    expect(await statusOf(file)).toBe(200)
    expect(await statusOf(card)).toBe(200)

    await setStatus('draft')
    expect(await statusOf(file)).toBe(forbidden)
  })
})
