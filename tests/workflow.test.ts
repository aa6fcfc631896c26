import { describe, expect, it } from 'vitest'

import { atTime } from './helpers/clock'
import { anonymous } from './helpers/http'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease, releaseData } from './helpers/releases'

const room = freshNewsroom('workflow')

/** The latest version of a release, draft or not. */
const latest = (id: number) =>
  room.payload.findByID({ collection: 'press-releases', id, draft: true, overrideAccess: true })

async function statusOf(id: number) {
  return (await latest(id)).editorialStatus
}

async function activityOf(id: number) {
  const { docs } = await room.payload.find({
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
    const created = await room.http.rest(
      'POST',
      '/press-releases?draft=true',
      room.sessions.officer,
      releaseData('Draft to public'),
    )
    expect(created.status).toBe(201)
    const id = (created.body.doc as { id: number }).id
    expect(await statusOf(id)).toBe('draft')
    expect((await room.http.rest('GET', `/press-releases/${id}`, anonymous)).status).toBe(404)

    expect((await room.act('officer', id, { action: 'submit' })).status).toBe(200)
    expect(await statusOf(id)).toBe('in_review')

    const refused = await room.act('editor', id, { action: 'requestChanges' })
    expect(refused).toMatchObject({
      status: 400,
      body: { errors: [{ message: expect.stringContaining('Say what') }] },
    })
    expect(
      (await room.act('editor', id, { action: 'requestChanges', reason: 'Name the UN officials.' })).status,
    ).toBe(200)
    const waiting = await latest(id)
    expect(waiting).toMatchObject({
      editorialStatus: 'changes_requested',
      reviewNote: 'Name the UN officials.',
    })

    const revised = await room.http.rest('PATCH', `/press-releases/${id}?draft=true`, room.sessions.officer, {
      summary: 'Vladimir Norov met António Guterres.',
    })
    expect(revised.status).toBe(200)
    expect((await room.act('officer', id, { action: 'submit' })).status).toBe(200)
    expect((await room.act('editor', id, { action: 'approve' })).status).toBe(200)
    expect(await statusOf(id)).toBe('approved')
    expect((await room.act('editor', id, { action: 'publish' })).status).toBe(200)

    const publicView = await room.http.rest('GET', `/press-releases/${id}`, anonymous)
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
    const release = await draftRelease(room.payload, room.users.officer)
    await room.act('officer', release.id, { action: 'submit' })
    await room.act('editor', release.id, { action: 'approve' })
    await room.http.rest('PATCH', `/press-releases/${release.id}?draft=true`, room.sessions.officer, {
      headline: 'A different headline',
    })
    expect(await statusOf(release.id)).toBe('in_review')
    expect((await room.act('editor', release.id, { action: 'publish' })).status).toBe(200)
    expect((await activityOf(release.id)).map(([action]) => action)).toEqual([
      'create',
      'submit',
      'approve',
      'backToReview',
      'publish',
    ])
  })

  it('refuses a press officer every editor decision, with a reason', async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    await room.act('officer', release.id, { action: 'submit' })
    for (const body of [
      { action: 'approve' },
      { action: 'publish' },
      { action: 'requestChanges', reason: 'x' },
      { action: 'schedule', at: new Date(Date.now() + 3_600_000).toISOString() },
      { action: 'embargo', at: new Date(Date.now() + 3_600_000).toISOString() },
    ]) {
      const response = await room.act('officer', release.id, body)
      expect(response, body.action).toMatchObject({
        status: 403,
        body: { errors: [{ message: expect.stringContaining('Only an editor') }] },
      })
    }
    expect(await statusOf(release.id)).toBe('in_review')
    expect((await room.act('public', release.id, { action: 'submit' })).status).toBe(401)
  })

  it('refuses to approve a release that could not be published', async () => {
    const release = await room.payload.create({
      collection: 'press-releases',
      data: { headline: 'Half-written' } as never,
      draft: true,
      user: room.users.officer,
      overrideAccess: false,
    })
    await room.act('officer', release.id, { action: 'submit' })
    const response = await room.act('editor', release.id, { action: 'approve' })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/summary/)
  })
})

describe('scheduled and embargoed publication', () => {
  async function approved() {
    const release = await draftRelease(room.payload, room.users.officer)
    await room.act('officer', release.id, { action: 'submit' })
    await room.act('editor', release.id, { action: 'approve' })
    return release
  }

  it('publishes an embargoed release through the jobs queue at its time, not before', async () => {
    const release = await approved()
    const at = new Date(Date.now() + 3_600_000)
    const response = await room.act('editor', release.id, {
      action: 'embargo',
      at: at.toISOString(),
      timezone: 'Asia/Tashkent',
    })
    expect(response.status).toBe(200)
    const scheduled = await latest(release.id)
    expect(scheduled).toMatchObject({ editorialStatus: 'scheduled', embargoUntil_tz: 'Asia/Tashkent' })

    await atTime(new Date(at.getTime() - 1_000), () => room.payload.jobs.run())
    expect((await room.http.rest('GET', `/press-releases/${release.id}`, anonymous)).status).toBe(404)

    await atTime(new Date(at.getTime() + 1_000), () => room.payload.jobs.run())
    const live = await room.http.rest('GET', `/press-releases/${release.id}`, anonymous)
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
    const response = await room.act('editor', release.id, {
      action: 'schedule',
      at: '2099-03-04T10:00',
      timezone: 'Europe/Vienna',
    })
    expect(response.status).toBe(200)
    const doc = await latest(release.id)
    expect(new Date(doc.publishAt!).toISOString()).toBe('2099-03-04T09:00:00.000Z')
    expect(doc.publishAt_tz).toBe('Europe/Vienna')
  })

  it('does not publish a scheduled release that was changed since: the change goes back to review', async () => {
    const release = await approved()
    const at = new Date(Date.now() + 3_600_000)
    await room.act('editor', release.id, { action: 'schedule', at: at.toISOString() })
    await room.http.rest('PATCH', `/press-releases/${release.id}?draft=true`, room.sessions.officer, {
      summary: 'Changed after scheduling.',
    })
    expect(await statusOf(release.id)).toBe('in_review')
    await atTime(new Date(at.getTime() + 1_000), () => room.payload.jobs.run())
    expect((await room.http.rest('GET', `/press-releases/${release.id}`, anonymous)).status).toBe(404)
    expect(await statusOf(release.id)).toBe('in_review')
  })

  it('refuses a time in the past or an unknown time zone', async () => {
    const release = await approved()
    expect(
      (await room.act('editor', release.id, { action: 'schedule', at: '2001-01-01T00:00:00Z' })).status,
    ).toBe(400)
    const zone = await room.act('editor', release.id, {
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
    const release = await draftRelease(room.payload, room.users.officer, 'Restore me')
    await room.act('officer', release.id, { action: 'submit' })
    await room.act('editor', release.id, { action: 'publish' })
    await room.http.rest('PATCH', `/press-releases/${release.id}?draft=true`, room.sessions.officer, {
      summary: 'A later, worse summary.',
    })
    const { docs } = await room.payload.findVersions({
      collection: 'press-releases',
      where: { and: [{ parent: { equals: release.id } }, { 'version._status': { equals: 'published' } }] },
      overrideAccess: true,
      limit: 1,
    })
    const restored = await room.http.rest(
      'POST',
      `/press-releases/versions/${docs[0]!.id}?draft=true`,
      room.sessions.editor,
    )
    expect(restored.status).toBe(200)
    const restoredDraft = await latest(release.id)
    expect(restoredDraft).toMatchObject({ editorialStatus: 'in_review', summary: releaseData().summary })
    // The public copy was not touched by the restore.
    expect((await room.http.rest('GET', `/press-releases/${release.id}`)).status).toBe(200)
    expect((await activityOf(release.id)).at(-1)).toEqual(['restore', 'draft', 'in_review', 'editor test'])
  })
})
