import { describe, expect, it } from 'vitest'

import type { Speech } from '@/payload-types'
import { pendingRecordChanges, PendingRecordChanges } from '@/workflow/admin/PendingRecordChanges'
import { embargoView } from '@/workflow/embargo'

import { freshNewsroom } from './helpers/newsroom'
import { draftRelease, releaseData } from './helpers/releases'

/**
 * Issue 10, item 3: an officer's change to a published record is a draft until an editor
 * publishes it, on every channel; editors see it in their queue; releases and the public keep
 * showing the published record meanwhile.
 */

const room = freshNewsroom('record-approval')
const as = (role: 'officer' | 'editor') => ({ user: room.users[role], overrideAccess: false })

let counter = 0
async function publishedSpeech(title = `Address ${++counter} to the Council`): Promise<Speech> {
  const speaker = await room.payload.create({
    collection: 'participants',
    data: { name: `Speaker ${counter}`, kind: 'person', _status: 'published' },
    ...as('editor'),
  })
  return room.payload.create({
    collection: 'speeches',
    data: {
      title,
      speaker: speaker.id,
      date: '2026-11-19T00:00:00.000Z',
      delivery: 'as-delivered',
      language: 'en',
      _status: 'published',
    },
    ...as('editor'),
  })
}

/** The public copy, as the site reads it (published only), and the latest draft. */
const publicTitle = async (id: number) =>
  (await room.payload.findByID({ collection: 'speeches', id, overrideAccess: true })).title
const draftTitle = async (id: number) =>
  (await room.payload.findByID({ collection: 'speeches', id, draft: true, overrideAccess: true })).title

describe('an officer’s change to a published record', () => {
  it('is refused in place through REST, with a 403 that says to save a draft', async () => {
    const speech = await publishedSpeech()
    const response = await room.http.rest('PATCH', `/speeches/${speech.id}`, room.sessions.officer, {
      title: 'Changed in place',
    })
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.body)).toMatch(/published: only an editor can change.*draft/)
    expect(await publicTitle(speech.id)).toBe(speech.title)
  })

  it('is refused as a publication or an unpublication, on REST and GraphQL', async () => {
    const speech = await publishedSpeech()
    const officer = room.sessions.officer
    for (const [path, body] of [
      [`/speeches/${speech.id}`, { title: 'Published by an officer', _status: 'published' }],
      [`/speeches/${speech.id}?draft=true`, { title: 'Published by an officer', _status: 'published' }],
      [`/speeches/${speech.id}`, { _status: 'draft' }],
    ] as const)
      expect((await room.http.rest('PATCH', path, officer, body)).status).toBe(403)
    const graphql = await room.http.graphql(
      `mutation { updateSpeech(id: ${speech.id}, data: { title: "Via GraphQL" }) { id } }`,
      officer,
    )
    expect(graphql.body.errors).toBeTruthy()
    const stored = await room.payload.findByID({
      collection: 'speeches',
      id: speech.id,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({ title: speech.title, _status: 'published' })
  })

  it('is refused through the Local API with the officer’s user, for every record type', async () => {
    const speech = await publishedSpeech()
    const topic = await room.payload.create({
      collection: 'topics',
      data: { title: 'Regional security', _status: 'published' },
      ...as('editor'),
    })
    await expect(
      room.payload.update({ collection: 'speeches', id: speech.id, data: { title: 'X' }, ...as('officer') }),
    ).rejects.toThrow(/only an editor/)
    await expect(
      room.payload.update({ collection: 'topics', id: topic.id, data: { title: 'X' }, ...as('officer') }),
    ).rejects.toThrow(/only an editor/)
    // A brand-new record too: editors publish everything.
    await expect(
      room.payload.create({
        collection: 'topics',
        data: { title: 'Drug trafficking', _status: 'published' },
        ...as('officer'),
      }),
    ).rejects.toThrow()
    const draft = await room.payload.create({
      collection: 'topics',
      data: { title: 'Drug trafficking' },
      draft: true,
      ...as('officer'),
    })
    expect(draft._status).toBe('draft')
  })

  it('is saved as a draft that the public and the release pages do not see until an editor publishes it', async () => {
    const speech = await publishedSpeech('The original title')
    const release = await room.payload.create({
      collection: 'press-releases',
      data: { ...releaseData(), speeches: [speech.id], _status: 'published' },
      ...as('editor'),
    })
    const saved = await room.http.rest('PATCH', `/speeches/${speech.id}?draft=true`, room.sessions.officer, {
      title: 'An unreviewed title',
    })
    expect(saved.status).toBe(200)
    expect(await draftTitle(speech.id)).toBe('An unreviewed title')
    expect(await publicTitle(speech.id)).toBe('The original title')

    // The release page as the public reads it (src/data/release.ts: draft false, depth 2).
    const onPage = async () => {
      const { docs } = await room.payload.find({
        collection: 'press-releases',
        where: { id: { equals: release.id } },
        depth: 2,
        draft: false,
        overrideAccess: false,
      })
      return (docs[0]?.speeches?.[0] as Speech | undefined)?.title
    }
    expect(await onPage()).toBe('The original title')

    // The editor's queue names it, who changed it and that it is a change to a published record.
    const pending = await pendingRecordChanges(room.payload, room.users.editor)
    expect(pending.find((change) => change.id === speech.id)).toMatchObject({
      collection: 'speeches',
      title: 'An unreviewed title',
      isNew: false,
      by: room.users.officer.id,
    })

    const published = await room.http.rest('PATCH', `/speeches/${speech.id}`, room.sessions.editor, {
      _status: 'published',
    })
    expect(published.status).toBe(200)
    expect(await publicTitle(speech.id)).toBe('An unreviewed title')
    expect(await onPage()).toBe('An unreviewed title')
    const after = await pendingRecordChanges(room.payload, room.users.editor)
    expect(after.find((change) => change.id === speech.id)).toBeUndefined()
  })

  it('lists new records in the queue for editors only', async () => {
    const topic = await room.payload.create({
      collection: 'topics',
      data: { title: 'Counter-terrorism' },
      draft: true,
      ...as('officer'),
    })
    const pending = await pendingRecordChanges(room.payload, room.users.editor)
    expect(pending.find((change) => change.id === topic.id)).toMatchObject({
      isNew: true,
      collection: 'topics',
    })
    expect(await PendingRecordChanges({ payload: room.payload, user: room.users.officer })).toBeNull()
    expect(await PendingRecordChanges({ payload: room.payload, user: room.users.editor })).not.toBeNull()
  })
})

describe('an embargoed release seen through a journalist’s link', () => {
  it('shows the published speech, not an officer’s draft of it', async () => {
    const speech = await publishedSpeech('The approved speech title')
    const release = await room.payload.create({
      collection: 'press-releases',
      data: { ...releaseData(), speeches: [speech.id] },
      draft: true,
      ...as('officer'),
    })
    await room.act('officer', release.id, { action: 'submit' })
    const embargo = await room.act('editor', release.id, {
      action: 'embargo',
      at: new Date(Date.now() + 86_400_000).toISOString(),
      timezone: 'Europe/Moscow',
    })
    expect(embargo.status).toBe(200)
    const link = await room.http.rest('POST', '/embargo-links', room.sessions.editor, {
      release: release.id,
      recipient: 'Jane Doe, Reuters',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    })
    const token = (link.body.doc as { url: string }).url.split('/embargo/')[1]!
    await room.http.rest('PATCH', `/speeches/${speech.id}?draft=true`, room.sessions.officer, {
      title: 'A draft title nobody approved',
    })
    const view = await embargoView(room.payload, token)
    expect(view.state).toBe('embargoed')
    if (view.state !== 'embargoed') return
    expect(view.release.headline).toBe(release.headline)
    expect((view.release.speeches?.[0] as Speech).title).toBe('The approved speech title')
  })
})

describe('the slug, author and dateline of a scheduled release', () => {
  it('change only through review: an officer’s change sends it back and clears the schedule', async () => {
    for (const change of [
      { slug: 'a-new-address' },
      { author: room.users.editor.id },
      { dateline: { place: 'New York', date: '2026-11-21T12:00:00.000Z' } },
    ]) {
      const release = await draftRelease(room.payload, room.users.officer)
      await room.act('officer', release.id, { action: 'submit' })
      const at = new Date(Date.now() + 86_400_000).toISOString()
      expect((await room.act('editor', release.id, { action: 'schedule', at })).status).toBe(200)
      const saved = await room.http.rest(
        'PATCH',
        `/press-releases/${release.id}?draft=true`,
        room.sessions.officer,
        change,
      )
      expect(saved.status).toBe(200)
      const stored = await room.payload.findByID({
        collection: 'press-releases',
        id: release.id,
        draft: true,
        overrideAccess: true,
      })
      expect(stored, JSON.stringify(change)).toMatchObject({ editorialStatus: 'in_review', publishAt: null })
    }
  })
})

describe('the settings’ public texts', () => {
  it('cannot be changed by an officer (nor an editor): administrators only', async () => {
    for (const role of ['officer', 'editor'] as const) {
      const response = await room.http.rest('POST', '/globals/settings', room.sessions[role], {
        boilerplate: `Changed by the ${role}`,
      })
      expect(response.status).toBe(403)
    }
    const settings = await room.payload.findGlobal({ slug: 'settings', overrideAccess: true })
    expect(settings.boilerplate ?? '').not.toMatch(/Changed by/)
  })
})
