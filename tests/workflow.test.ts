import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type api, anonymous, type Session } from './helpers/http'
import { startNewsroom, type Newsroom } from './helpers/newsroom'
import { draftRelease, releaseData } from './helpers/releases'
import type { Staff } from './helpers/users'

let payload: Payload
let staff: Staff
let http: ReturnType<typeof api>
let officer: Session
let editor: Session
let act: Newsroom['act']

beforeAll(async () => {
  const newsroom = await startNewsroom('workflow')
  ;({ payload, staff, http, act } = newsroom)
  ;({ officer, editor } = newsroom.sessions)
})
afterAll(async () => {
  await payload?.destroy()
})

async function statusOf(id: number) {
  const doc = await payload.findByID({ collection: 'press-releases', id, draft: true, overrideAccess: true })
  return doc.editorialStatus
}

async function activityOf(id: number) {
  const { docs } = await payload.find({
    collection: 'activity',
    where: { and: [{ collectionSlug: { equals: 'press-releases' } }, { docId: { equals: String(id) } }] },
    sort: 'createdAt',
    overrideAccess: true,
    depth: 0,
  })
  return docs.map((entry) => [
    entry.action,
    entry.fromStatus ?? null,
    entry.toStatus ?? null,
    entry.actorName,
  ])
}

describe('a release from draft to the public site', () => {
  it('goes through review: submit, changes requested, revision, approval, publication', async () => {
    const created = await http.rest(
      'POST',
      '/press-releases?draft=true',
      officer,
      releaseData('Draft to public'),
    )
    expect(created.status).toBe(201)
    const id = (created.body.doc as { id: number }).id
    expect(await statusOf(id)).toBe('draft')
    expect((await http.rest('GET', `/press-releases/${id}`, anonymous)).status).toBe(404)

    expect((await act(officer, id, { action: 'submit' })).status).toBe(200)
    expect(await statusOf(id)).toBe('in_review')

    const refused = await act(editor, id, { action: 'requestChanges' })
    expect(refused).toMatchObject({
      status: 400,
      body: { errors: [{ message: expect.stringContaining('Say what') }] },
    })
    expect(
      (await act(editor, id, { action: 'requestChanges', reason: 'Name the UN officials.' })).status,
    ).toBe(200)
    const waiting = await payload.findByID({
      collection: 'press-releases',
      id,
      draft: true,
      overrideAccess: true,
    })
    expect(waiting).toMatchObject({
      editorialStatus: 'changes_requested',
      reviewNote: 'Name the UN officials.',
    })

    const revised = await http.rest('PATCH', `/press-releases/${id}?draft=true`, officer, {
      summary: 'Vladimir Norov met António Guterres.',
    })
    expect(revised.status).toBe(200)
    expect((await act(officer, id, { action: 'submit' })).status).toBe(200)
    expect((await act(editor, id, { action: 'approve' })).status).toBe(200)
    expect(await statusOf(id)).toBe('approved')
    expect((await act(editor, id, { action: 'publish' })).status).toBe(200)

    const publicView = await http.rest('GET', `/press-releases/${id}`, anonymous)
    expect(publicView.status).toBe(200)
    expect(publicView.body).toMatchObject({
      summary: 'Vladimir Norov met António Guterres.',
      editorialStatus: 'published',
    })

    expect(await activityOf(id)).toEqual([
      ['create', null, 'draft', 'officer test'],
      ['submit', 'draft', 'in_review', 'officer test'],
      ['requestChanges', 'in_review', 'changes_requested', 'editor test'],
      ['submit', 'changes_requested', 'in_review', 'officer test'],
      ['approve', 'in_review', 'approved', 'editor test'],
      ['publish', 'approved', 'published', 'editor test'],
    ])
  })

  it('sends a changed approval back to review', async () => {
    const release = await draftRelease(payload, staff.officer)
    await act(officer, release.id, { action: 'submit' })
    await act(editor, release.id, { action: 'approve' })
    await http.rest('PATCH', `/press-releases/${release.id}?draft=true`, officer, {
      headline: 'A different headline',
    })
    expect(await statusOf(release.id)).toBe('in_review')
    expect((await act(editor, release.id, { action: 'publish' })).status).toBe(200)
    expect((await activityOf(release.id)).map(([action]) => action)).toEqual([
      'create',
      'submit',
      'approve',
      'backToReview',
      'publish',
    ])
  })

  it('refuses a press officer every editor decision, with a reason', async () => {
    const release = await draftRelease(payload, staff.officer)
    await act(officer, release.id, { action: 'submit' })
    for (const body of [
      { action: 'approve' },
      { action: 'publish' },
      { action: 'requestChanges', reason: 'x' },
      { action: 'schedule', at: new Date(Date.now() + 3_600_000).toISOString() },
      { action: 'embargo', at: new Date(Date.now() + 3_600_000).toISOString() },
    ]) {
      const response = await act(officer, release.id, body)
      expect(response, body.action).toMatchObject({
        status: 403,
        body: { errors: [{ message: expect.stringContaining('Only an editor') }] },
      })
    }
    expect(await statusOf(release.id)).toBe('in_review')
    expect((await act(anonymous, release.id, { action: 'submit' })).status).toBe(401)
  })

  it('refuses to approve a release that could not be published', async () => {
    const release = await payload.create({
      collection: 'press-releases',
      data: { headline: 'Half-written' } as never,
      draft: true,
      user: staff.officer,
      overrideAccess: false,
    })
    await act(officer, release.id, { action: 'submit' })
    const response = await act(editor, release.id, { action: 'approve' })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/summary/)
  })
})

describe('scheduled and embargoed publication', () => {
  async function approved() {
    const release = await draftRelease(payload, staff.officer)
    await act(officer, release.id, { action: 'submit' })
    await act(editor, release.id, { action: 'approve' })
    return release
  }

  it('publishes an embargoed release through the jobs queue at its time, not before', async () => {
    const release = await approved()
    const at = new Date(Date.now() + 2_000)
    const response = await act(editor, release.id, {
      action: 'embargo',
      at: at.toISOString(),
      timezone: 'Asia/Tashkent',
    })
    expect(response.status).toBe(200)
    const scheduled = await payload.findByID({
      collection: 'press-releases',
      id: release.id,
      draft: true,
      overrideAccess: true,
    })
    expect(scheduled).toMatchObject({ editorialStatus: 'scheduled', embargoUntil_tz: 'Asia/Tashkent' })

    await payload.jobs.run()
    expect((await http.rest('GET', `/press-releases/${release.id}`, anonymous)).status).toBe(404)

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, at.getTime() - Date.now()) + 100))
    await payload.jobs.run()
    const live = await http.rest('GET', `/press-releases/${release.id}`, anonymous)
    expect(live.status).toBe(200)
    expect(live.body).toMatchObject({ editorialStatus: 'published', _status: 'published' })
    expect((await activityOf(release.id)).at(-1)).toEqual([
      'publish',
      'scheduled',
      'published',
      'Scheduler (jobs queue)',
    ])
  })

  it('reads a wall-clock time in the time zone it was given in', async () => {
    const release = await approved()
    const response = await act(editor, release.id, {
      action: 'schedule',
      at: '2099-03-04T10:00',
      timezone: 'Europe/Vienna',
    })
    expect(response.status).toBe(200)
    const doc = await payload.findByID({
      collection: 'press-releases',
      id: release.id,
      draft: true,
      overrideAccess: true,
    })
    expect(new Date(doc.publishAt!).toISOString()).toBe('2099-03-04T09:00:00.000Z')
    expect(doc.publishAt_tz).toBe('Europe/Vienna')
  })

  it('does not publish a scheduled release that was changed since: the change goes back to review', async () => {
    const release = await approved()
    const at = new Date(Date.now() + 1_000)
    await act(editor, release.id, { action: 'schedule', at: at.toISOString() })
    await http.rest('PATCH', `/press-releases/${release.id}?draft=true`, officer, {
      summary: 'Changed after scheduling.',
    })
    expect(await statusOf(release.id)).toBe('in_review')
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, at.getTime() - Date.now()) + 100))
    await payload.jobs.run()
    expect((await http.rest('GET', `/press-releases/${release.id}`, anonymous)).status).toBe(404)
    expect(await statusOf(release.id)).toBe('in_review')
  })

  it('refuses a time in the past or an unknown time zone', async () => {
    const release = await approved()
    expect((await act(editor, release.id, { action: 'schedule', at: '2001-01-01T00:00:00Z' })).status).toBe(
      400,
    )
    const zone = await act(editor, release.id, {
      action: 'embargo',
      at: '2099-01-01T00:00',
      timezone: 'Mars/Olympus',
    })
    expect(zone).toMatchObject({
      status: 400,
      body: { errors: [{ message: expect.stringContaining('timezone') }] },
    })
  })
})

describe('restoring an older version', () => {
  it('restores it as a draft that goes back to review, and logs the restore', async () => {
    const release = await draftRelease(payload, staff.officer, 'Restore me')
    await act(officer, release.id, { action: 'submit' })
    await act(editor, release.id, { action: 'publish' })
    await http.rest('PATCH', `/press-releases/${release.id}?draft=true`, officer, {
      summary: 'A later, worse summary.',
    })
    const { docs } = await payload.findVersions({
      collection: 'press-releases',
      where: { and: [{ parent: { equals: release.id } }, { 'version._status': { equals: 'published' } }] },
      overrideAccess: true,
      limit: 1,
    })
    const restored = await http.rest('POST', `/press-releases/versions/${docs[0]!.id}?draft=true`, editor)
    expect(restored.status).toBe(200)
    const latest = await payload.findByID({
      collection: 'press-releases',
      id: release.id,
      draft: true,
      overrideAccess: true,
    })
    expect(latest).toMatchObject({ editorialStatus: 'in_review', summary: releaseData().summary })
    // The public copy was not touched by the restore.
    expect((await http.rest('GET', `/press-releases/${release.id}`)).status).toBe(200)
    expect((await activityOf(release.id)).at(-1)).toEqual(['restore', 'draft', 'in_review', 'editor test'])
  })
})
