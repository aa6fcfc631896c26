import type { Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { embargoView } from '@/workflow/embargo'

import { atTime } from './helpers/clock'
import { anonymous } from './helpers/http'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease } from './helpers/releases'

const room = freshNewsroom('embargo-links')

async function embargoedRelease(at: Date) {
  const release = await draftRelease(room.payload, room.users.officer, `Embargoed until ${at.toISOString()}`)
  await room.act('officer', release.id, { action: 'submit' })
  const response = await room.act('editor', release.id, {
    action: 'embargo',
    at: at.toISOString(),
    timezone: 'Europe/Moscow',
  })
  expect(response.status).toBe(200)
  return release
}

async function link(releaseId: number, expiresAt: Date, session = room.sessions.editor) {
  return room.http.rest('POST', '/embargo-links', session, {
    release: releaseId,
    recipient: 'Jane Doe, Agence France-Presse',
    expiresAt: expiresAt.toISOString(),
  })
}

const tokenOf = (url: string) => url.split('/embargo/')[1]!

describe('journalist links to an embargoed release', () => {
  it('show the release before the embargo lifts, to whoever holds the link, and stop when revoked', async () => {
    const release = await embargoedRelease(new Date(Date.now() + 86_400_000))
    const created = await link(release.id, new Date(Date.now() + 3_600_000))
    expect(created.status).toBe(201)
    const doc = created.body.doc as { id: number; url: string }
    expect(doc.url).toMatch(/\/embargo\/[\w-]{32}$/)

    const view = await embargoView(room.payload, tokenOf(doc.url))
    expect(view).toMatchObject({ state: 'embargoed', timeZone: 'Europe/Moscow', release: { id: release.id } })
    expect((await room.http.rest('GET', `/press-releases/${release.id}`, anonymous)).status).toBe(404)

    expect(
      (await room.http.rest('PATCH', `/embargo-links/${doc.id}`, room.sessions.editor, { revoked: true }))
        .status,
    ).toBe(200)
    // It says it was revoked, and when: nothing of the release.
    const revoked = await embargoView(room.payload, tokenOf(doc.url))
    expect(revoked).toEqual({ state: 'revoked', at: expect.any(String) })
    // A revocation cannot be undone.
    await room.http.rest('PATCH', `/embargo-links/${doc.id}`, room.sessions.editor, { revoked: false })
    expect(await embargoView(room.payload, tokenOf(doc.url))).toEqual(revoked)

    const { docs } = await room.payload.find({
      collection: 'activity',
      where: { collectionSlug: { equals: 'embargo-links' } },
      overrideAccess: true,
    })
    expect(docs.map((entry) => entry.action).sort()).toEqual(['embargoLink', 'embargoLinkRevoked'])
  })

  it('stop at their expiry, and lead to the public page once the release is out', async () => {
    const hour = 3_600_000
    const at = new Date(Date.now() + 2 * hour)
    const release = await embargoedRelease(at)
    const shortLived = await link(release.id, new Date(Date.now() + hour))
    const lasting = await link(release.id, new Date(at.getTime() + 24 * hour))
    const shortToken = tokenOf((shortLived.body.doc as { url: string }).url)
    const lastingToken = tokenOf((lasting.body.doc as { url: string }).url)

    expect((await embargoView(room.payload, shortToken)).state).toBe('embargoed')
    const expired = new Date(Date.now() + 1.5 * hour)
    expect(await embargoView(room.payload, shortToken, expired)).toEqual({
      state: 'expired',
      at: (shortLived.body.doc as { expiresAt: string }).expiresAt,
    })
    expect((await embargoView(room.payload, lastingToken, expired)).state).toBe('embargoed')

    const lifted = new Date(at.getTime() + 60_000)
    await atTime(lifted, () => room.payload.jobs.run())
    expect(await embargoView(room.payload, lastingToken, lifted)).toMatchObject({ state: 'public' })
    // Once public, even an expired link says so (the text is public anyway).
    expect(await embargoView(room.payload, shortToken, lifted)).toMatchObject({ state: 'public' })
  })

  it('are made and read by editors only, and a made-up token shows nothing', async () => {
    const release = await embargoedRelease(new Date(Date.now() + 86_400_000))
    expect((await link(release.id, new Date(Date.now() + 3_600_000), room.sessions.officer)).status).toBe(403)
    expect((await link(release.id, new Date(Date.now() + 3_600_000), anonymous)).status).toBe(403)
    expect((await room.http.rest('GET', '/embargo-links', room.sessions.officer)).status).toBe(403)
    expect((await room.http.rest('GET', '/embargo-links', anonymous)).status).toBe(403)
    expect(await embargoView(room.payload, 'x'.repeat(32))).toEqual({ state: 'unavailable' })
    expect(await embargoView(room.payload, '../../etc/passwd')).toEqual({ state: 'unavailable' })
  })
})

describe('journalist links for scheduled releases (issue 10, item 7)', () => {
  async function scheduled(hours = 24) {
    const release = await draftRelease(room.payload, room.users.officer, `Scheduled in ${hours} h`)
    await room.act('officer', release.id, { action: 'submit' })
    const at = new Date(Date.now() + hours * 3_600_000).toISOString()
    await room.act('editor', release.id, { action: 'schedule', at, timezone: 'Asia/Shanghai' })
    return { release, at }
  }

  it('are made for a scheduled release too, lasting until it is public by default', async () => {
    const { release, at } = await scheduled()
    const created = await room.http.rest('POST', '/embargo-links', room.sessions.editor, {
      release: release.id,
      recipient: 'Li Wei, Xinhua',
    })
    expect(created.status).toBe(201)
    const doc = created.body.doc as { url: string; expiresAt: string }
    expect(new Date(doc.expiresAt).toISOString()).toBe(at)
    expect(await embargoView(room.payload, tokenOf(doc.url))).toMatchObject({
      state: 'embargoed',
      until: at,
      timeZone: 'Asia/Shanghai',
    })
  })

  it('are refused for a draft or a published release, and never move to another release', async () => {
    const draft = await draftRelease(room.payload, room.users.officer, 'Not scheduled')
    const refused = await room.http.rest('POST', '/embargo-links', room.sessions.editor, {
      release: draft.id,
      recipient: 'Jane Doe, AFP',
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('only for a scheduled or embargoed release')
    const { release } = await scheduled()
    const past = await room.http.rest('POST', '/embargo-links', room.sessions.editor, {
      release: release.id,
      recipient: 'Jane Doe, AFP',
      expiresAt: '2001-01-01T00:00:00.000Z',
    })
    expect(past.status).toBe(400)
    expect(JSON.stringify(past.body)).toContain('expiresAt')
    const made = await link(release.id, new Date(Date.now() + 3_600_000))
    const moved = await room.http.rest(
      'PATCH',
      `/embargo-links/${(made.body.doc as { id: number }).id}`,
      room.sessions.editor,
      {
        release: draft.id,
      },
    )
    expect(moved.status).toBe(400)
  })

  it('offer only scheduled releases still ahead of their time in the picker', async () => {
    const { release } = await scheduled()
    const draft = await draftRelease(room.payload, room.users.officer, 'Draft, not offered')
    const field = room.payload.collections['embargo-links'].config.fields.find(
      (f) => 'name' in f && f.name === 'release',
    ) as unknown as { filterOptions: () => Where }
    const { docs } = await room.payload.find({
      collection: 'press-releases',
      where: field.filterOptions(),
      draft: true,
      limit: 100,
      depth: 0,
      user: room.users.editor,
      overrideAccess: false,
    })
    const ids = docs.map((doc) => doc.id)
    expect(ids).toContain(release.id)
    expect(ids).not.toContain(draft.id)
  })

  it('say "withdrawn" once the release is taken out of its schedule, and show none of its text', async () => {
    const { release } = await scheduled()
    const made = await link(release.id, new Date(Date.now() + 3_600_000))
    await room.act('editor', release.id, { action: 'requestChanges', reason: 'Wrong date' })
    const view = await embargoView(room.payload, tokenOf((made.body.doc as { url: string }).url))
    expect(view).toEqual({ state: 'withdrawn' })
  })
})
