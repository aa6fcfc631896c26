import { describe, expect, it } from 'vitest'

import { anonymous } from './helpers/http'
import { draftRelease } from './helpers/releases'
import { mailedNewsroom } from './helpers/smtp'

/**
 * Issue 10, item 1: moving an embargo or a schedule to an earlier time is an early lift in
 * disguise. The workflow action takes it only with `liftEarly: true` and a reason (a 400 naming
 * the missing field otherwise), a later time needs neither, a PATCH of the times is refused
 * rather than honoured, and the log and the emails say who moved it, by how much and why.
 */
const { room, smtp } = mailedNewsroom('reschedule-earlier')

const hour = 3_600_000
const inHours = (hours: number) => new Date(Date.now() + hours * hour + 20_000).toISOString()

async function planned(action: 'embargo' | 'schedule', headline: string, hours = 24) {
  const release = await draftRelease(room.payload, room.users.officer, headline)
  await room.act('officer', release.id, { action: 'submit' })
  const at = inHours(hours)
  expect((await room.act('editor', release.id, { action, at, timezone: 'Asia/Shanghai' })).status).toBe(200)
  return { release, at }
}

const latest = (id: number) =>
  room.payload.findByID({ collection: 'press-releases', id, draft: true, overrideAccess: true, depth: 0 })

async function logOf(id: number, action: string) {
  const { docs } = await room.payload.find({
    collection: 'activity',
    where: { docId: { equals: String(id) }, action: { equals: action } },
    sort: 'createdAt',
    overrideAccess: true,
  })
  return docs.map((entry) => entry.summary)
}

async function deliver() {
  for (let round = 0; round < 5; round++) {
    const { remainingJobsFromQueried } = (await room.payload.jobs.run({ limit: 50 })) as {
      remainingJobsFromQueried?: number
    }
    if (!remainingJobsFromQueried) break
  }
}

describe('moving an embargo earlier through the workflow action', () => {
  it('is refused without the override, then without a reason, naming the field', async () => {
    const { release, at } = await planned('embargo', 'Embargo: not moved earlier by accident')
    const earlier = inHours(21)
    const plain = await room.act('editor', release.id, { action: 'embargo', at: earlier })
    expect(plain.status).toBe(400)
    expect(plain.body).toMatchObject({
      errors: [{ field: 'liftEarly', message: expect.stringMatching(/^liftEarly: .*3 hours earlier/) }],
    })
    const reasonOnly = await room.act('editor', release.id, {
      action: 'embargo',
      at: earlier,
      reason: 'Why not',
    })
    expect(reasonOnly.body).toMatchObject({ errors: [{ field: 'liftEarly' }] })
    const noReason = await room.act('editor', release.id, {
      action: 'schedule',
      at: earlier,
      liftEarly: true,
      reason: '  ',
    })
    expect(noReason.status).toBe(400)
    expect(noReason.body).toMatchObject({ errors: [{ field: 'reason' }] })
    expect(await latest(release.id)).toMatchObject({
      editorialStatus: 'scheduled',
      embargoUntil: at,
      publishAt: at,
    })
  })

  it('moves later with no reason, and earlier with both; the log and the emails say so', async () => {
    const headline = 'Embargo: moved earlier on purpose'
    const { release } = await planned('embargo', headline)
    const later = inHours(30)
    expect((await room.act('editor', release.id, { action: 'embargo', at: later })).status).toBe(200)
    expect(await latest(release.id)).toMatchObject({ embargoUntil: later })
    expect(await logOf(release.id, 'embargo')).toHaveLength(2)

    await deliver()
    smtp.inbox.length = 0
    const earlier = inHours(27)
    const moved = await room.act('editor', release.id, {
      action: 'embargo',
      at: earlier,
      timezone: 'Asia/Shanghai',
      liftEarly: true,
      reason: 'The summit starts earlier',
    })
    expect(moved.status).toBe(200)
    expect(await latest(release.id)).toMatchObject({
      editorialStatus: 'scheduled',
      embargoUntil: earlier,
      publishAt: earlier,
      _status: 'draft',
    })
    expect((await room.http.rest('GET', `/press-releases/${release.id}`, anonymous)).status).not.toBe(200)

    const sentence = 'Embargo moved earlier by editor test, 3 hours: The summit starts earlier'
    const log = await logOf(release.id, 'embargo')
    expect(log.at(-1)).toMatch(
      new RegExp(`^${sentence} — Embargo until .* \\(Asia/Shanghai\\): “${headline}”$`),
    )

    await deliver()
    // The author and every other editor, as for an early lift.
    expect(smtp.inbox.map((mail) => mail.to.join()).sort()).toEqual(
      [room.users.admin.email, room.users.officer.email].sort(),
    )
    for (const mail of smtp.inbox) {
      expect(mail.subject).toBe(`Embargo moved earlier: ${headline}`)
      expect(mail.text).toContain(`${sentence}.`)
      expect(mail.text).toContain(`“${headline}” is now embargoed until 20`)
    }
  })

  it('says "Schedule moved earlier" for a plain schedule', async () => {
    const { release } = await planned('schedule', 'Schedule: moved earlier', 10)
    const done = await room.act('editor', release.id, {
      action: 'schedule',
      at: inHours(8),
      liftEarly: true,
      reason: 'Minister travels',
    })
    expect(done.status).toBe(200)
    expect((await logOf(release.id, 'schedule')).at(-1)).toMatch(
      /^Schedule moved earlier by editor test, 2 hours: Minister travels — Schedule for /,
    )
  })
})

describe('moving the times earlier by any other path', () => {
  it('a PATCH of embargoUntil or publishAt earlier is refused with a 400 naming the field', async () => {
    const { release, at } = await planned('embargo', 'Embargo: no PATCH earlier')
    for (const field of ['embargoUntil', 'publishAt'] as const) {
      for (const query of ['', '?draft=true']) {
        const res = await room.http.rest(
          'PATCH',
          `/press-releases/${release.id}${query}`,
          room.sessions.editor,
          {
            [field]: inHours(1),
          },
        )
        expect(res.status, `${field}${query}`).toBe(400)
        expect(JSON.stringify(res.body)).toContain(`${field}: moving the embargo 23 hours earlier`)
      }
    }
    // Later is not an early lift; the times still change only through the workflow action.
    const later = await room.http.rest(
      'PATCH',
      `/press-releases/${release.id}?draft=true`,
      room.sessions.editor,
      {
        embargoUntil: inHours(48),
      },
    )
    expect(later.status).toBe(200)
    expect(await latest(release.id)).toMatchObject({
      editorialStatus: 'scheduled',
      embargoUntil: at,
      publishAt: at,
    })
  })

  it('Payload’s own scheduled publish is not enabled (it would bypass the reason)', () => {
    const drafts = room.payload.collections['press-releases'].config.versions?.drafts
    expect(drafts && typeof drafts === 'object' ? drafts.schedulePublish : undefined).toBeFalsy()
  })
})
