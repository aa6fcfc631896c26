import type * as NextCache from 'next/cache'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

import { blockNode, editorState, paragraphNode } from '@/content/lexical'
import type { getReleaseBySlug as GetRelease } from '@/data/release'
import type { Participant, Speech } from '@/payload-types'
import { LinkedChanges } from '@/workflow/admin/LinkedChanges'
import { linkedRecordChanges } from '@/workflow/linkedChanges'

import { freshNewsroom } from './helpers/newsroom'
import { releaseData } from './helpers/releases'

/**
 * Issue 10, item 5 (linked records in the review) and item 3's preview: a release's review lists
 * what changed in the records it links to, for staff only; the staff preview shows the records'
 * drafts, the public site never does.
 */

// Next's data cache needs a running Next server; here the public fetcher reads straight through.
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof NextCache>()),
  unstable_cache: <T>(read: T) => read,
}))

// The admin's client button (it needs the admin's bundle); the server decides whether it shows.
vi.mock('@/workflow/admin/PublishRecordButton.client', () => ({
  PublishRecordButton: () => 'Publish this change',
}))

const room = freshNewsroom('linked-changes')
const as = (role: 'officer' | 'editor') => ({ user: room.users[role], overrideAccess: false })
// Imported once Payload runs on this file's database ('@/data/release' loads the config).
const getRelease: typeof GetRelease = async (...args) =>
  (await import('@/data/release')).getReleaseBySlug(...args)

let counter = 0
async function publishedSpeech(title: string): Promise<{ speech: Speech; speaker: Participant }> {
  const speaker = await room.payload.create({
    collection: 'participants',
    data: {
      name: `Speaker ${++counter}`,
      kind: 'person',
      positions: [{ title: 'Deputy Secretary-General' }],
      _status: 'published',
    },
    ...as('editor'),
  })
  const speech = await room.payload.create({
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
  return { speech, speaker }
}

const draftSpeechTitle = (id: number, title: string) =>
  room.payload.update({ collection: 'speeches', id, data: { title }, draft: true, ...as('officer') })

describe('the linked records in a release’s review', () => {
  it('lists a pending speech-title change with its old and new words, and one published since approval', async () => {
    const { speech, speaker } = await publishedSpeech('Address to the Council')
    const release = await room.payload.create({
      collection: 'press-releases',
      // The speaker is not linked itself: the page names it as the speech's speaker.
      data: { ...releaseData(), speeches: [speech.id] },
      draft: true,
      ...as('officer'),
    })
    await draftSpeechTitle(speech.id, 'Address to the Security Council')

    const review = await linkedRecordChanges(room.payload, room.users.editor, release.id)
    expect(review).toMatchObject({ approvedAt: null, publishedSince: [], canPublish: true })
    expect(review!.pending).toHaveLength(1)
    const [pending] = review!.pending
    expect(pending).toMatchObject({
      collection: 'speeches',
      id: speech.id,
      title: 'Address to the Security Council',
      isNew: false,
      by: 'officer test',
      changes: [{ field: 'Title', from: 'Address to the Council', to: 'Address to the Security Council' }],
      editUrl: `/admin/collections/speeches/${speech.id}`,
    })
    expect(pending!.compareUrl).toMatch(
      new RegExp(`^/admin/collections/speeches/${speech.id}/versions/\\d+\\?versionFrom=\\d+$`),
    )

    // Approved; then an editor publishes a change to the speaker's position.
    expect((await room.act('officer', release.id, { action: 'submit' })).status).toBe(200)
    expect((await room.act('editor', release.id, { action: 'approve' })).status).toBe(200)
    await room.payload.update({
      collection: 'participants',
      id: speaker.id,
      data: { positions: [{ title: 'Secretary-General' }], _status: 'published' },
      ...as('editor'),
    })
    const after = await linkedRecordChanges(room.payload, room.users.editor, release.id)
    expect(after!.approvedAt).not.toBeNull()
    expect(after!.pending.map((change) => change.id)).toEqual([speech.id])
    expect(after!.publishedSince).toEqual([
      expect.objectContaining({
        collection: 'participants',
        id: speaker.id,
        isNew: false,
        by: 'editor test',
        changes: [
          { field: 'Positions 1 › Title', from: 'Deputy Secretary-General', to: 'Secretary-General' },
        ],
      }),
    ])

    // Once the editor publishes the speech's draft, it is no longer pending but published since approval.
    await room.payload.update({
      collection: 'speeches',
      id: speech.id,
      data: { _status: 'published' },
      ...as('editor'),
    })
    const published = await linkedRecordChanges(room.payload, room.users.editor, release.id)
    expect(published!.pending).toEqual([])
    expect(published!.publishedSince.map((change) => [change.collection, change.changes[0]?.to])).toEqual([
      ['speeches', 'Address to the Security Council'],
      ['participants', 'Secretary-General'],
    ])
  })

  it('includes the speech of a quote block that is not among the release’s speeches', async () => {
    const { speech } = await publishedSpeech('Remarks at the roundtable')
    const release = await room.payload.create({
      collection: 'press-releases',
      data: {
        ...releaseData(),
        body: editorState([
          paragraphNode('The Secretary-General spoke.'),
          blockNode('speechQuote', { speech: speech.id, quote: 'We act together.' }, 'quote-1'),
        ]),
      },
      draft: true,
      ...as('officer'),
    })
    await draftSpeechTitle(speech.id, 'Remarks at the closing roundtable')
    const review = await linkedRecordChanges(room.payload, room.users.editor, release.id)
    expect(review!.pending.map((change) => change.changes)).toEqual([
      [{ field: 'Title', from: 'Remarks at the roundtable', to: 'Remarks at the closing roundtable' }],
    ])
  })

  it('gives a press officer only what their role may read, and the public nothing', async () => {
    const { speech } = await publishedSpeech('Statement on drug trafficking')
    const release = await room.payload.create({
      collection: 'press-releases',
      data: { ...releaseData(), speeches: [speech.id] },
      draft: true,
      ...as('officer'),
    })
    await room.payload.update({
      collection: 'speeches',
      id: speech.id,
      data: { title: 'Statement on countering drug trafficking' },
      draft: true,
      ...as('editor'),
    })
    // Officers read records and their versions like editors, but may not publish them.
    const officer = await linkedRecordChanges(room.payload, room.users.officer, release.id)
    expect(officer).toMatchObject({ canPublish: false })
    expect(officer!.pending).toEqual([
      expect.objectContaining({
        id: speech.id,
        by: 'editor test',
        changes: [expect.objectContaining({ field: 'Title' })],
      }),
    ])

    // The sidebar offers the publish button to editors only.
    const sidebar = async (role: 'officer' | 'editor') =>
      renderToStaticMarkup(
        (await LinkedChanges({
          id: release.id,
          payload: room.payload,
          data: {},
          user: room.users[role],
        })) as ReactElement,
      )
    expect(await sidebar('officer')).toContain('<del>Statement on drug trafficking</del>')
    expect(await sidebar('officer')).not.toContain('Publish this change')
    expect(await sidebar('editor')).toContain('Publish this change')

    expect(await linkedRecordChanges(room.payload, null, release.id)).toBeNull()
    expect(await linkedRecordChanges(room.payload, room.users.editor, 999_999)).toBeNull()
    // Nor can an API caller without a session read the versions it is built from.
    const versions = await room.http.rest(
      'GET',
      `/speeches/versions?where[parent][equals]=${speech.id}`,
      room.sessions.public,
    )
    expect(versions.status).toBe(403)
  })
})

describe('the staff preview of a release', () => {
  it('shows linked records’ drafts to staff in draft mode, and their published text to everyone else', async () => {
    const { speech } = await publishedSpeech('Opening address')
    const release = await room.payload.create({
      collection: 'press-releases',
      data: { ...releaseData(), speeches: [speech.id], _status: 'published' },
      ...as('editor'),
    })
    await draftSpeechTitle(speech.id, 'Opening address, revised')
    const titleFor = async (viewer: Parameters<typeof GetRelease>[0]) =>
      (await getRelease(viewer, release.slug!, 'en'))?.speeches.map((linked) => linked.text)

    expect(await titleFor({ draft: true, user: room.users.editor })).toEqual(['Opening address, revised'])
    expect(await titleFor({ draft: false, user: null })).toEqual(['Opening address'])
    // Draft mode without a staff session (a leaked cookie) reads as the public.
    expect(await titleFor({ draft: true, user: null })).toEqual(['Opening address'])
  })
})
