import { describe, expect, it } from 'vitest'

import { anonymous } from './helpers/http'
import { draftRelease } from './helpers/releases'
import { mailedNewsroom } from './helpers/smtp'

/**
 * Issue 10, item 1: nothing is lifted early by accident. A scheduled or embargoed release is
 * published before its time only through the workflow action with `liftEarly: true` and a
 * reason; Payload's own publish (REST, GraphQL, Local API with a user) refuses it; the log and
 * the emails say who lifted it, how far ahead and why.
 */
const { room, smtp } = mailedNewsroom('early-lift')

const hour = 3_600_000

async function planned(action: 'embargo' | 'schedule', headline: string, ahead = 24 * hour) {
  const release = await draftRelease(room.payload, room.users.officer, headline)
  await room.act('officer', release.id, { action: 'submit' })
  const at = new Date(Date.now() + ahead).toISOString()
  expect((await room.act('editor', release.id, { action, at, timezone: 'Asia/Shanghai' })).status).toBe(200)
  return release
}

const latest = (id: number) =>
  room.payload.findByID({ collection: 'press-releases', id, draft: true, overrideAccess: true, depth: 0 })

async function isPublic(id: number) {
  return (await room.http.rest('GET', `/press-releases/${id}`, anonymous)).status === 200
}

async function deliver() {
  for (let round = 0; round < 5; round++) {
    const { remainingJobsFromQueried } = (await room.payload.jobs.run({ limit: 50 })) as {
      remainingJobsFromQueried?: number
    }
    if (!remainingJobsFromQueried) break
  }
}

describe('publishing an embargoed release early through the workflow action', () => {
  it('is refused without the override and a reason, and says what to send', async () => {
    const release = await planned('embargo', 'Embargoed: no accidental lift')
    const plain = await room.act('editor', release.id, { action: 'publish' })
    expect(plain.status).toBe(409)
    expect(JSON.stringify(plain.body)).toMatch(/lifts the embargo (23 hours 59 minutes|1 day) early/)
    expect(JSON.stringify(plain.body)).toContain('\\"liftEarly\\": true')

    const reasonOnly = await room.act('editor', release.id, { action: 'publish', reason: 'Leaked' })
    expect(reasonOnly.status).toBe(409)
    const noReason = await room.act('editor', release.id, { action: 'publish', liftEarly: true, reason: ' ' })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(noReason.body)).toContain('Say why the embargo is lifted early')
    const notBoolean = await room.act('editor', release.id, { action: 'publish', liftEarly: 'yes' })
    expect(notBoolean.status).toBe(400)
    expect(JSON.stringify(notBoolean.body)).toContain('liftEarly')

    expect(await isPublic(release.id)).toBe(false)
    expect(await latest(release.id)).toMatchObject({ editorialStatus: 'scheduled', _status: 'draft' })
  })

  it('publishes with both, and the log and the emails say who, how far ahead and why', async () => {
    const headline = 'Embargoed: lifted on purpose'
    const release = await planned('embargo', headline, 2 * hour + 5 * 60_000 + 20_000)
    await deliver()
    smtp.inbox.length = 0
    const lifted = await room.act('editor', release.id, {
      action: 'publish',
      liftEarly: true,
      reason: 'The ministry announced it already',
    })
    expect(lifted.status).toBe(200)
    expect(await isPublic(release.id)).toBe(true)
    expect(await latest(release.id)).toMatchObject({ editorialStatus: 'published', embargoUntil: null })

    const sentence =
      'Embargo lifted early by editor test, 2 hours 5 minutes ahead: The ministry announced it already'
    const { docs } = await room.payload.find({
      collection: 'activity',
      where: { docId: { equals: String(release.id) }, action: { equals: 'publish' } },
      overrideAccess: true,
    })
    expect(docs.map((entry) => entry.summary)).toEqual([`${sentence} — “${headline}”`])

    await deliver()
    // The author and every other editor: the whole desk hears of an early lift.
    expect(smtp.inbox.map((mail) => mail.to.join()).sort()).toEqual(
      [room.users.admin.email, room.users.officer.email].sort(),
    )
    for (const mail of smtp.inbox) {
      expect(mail.subject).toBe(`Embargo lifted early: ${headline}`)
      expect(mail.text).toContain(`${sentence}.`)
    }
  })

  it('says "Schedule brought forward" for a plain schedule', async () => {
    const release = await planned('schedule', 'Scheduled: brought forward', 30 * 60_000 + 10_000)
    expect((await room.act('editor', release.id, { action: 'publish' })).body).toMatchObject({
      errors: [
        { message: expect.stringContaining('brings the scheduled publication forward 30 minutes early') },
      ],
    })
    const done = await room.act('editor', release.id, {
      action: 'publish',
      liftEarly: true,
      reason: 'Summit moved',
    })
    expect(done.status).toBe(200)
    const { docs } = await room.payload.find({
      collection: 'activity',
      where: { docId: { equals: String(release.id) }, action: { equals: 'publish' } },
      overrideAccess: true,
    })
    expect(docs[0]!.summary).toMatch(
      /^Schedule brought forward by editor test, 30 minutes ahead: Summit moved/,
    )
  })
})

describe('Payload’s own publish of a scheduled release before its time', () => {
  it('is refused on REST and GraphQL with a message that points to the review panel', async () => {
    const release = await planned('embargo', 'Embargoed: no publish through the header')
    for (const role of ['editor', 'admin'] as const) {
      const rest = await room.http.rest('PATCH', `/press-releases/${release.id}`, room.sessions[role], {
        _status: 'published',
      })
      expect(rest.status, role).toBe(409)
      expect(JSON.stringify(rest.body)).toMatch(/lift the embargo early.*review panel/)
      const gql = await room.http.graphql(
        `mutation { updatePressRelease(id: ${release.id}, data: { _status: published }) { id } }`,
        room.sessions[role],
      )
      expect(JSON.stringify(gql.body)).toContain('review panel')
    }
    // A press officer may not publish at all.
    const officer = await room.http.rest('PATCH', `/press-releases/${release.id}`, room.sessions.officer, {
      _status: 'published',
    })
    expect(officer.status).toBe(403)
    expect(await isPublic(release.id)).toBe(false)
    expect(await latest(release.id)).toMatchObject({ editorialStatus: 'scheduled' })
  })

  it('is refused through the Local API with an editor as the user', async () => {
    const release = await planned('schedule', 'Scheduled: no Local API publish')
    await expect(
      room.payload.update({
        collection: 'press-releases',
        id: release.id,
        data: { _status: 'published' },
        user: room.users.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/lift the schedule early/)
    expect(await isPublic(release.id)).toBe(false)
  })
})
