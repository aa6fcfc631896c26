import { describe, expect, it } from 'vitest'

import type { PressRelease } from '@/payload-types'

import { freshNewsroom } from './helpers/newsroom'
import { draftRelease, publishedRelease } from './helpers/releases'

/**
 * Issue 15, item 1, continued: autosave never rewrites a colleague's version away, and a merged
 * save is judged by the same access and workflow rules as any other (tests/concurrent-saves.test.ts
 * has the merge itself).
 */

const room = freshNewsroom('concurrent-saves-rules')
type Role = 'officer' | 'editor'
type Copy = Record<string, unknown>

async function copyOf(id: number, role: Role, collection: 'press-releases' | 'topics' = 'press-releases') {
  const doc = await room.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    user: room.users[role],
    overrideAccess: false,
  })
  const { comments: _c, releases: _r, ...fields } = doc as unknown as Copy
  return fields
}

async function save(role: Role, path: string, body: Copy, query = 'draft=true') {
  return room.http.rest('PATCH', `${path}?${query}`, room.sessions[role], body)
}

const autosave = 'draft=true&autosave=true'
const versionCount = async (id: number) =>
  (await room.payload.countVersions({ collection: 'press-releases', where: { parent: { equals: id } } }))
    .totalDocs

describe('autosave and the merge', () => {
  it("keeps the version a colleague started from, so that person's next autosave merges too", async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    const path = `/press-releases/${release.id}`
    let mine = await copyOf(release.id, 'officer')
    const theirs = await copyOf(release.id, 'editor')
    // The form takes each answer's values (and its updatedAt) as its new copy.
    const typed = async (headline: string) => {
      const answer = await save('officer', path, { ...mine, headline }, autosave)
      expect(answer.status).toBe(200)
      mine = { ...mine, ...(answer.body.doc as Copy) }
    }
    await typed('Officer typing')
    const versions = await versionCount(release.id)
    await typed('Officer typing more')
    // One person typing rewrites their own autosaved version, as Payload does.
    expect(await versionCount(release.id)).toBe(versions)
    const editor = await save('editor', path, { ...theirs, summary: 'Editor summary.' }, autosave)
    expect(editor.status).toBe(200)
    await typed('Officer typing even more')
    const stored = (await room.payload.findByID({
      collection: 'press-releases',
      id: release.id,
      draft: true,
    })) as PressRelease
    expect(stored.headline).toBe('Officer typing even more')
    expect(stored.summary).toBe('Editor summary.')
  })
})

describe('a merged save obeys the same rules', () => {
  it('never lets an officer change a published release in place, merged or not', async () => {
    const release = await publishedRelease(room.payload, room.users.editor)
    const path = `/press-releases/${release.id}`
    const stale = await copyOf(release.id, 'officer')
    const editorCopy = await copyOf(release.id, 'editor')
    expect(
      (await save('editor', path, { ...editorCopy, headline: 'Editor draft headline', _status: 'draft' }))
        .status,
    ).toBe(200)
    const refused = await save(
      'officer',
      path,
      { ...stale, summary: 'Officer, in place.', _status: 'published' },
      '',
    )
    expect(refused.status).toBe(403)
    const published = await room.payload.findByID({ collection: 'press-releases', id: release.id })
    expect(published.summary).toBe(release.summary)
    expect(published.headline).toBe(release.headline)
  })

  it('shows nothing to a visitor who sends an older copy: Payload refuses the write first', async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    const path = `/press-releases/${release.id}`
    const stale = await copyOf(release.id, 'officer')
    expect((await save('officer', path, { ...stale, headline: 'Unpublished headline' })).status).toBe(200)
    const visitor = await room.http.rest('PATCH', `${path}?draft=true`, room.sessions.public, {
      ...stale,
      headline: 'Visitor headline',
    })
    expect(visitor.status).toBe(403)
    expect(JSON.stringify(visitor.body)).not.toContain('Unpublished headline')
  })

  it('sends an approved release back to review when a merged save changes its text', async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    const path = `/press-releases/${release.id}`
    const stale = await copyOf(release.id, 'officer')
    expect((await room.act('officer', release.id, { action: 'submit' })).status).toBe(200)
    expect((await room.act('editor', release.id, { action: 'approve' })).status).toBe(200)
    // The officer's copy predates the approval; its editorialStatus says draft.
    const answer = await save('officer', path, { ...stale, summary: 'Officer summary after approval.' })
    expect(answer.status).toBe(200)
    const stored = await room.payload.findByID({ collection: 'press-releases', id: release.id, draft: true })
    expect(stored.summary).toBe('Officer summary after approval.')
    expect(stored.editorialStatus).toBe('in_review')
  })

  it('keeps the workflow fields out of reach of a stale copy', async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    const path = `/press-releases/${release.id}`
    const stale = await copyOf(release.id, 'officer')
    expect(stale.editorialStatus).toBe('draft')
    expect((await room.act('officer', release.id, { action: 'submit' })).status).toBe(200)
    // Its old status is not taken for a change: the submitted release stays in review.
    const edit = await save('officer', path, { ...stale, headline: 'Officer headline while in review' })
    expect(edit.status).toBe(200)
    // A status it claims is a change both made: refused, nothing stored.
    const claim = await save('officer', path, { ...stale, editorialStatus: 'approved', summary: 'Sneaked.' })
    expect(claim.status).toBe(409)
    expect(JSON.stringify(claim.body)).toContain('Editorial Status was changed by')
    const stored = await room.payload.findByID({ collection: 'press-releases', id: release.id, draft: true })
    expect([stored.editorialStatus, stored.headline, stored.summary]).toEqual([
      'in_review',
      'Officer headline while in review',
      release.summary,
    ])
  })

  it('merges the records too, naming who saved last', async () => {
    const topic = await room.payload.create({
      collection: 'topics',
      data: { title: 'Regional security', description: 'First text.' },
      draft: true,
      user: room.users.officer,
      overrideAccess: false,
    })
    const mine = await copyOf(topic.id, 'officer', 'topics')
    const theirs = await copyOf(topic.id, 'editor', 'topics')
    expect((await save('officer', `/topics/${topic.id}`, { ...mine, title: 'Security' })).status).toBe(200)
    expect(
      (await save('editor', `/topics/${topic.id}`, { ...theirs, description: 'Editor text.' })).status,
    ).toBe(200)
    const refused = await save('editor', `/topics/${topic.id}`, {
      ...theirs,
      title: 'Regional security (RATS)',
    })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toContain(`Title was changed by ${room.users.officer.name}`)
    const stored = await room.payload.findByID({ collection: 'topics', id: topic.id, draft: true })
    expect([stored.title, stored.description]).toEqual(['Security', 'Editor text.'])
  })
})
