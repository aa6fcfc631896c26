import type { CollectionSlug } from 'payload'
import { describe, expect, it } from 'vitest'

import { pdfFile, pngFile } from './helpers/files'
import { freshNewsroom } from './helpers/newsroom'
import { releaseData } from './helpers/releases'

const room = freshNewsroom('deletion-records')
const asEditor = () => ({ user: room.users.editor, overrideAccess: false })

/** A record of every kind, each used by the others and by a published release, a comment and the log. */
async function connectedRecords() {
  const { payload } = room
  const photo = await payload.create({
    collection: 'media',
    data: { alt: 'Portrait' },
    file: await pngFile(),
    ...asEditor(),
  })
  const pdf = await payload.create({ collection: 'media', data: {}, file: pdfFile(), ...asEditor() })
  const participant = await payload.create({
    collection: 'participants',
    data: { name: 'Deletable Speaker', kind: 'person', photo: photo.id, _status: 'published' },
    ...asEditor(),
  })
  const topic = await payload.create({
    collection: 'topics',
    data: { title: 'Deletable topic', _status: 'published' },
    ...asEditor(),
  })
  const document = await payload.create({
    collection: 'documents',
    data: {
      title: 'Deletable declaration',
      type: 'declaration',
      parties: [participant.id],
      file: pdf.id,
      _status: 'published',
    },
    ...asEditor(),
  })
  const event = await payload.create({
    collection: 'events',
    data: {
      title: 'Deletable meeting',
      type: 'meeting',
      city: 'Vienna',
      startsAt: '2020-03-04T09:00:00.000Z',
      startsAt_tz: 'Europe/Vienna',
      participation: [{ participant: participant.id, role: 'speaker' }],
      documents: [document.id],
      _status: 'published',
    },
    ...asEditor(),
  })
  const speech = await payload.create({
    collection: 'speeches',
    data: {
      title: 'Deletable words',
      speaker: participant.id,
      event: event.id,
      date: '2020-03-04T12:00:00.000Z',
      delivery: 'as-delivered',
      language: 'en',
      _status: 'published',
    },
    ...asEditor(),
  })
  const author = await payload.create({
    collection: 'users',
    data: {
      email: 'leaving@communique.test',
      password: 'a-long-enough-password',
      name: 'Leaving Officer',
      role: 'press-officer',
    },
    overrideAccess: true,
  })
  const release = await payload.create({
    collection: 'press-releases',
    data: {
      ...releaseData('Uses every record'),
      heroImage: photo.id,
      event: event.id,
      speeches: [speech.id],
      participants: [participant.id],
      documents: [document.id],
      topics: [topic.id],
      _status: 'published',
    },
    ...asEditor(),
  })
  await payload.update({
    collection: 'press-releases',
    id: release.id,
    data: { author: author.id, assignee: author.id },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'comments',
    data: { release: release.id, body: 'Written by someone who is leaving.' },
    user: { ...author, collection: 'users' },
    overrideAccess: false,
  })
  return { release, records: { photo, pdf, participant, topic, document, event, speech }, author }
}

const collectionOf: Record<string, CollectionSlug> = {
  photo: 'media',
  pdf: 'media',
  participant: 'participants',
  topic: 'topics',
  document: 'documents',
  event: 'events',
  speech: 'speeches',
}

describe('deleting a record that others use', () => {
  it('succeeds for every kind, detaching it, and never answers 5xx', async () => {
    const { release, records, author } = await connectedRecords()
    // Speech before event, event before participant: each deletion still finds others using it.
    for (const name of ['speech', 'event', 'document', 'topic', 'participant', 'photo', 'pdf'] as const) {
      const response = await room.http.rest(
        'DELETE',
        `/${collectionOf[name]}/${records[name].id}`,
        room.sessions.editor,
      )
      expect(response.status, `${name}: ${JSON.stringify(response.body)}`).toBe(200)
    }
    const user = await room.http.rest('DELETE', `/users/${author.id}`, room.sessions.admin)
    expect(user.status, JSON.stringify(user.body)).toBe(200)

    const left = await room.payload.findByID({
      collection: 'press-releases',
      id: release.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(left).toMatchObject({
      event: null,
      heroImage: null,
      author: null,
      speeches: [],
      participants: [],
      documents: [],
      topics: [],
    })
    const comments = await room.payload.find({
      collection: 'comments',
      where: { release: { equals: release.id } },
      overrideAccess: true,
    })
    expect(comments.docs).toHaveLength(1)
    expect(comments.docs[0]!.author).toBeNull()
    // The public release still reads.
    expect((await room.http.rest('GET', `/press-releases/${release.id}?depth=2`)).status).toBe(200)
  })

  it('is refused to a press officer (403), through every collection', async () => {
    const { records } = await connectedRecords()
    for (const name of Object.keys(collectionOf) as (keyof typeof records)[]) {
      const response = await room.http.rest(
        'DELETE',
        `/${collectionOf[name]}/${records[name].id}`,
        room.sessions.officer,
      )
      expect(response.status, name).toBe(403)
    }
  })
})
