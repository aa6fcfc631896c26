import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { embargoView } from '@/workflow/embargo'

import { anonymous, type api, type Session } from './helpers/http'
import { startNewsroom, type Newsroom } from './helpers/newsroom'
import { draftRelease } from './helpers/releases'
import type { Staff } from './helpers/users'

let payload: Payload
let staff: Staff
let http: ReturnType<typeof api>
let officer: Session
let editor: Session
let act: Newsroom['act']

beforeAll(async () => {
  const newsroom = await startNewsroom('embargo-links')
  ;({ payload, staff, http, act } = newsroom)
  ;({ officer, editor } = newsroom.sessions)
})
afterAll(async () => {
  await payload?.destroy()
})

async function embargoedRelease(at: Date) {
  const release = await draftRelease(payload, staff.officer, `Embargoed until ${at.toISOString()}`)
  await act(officer, release.id, { action: 'submit' })
  const response = await act(editor, release.id, {
    action: 'embargo',
    at: at.toISOString(),
    timezone: 'Europe/Moscow',
  })
  expect(response.status).toBe(200)
  return release
}

async function link(releaseId: number, expiresAt: Date, session = editor) {
  return http.rest('POST', '/embargo-links', session, {
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

    const view = await embargoView(payload, tokenOf(doc.url))
    expect(view).toMatchObject({ state: 'embargoed', timeZone: 'Europe/Moscow', release: { id: release.id } })
    expect((await http.rest('GET', `/press-releases/${release.id}`, anonymous)).status).toBe(404)

    expect((await http.rest('PATCH', `/embargo-links/${doc.id}`, editor, { revoked: true })).status).toBe(200)
    expect(await embargoView(payload, tokenOf(doc.url))).toEqual({ state: 'unavailable' })
    // A revocation cannot be undone.
    await http.rest('PATCH', `/embargo-links/${doc.id}`, editor, { revoked: false })
    expect(await embargoView(payload, tokenOf(doc.url))).toEqual({ state: 'unavailable' })

    const { docs } = await payload.find({
      collection: 'activity',
      where: { collectionSlug: { equals: 'embargo-links' } },
      overrideAccess: true,
    })
    expect(docs.map((entry) => entry.action).sort()).toEqual(['embargoLink', 'embargoLinkRevoked'])
  })

  it('stop at their expiry, and lead to the public page once the release is out', async () => {
    const at = new Date(Date.now() + 1_500)
    const release = await embargoedRelease(at)
    const shortLived = await link(release.id, new Date(Date.now() + 800))
    const lasting = await link(release.id, new Date(Date.now() + 86_400_000))
    const shortToken = tokenOf((shortLived.body.doc as { url: string }).url)
    const lastingToken = tokenOf((lasting.body.doc as { url: string }).url)

    expect((await embargoView(payload, shortToken)).state).toBe('embargoed')
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, at.getTime() - Date.now()) + 100))
    expect(await embargoView(payload, shortToken)).toEqual({ state: 'unavailable' })

    await payload.jobs.run()
    expect(await embargoView(payload, lastingToken)).toMatchObject({ state: 'public' })
  })

  it('are made and read by editors only, and a made-up token shows nothing', async () => {
    const release = await embargoedRelease(new Date(Date.now() + 86_400_000))
    expect((await link(release.id, new Date(Date.now() + 3_600_000), officer)).status).toBe(403)
    expect((await link(release.id, new Date(Date.now() + 3_600_000), anonymous)).status).toBe(403)
    expect((await http.rest('GET', '/embargo-links', officer)).status).toBe(403)
    expect((await http.rest('GET', '/embargo-links', anonymous)).status).toBe(403)
    expect(await embargoView(payload, 'x'.repeat(32))).toEqual({ state: 'unavailable' })
    expect(await embargoView(payload, '../../etc/passwd')).toEqual({ state: 'unavailable' })
  })
})
