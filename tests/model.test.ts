import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { editorState, paragraphNode } from '@/content/lexical'
import { applyTransition } from '@/workflow/apply'

import { pdfFile, pngFile } from './helpers/files'
import { freshNewsroom } from './helpers/newsroom'

const room = freshNewsroom('model')

const body = editorState([paragraphNode('The text of the release.')])

/** The field paths a failed save complains about. */
async function invalidPaths(attempt: Promise<unknown>): Promise<string[]> {
  const error = (await attempt.then(
    () => null,
    (e: unknown) => e,
  )) as { data?: { errors?: { path: string; message: string }[] } } | null
  expect(error, 'the save should have been refused').not.toBeNull()
  return (error?.data?.errors ?? []).map((e) => e.path)
}

describe('required fields', () => {
  it('refuses a release without headline, dateline or summary and names each field', async () => {
    const paths = await invalidPaths(
      room.payload.create({
        collection: 'press-releases',
        data: { body } as never,
        user: room.users.editor,
        overrideAccess: false,
      }),
    )
    expect(paths).toEqual(expect.arrayContaining(['headline', 'dateline.place', 'dateline.date', 'summary']))
  })

  it('refuses an event that ends before it starts', async () => {
    const paths = await invalidPaths(
      room.payload.create({
        collection: 'events',
        data: {
          title: 'Backwards meeting',
          type: 'meeting',
          city: 'Vienna',
          startsAt: '2020-03-04T10:00:00.000Z',
          startsAt_tz: 'Europe/Vienna',
          endsAt: '2020-03-04T09:00:00.000Z',
        },
        user: room.users.officer,
        overrideAccess: false,
      }),
    )
    expect(paths).toContain('endsAt')
  })

  it('requires alternative text for images but not for PDFs', async () => {
    const file = await pngFile('flag.png')
    const paths = await invalidPaths(
      room.payload.create({
        collection: 'media',
        data: {},
        file,
        user: room.users.officer,
        overrideAccess: false,
      }),
    )
    expect(paths).toContain('alt')
    const image = await room.payload.create({
      collection: 'media',
      data: { alt: 'A blue square' },
      file,
      user: room.users.officer,
      overrideAccess: false,
    })
    expect(image.sizes?.thumbnail?.width).toBe(400)
    const doc = await room.payload.create({
      collection: 'media',
      data: {},
      file: pdfFile('resolution.pdf'),
      user: room.users.officer,
      overrideAccess: false,
    })
    expect(doc.mimeType).toBe('application/pdf')
  })
})

describe('relationships and reverse links', () => {
  it('shows an event its speeches and releases, and a participant their speeches and events', async () => {
    const asEditor = { user: room.users.editor, overrideAccess: false } as const
    const speaker = await room.payload.create({
      collection: 'participants',
      data: { name: 'Test Speaker', kind: 'person', _status: 'published' },
      ...asEditor,
    })
    const event = await room.payload.create({
      collection: 'events',
      data: {
        title: 'Test roundtable',
        type: 'roundtable',
        city: 'Vienna',
        startsAt: '2020-03-04T09:00:00.000Z',
        startsAt_tz: 'Europe/Vienna',
        participation: [{ participant: speaker.id, role: 'speaker' }],
        _status: 'published',
      },
      ...asEditor,
    })
    const speech = await room.payload.create({
      collection: 'speeches',
      data: {
        title: 'Opening words',
        speaker: speaker.id,
        event: event.id,
        date: '2020-03-04T12:00:00.000Z',
        delivery: 'as-delivered',
        language: 'en',
        _status: 'published',
      },
      ...asEditor,
    })
    const release = await room.payload.create({
      collection: 'press-releases',
      data: {
        headline: 'Roundtable held',
        dateline: { place: 'Vienna', date: '2020-03-04T12:00:00.000Z' },
        summary: 'A roundtable was held.',
        body,
        event: event.id,
        speeches: [speech.id],
        participants: [speaker.id],
        _status: 'published',
      },
      ...asEditor,
    })

    const eventNow = await room.payload.findByID({
      collection: 'events',
      id: event.id,
      depth: 0,
      ...asEditor,
    })
    expect(eventNow.speeches?.docs).toEqual([speech.id])
    expect(eventNow.releases?.docs).toEqual([release.id])

    const speakerNow = await room.payload.findByID({
      collection: 'participants',
      id: speaker.id,
      depth: 0,
      ...asEditor,
    })
    expect(speakerNow.speeches?.docs).toEqual([speech.id])
    expect(speakerNow.events?.docs).toEqual([event.id])
    expect(speakerNow.releases?.docs).toEqual([release.id])
  })

  it('reads an organisation with its drafts, listing its sub-organisations in the admin and the API', async () => {
    const asEditor = { user: room.users.editor, overrideAccess: false } as const
    const parent = await room.payload.create({
      collection: 'participants',
      data: { name: 'Test Organisation', kind: 'organisation', _status: 'published' },
      ...asEditor,
    })
    const child = await room.payload.create({
      collection: 'participants',
      data: { name: 'Test Regional Office', kind: 'organisation', parent: parent.id },
      draft: true,
      ...asEditor,
    })
    // As the admin's edit view and the linked-records panel read it: the draft side, with joins.
    const read = await room.http.rest(
      'GET',
      `/participants/${parent.id}?draft=true&depth=0`,
      room.sessions.editor,
    )
    expect(read.status).toBe(200)
    expect((read.body as { suborganisations?: { docs: unknown[] } }).suborganisations?.docs).toEqual([
      child.id,
    ])
  })
})

describe('slugs', () => {
  it('are generated from the title, transliterated, and made unique', async () => {
    const asOfficer = { user: room.users.officer, overrideAccess: false } as const
    const first = await room.payload.create({
      collection: 'topics',
      data: { title: 'Drug trafficking' },
      ...asOfficer,
    })
    const second = await room.payload.create({
      collection: 'topics',
      data: { title: 'Drug Trafficking!' },
      ...asOfficer,
    })
    const russian = await room.payload.create({
      collection: 'topics',
      data: { title: 'Борьба с терроризмом' },
      ...asOfficer,
    })
    expect(first.slug).toBe('drug-trafficking')
    expect(second.slug).toBe('drug-trafficking-2')
    expect(russian.slug).toBe('borba-s-terrorizmom')
  })

  it('can change on a draft but not once the record has been published', async () => {
    const asEditor = { user: room.users.editor, overrideAccess: false } as const
    const topic = await room.payload.create({ collection: 'topics', data: { title: 'Youth' }, ...asEditor })
    const renamed = await room.payload.update({
      collection: 'topics',
      id: topic.id,
      data: { slug: 'young-people' },
      ...asEditor,
    })
    expect(renamed.slug).toBe('young-people')

    const published = await room.payload.update({
      collection: 'topics',
      id: topic.id,
      data: { _status: 'published' },
      ...asEditor,
    })
    expect(published.firstPublishedAt).toBeTruthy()
    const paths = await invalidPaths(
      room.payload.update({
        collection: 'topics',
        id: topic.id,
        data: { slug: 'youth-policy' },
        ...asEditor,
      }),
    )
    expect(paths).toEqual(['slug'])
    const retitled = await room.payload.update({
      collection: 'topics',
      id: topic.id,
      data: { title: 'Youth policy', _status: 'published' },
      ...asEditor,
    })
    expect(retitled.slug).toBe('young-people')
  })
})

describe('localization', () => {
  it('falls back to English where a translation is missing', async () => {
    const asEditor = { user: room.users.editor, overrideAccess: false } as const
    const country = await room.payload.create({
      collection: 'participants',
      data: { name: 'Kazakhstan', kind: 'country', _status: 'published' },
      locale: 'en',
      ...asEditor,
    })
    await room.payload.update({
      collection: 'participants',
      id: country.id,
      data: { name: 'Казахстан', _status: 'published' },
      locale: 'ru',
      ...asEditor,
    })
    const read = (locale: 'en' | 'ru' | 'zh') =>
      room.payload.findByID({ collection: 'participants', id: country.id, locale, overrideAccess: false })
    expect((await read('ru')).name).toBe('Казахстан')
    expect((await read('zh')).name).toBe('Kazakhstan')
    expect((await read('en')).name).toBe('Kazakhstan')
  })
})

describe('what the public can read', () => {
  it('sees published releases only, never drafts or embargoed ones, and never editor notes', async () => {
    const asEditor = { user: room.users.editor, overrideAccess: false } as const
    const base = {
      dateline: { place: 'Beijing', date: '2026-01-10T12:00:00.000Z' },
      summary: 'Summary.',
      body,
      editorNote: 'Check the date with the Secretariat.',
    }
    const draft = await room.payload.create({
      collection: 'press-releases',
      data: { ...base, headline: 'Draft' },
      draft: true,
      ...asEditor,
    })
    const published = await room.payload.create({
      collection: 'press-releases',
      data: { ...base, headline: 'Public', _status: 'published' },
      ...asEditor,
    })
    // Embargoed the way editors do it: through the review workflow (src/workflow/apply.ts).
    const embargoed = await room.payload.create({
      collection: 'press-releases',
      data: { ...base, headline: 'Embargoed' },
      draft: true,
      ...asEditor,
    })
    const req = await createLocalReq({ user: room.users.editor }, room.payload)
    await applyTransition(req, embargoed.id, { action: 'submit' })
    await applyTransition(req, embargoed.id, {
      action: 'embargo',
      at: new Date(Date.now() + 86_400_000).toISOString(),
      timezone: 'Asia/Shanghai',
    })
    const publicIds = (
      await room.payload.find({ collection: 'press-releases', overrideAccess: false, pagination: false })
    ).docs.map((d) => d.id)
    expect(publicIds).toContain(published.id)
    expect(publicIds).not.toContain(draft.id)
    expect(publicIds).not.toContain(embargoed.id)

    const publicRelease = await room.payload.findByID({
      collection: 'press-releases',
      id: published.id,
      overrideAccess: false,
    })
    expect(publicRelease.editorNote).toBeUndefined()
    const staffRelease = await room.payload.findByID({
      collection: 'press-releases',
      id: published.id,
      ...asEditor,
    })
    expect(staffRelease.editorNote).toBe('Check the date with the Secretariat.')
  })

  it('cannot list staff users, and a press officer cannot make themselves an editor', async () => {
    await expect(room.payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
    const updated = await room.payload.update({
      collection: 'users',
      id: room.users.officer.id,
      data: { role: 'admin' },
      user: room.users.officer,
      overrideAccess: false,
    })
    expect(updated.role).toBe('press-officer')
  })
})
