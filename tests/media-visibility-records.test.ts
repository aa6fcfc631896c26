import { describe, expect, it } from 'vitest'

import { blockNode, editorState, paragraphNode } from '@/content/lexical'
import type { Media } from '@/payload-types'

import { pdfFile, pngFile } from './helpers/files'
import { freshNewsroom } from './helpers/newsroom'

/**
 * Issue 12: the files of events (gallery, description), participants (photo), documents (file)
 * and speeches (text) are public exactly while a published record shows them. Releases and the
 * publication paths: media-visibility.test.ts.
 */
const room = freshNewsroom('media-visibility-records')
const as = (role: 'officer' | 'editor') => ({ user: room.users[role], overrideAccess: false })

let counter = 0
async function upload(kind: 'image' | 'pdf' = 'image'): Promise<Media> {
  const name = `record-${++counter}`
  return room.payload.create({
    collection: 'media',
    data: { alt: `Record file ${counter}` },
    file: kind === 'pdf' ? pdfFile(`${name}.pdf`) : await pngFile(`${name}.png`, 320, 240),
    ...as('officer'),
  })
}

async function publicReads(media: Media): Promise<boolean> {
  const response = await room.http.rest('GET', `/media/file/${media.filename}`, room.sessions.public)
  expect([200, 403]).toContain(response.status)
  return response.status === 200
}
const visible = (...files: Media[]) => Promise.all(files.map(publicReads))
const textWith = (media: Media, key: string) =>
  editorState([
    paragraphNode('Opening words.'),
    blockNode('captionedImage', { image: media.id }, key) as never,
  ])

describe('records’ files', () => {
  it('an event’s gallery and description: public while it is published', async () => {
    const [gallery, inText] = [await upload(), await upload()]
    const event = await room.payload.create({
      collection: 'events',
      data: {
        title: 'Heads of State Council',
        type: 'high-level-event',
        startsAt: '2026-07-04T09:00:00.000Z',
        startsAt_tz: 'Asia/Almaty',
        city: 'Astana',
        gallery: [gallery.id],
        description: textWith(inText, 'event-1'),
      },
      draft: true,
      ...as('officer'),
    })
    expect(await visible(gallery, inText)).toEqual([false, false])
    const setStatus = (_status: 'published' | 'draft') =>
      room.payload.update({ collection: 'events', id: event.id, data: { _status }, ...as('editor') })
    await setStatus('published')
    expect(await visible(gallery, inText)).toEqual([true, true])
    await setStatus('draft')
    expect(await visible(gallery, inText)).toEqual([false, false])
  })

  it('a participant’s photo, a document’s file and a speech’s text: public until the record is deleted', async () => {
    const [portrait, pdf, inSpeech] = [await upload(), await upload('pdf'), await upload()]
    const participant = await room.payload.create({
      collection: 'participants',
      data: { name: 'Nurlan Yermekbayev', kind: 'person', photo: portrait.id, _status: 'published' },
      ...as('editor'),
    })
    const document = await room.payload.create({
      collection: 'documents',
      data: { title: 'Astana Declaration', type: 'declaration', file: pdf.id, _status: 'published' },
      ...as('editor'),
    })
    const speech = await room.payload.create({
      collection: 'speeches',
      data: {
        title: 'Opening remarks',
        speaker: participant.id,
        date: '2026-07-04T00:00:00.000Z',
        delivery: 'as-delivered',
        language: 'en',
        text: textWith(inSpeech, 'speech-1'),
        _status: 'published',
      },
      ...as('editor'),
    })
    expect(await visible(portrait, pdf, inSpeech)).toEqual([true, true, true])

    await room.payload.delete({ collection: 'speeches', id: speech.id, ...as('editor') })
    await room.payload.delete({ collection: 'documents', id: document.id, ...as('editor') })
    await room.payload.delete({ collection: 'participants', id: participant.id, ...as('editor') })
    expect(await visible(portrait, pdf, inSpeech)).toEqual([false, false, false])
  })

  it('a published event’s change in place: the removed image goes private, the added one public', async () => {
    const [kept, removed, added] = [await upload(), await upload(), await upload()]
    const event = await room.payload.create({
      collection: 'events',
      data: {
        title: 'Council of Foreign Ministers',
        type: 'meeting',
        startsAt: '2026-05-20T09:00:00.000Z',
        startsAt_tz: 'Asia/Tashkent',
        city: 'Tashkent',
        gallery: [kept.id, removed.id],
        _status: 'published',
      },
      ...as('editor'),
    })
    expect(await visible(kept, removed, added)).toEqual([true, true, false])
    // An officer's draft changes nothing public.
    await room.payload.update({
      collection: 'events',
      id: event.id,
      data: { gallery: [kept.id, added.id] },
      draft: true,
      ...as('officer'),
    })
    expect(await visible(kept, removed, added)).toEqual([true, true, false])
    await room.payload.update({
      collection: 'events',
      id: event.id,
      data: { gallery: [kept.id, added.id], _status: 'published' },
      ...as('editor'),
    })
    expect(await visible(kept, removed, added)).toEqual([true, false, true])
  })
})
