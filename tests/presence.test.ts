import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { memoryPresenceStore } from '../src/server/presence/memoryStore'
import { redisPresenceStore } from '../src/server/presence/redisStore'
import { setPresenceStore, type PresenceStore } from '../src/server/presence/store'
import type { TestRole } from './helpers/users'
import { pngFile } from './helpers/files'
import { freshNewsroom } from './helpers/newsroom'
import { startRedis, type RedisServer } from './helpers/redisServer'
import { draftRelease } from './helpers/releases'

/**
 * Presence through its endpoints (collections/PressReleases/presenceEndpoints.ts), as the admin's
 * edit view, list and dashboard call them: staff only, inputs checked, over both stores.
 */
const newsroom = freshNewsroom('presence')
const port = Number(process.env.TEST_REDIS_PORT ?? 6146) + 11
let redis: RedisServer
let releases: { a: number; b: number }

beforeAll(async () => {
  redis = await startRedis(port)
  const { payload, users } = newsroom
  releases = {
    a: (await draftRelease(payload, users.officer, 'Presence A')).id,
    b: (await draftRelease(payload, users.officer, 'Presence B')).id,
  }
})

afterAll(async () => {
  setPresenceStore(undefined)
  await redis.stop()
})

const beat = (role: TestRole, id: number | string, body: unknown) =>
  newsroom.http.rest('POST', `/press-releases/${id}/presence`, newsroom.sessions[role], body)
const leave = (role: TestRole, id: number | string, body: unknown) =>
  newsroom.http.rest('POST', `/press-releases/${id}/presence/leave`, newsroom.sessions[role], body)
const list = (role: TestRole, query: string) =>
  newsroom.http.rest('GET', `/press-releases/presence${query}`, newsroom.sessions[role])

type Person = { name: string; state: string; initials: string }
const people = (present: unknown) => (present as Person[] | undefined)?.map((p) => `${p.name}: ${p.state}`)

describe('who may see and send presence', () => {
  it('refuses the public: 401 on every presence endpoint, before looking at the input', async () => {
    expect((await beat('public', releases.a, { tab: 'tab-public-1', state: 'viewing' })).status).toBe(401)
    expect((await leave('public', releases.a, { tab: 'tab-public-1' })).status).toBe(401)
    expect((await list('public', `?ids=${releases.a}`)).status).toBe(401)
    expect((await list('public', '')).status).toBe(401)
  })

  it('names the field at fault, 400, and never stores a bad heartbeat', async () => {
    const cases: [Promise<{ status: number; body: Record<string, unknown> }>, string][] = [
      [beat('officer', releases.a, { tab: 'tab-officer-1' }), 'state'],
      [beat('officer', releases.a, { tab: 'tab-officer-1', state: 'typing' }), 'state'],
      [beat('officer', releases.a, { tab: 'x', state: 'viewing' }), 'tab'],
      [beat('officer', releases.a, { tab: '../../etc/passwd', state: 'viewing' }), 'tab'],
      [beat('officer', releases.a, 'hello'), 'body'],
      [beat('officer', 'abc', { tab: 'tab-officer-1', state: 'viewing' }), 'id'],
      [leave('officer', releases.a, {}), 'tab'],
      [list('officer', ''), 'ids'],
      [list('officer', '?ids=1,abc'), 'ids.1'],
      [list('officer', `?ids=${Array.from({ length: 101 }, (_, i) => i + 1).join(',')}`), 'ids'],
    ]
    for (const [request, field] of cases) {
      const { status, body } = await request
      expect(status, field).toBe(400)
      expect((body.errors as { field: string }[])[0]?.field).toBe(field)
    }
    const { body } = await list('editor', `?ids=${releases.a}`)
    expect(body.present).toEqual({})
  })

  it('gives presence only on releases the caller may read: an unknown one is 404, and left out of a list', async () => {
    const { status } = await beat('officer', 999_999, { tab: 'tab-officer-1', state: 'viewing' })
    expect(status).toBe(404)
    const { status: listed, body } = await list('officer', '?ids=999999')
    expect(listed).toBe(200)
    expect(body.present).toEqual({})
  })
})

describe.each([
  ['memory', () => memoryPresenceStore()],
  ['redis', () => redisPresenceStore({ url: redis.url, prefix: `presence-endpoints:${Date.now()}:` })],
] as const)('presence over the %s store', (_kind, makeStore: () => PresenceStore) => {
  let store: PresenceStore
  beforeAll(() => {
    store = makeStore()
    setPresenceStore(store)
  })
  afterAll(async () => {
    setPresenceStore(undefined)
    await store.close()
  })

  it('shows each person who else is in the release, and the list and dashboard who is in each', async () => {
    const officer = await beat('officer', releases.a, { tab: 'tab-officer-1', state: 'editing' })
    expect(officer.status).toBe(200)
    expect(people(officer.body.present)).toEqual(['officer test: editing'])
    const editor = await beat('editor', releases.a, { tab: 'tab-editor-1', state: 'viewing' })
    expect(people(editor.body.present)).toEqual(['officer test: editing', 'editor test: viewing'])
    expect((editor.body.present as Person[])[0]?.initials).toBe('OT')
    await beat('admin', releases.b, { tab: 'tab-admin-01', state: 'viewing' })

    const { status, body } = await list('officer', `?ids=${releases.a},${releases.b},999999`)
    expect(status).toBe(200)
    const present = body.present as Record<string, Person[]>
    expect(Object.keys(present).sort()).toEqual([String(releases.a), String(releases.b)].sort())
    expect(people(present[String(releases.a)])).toEqual(['officer test: editing', 'editor test: viewing'])
    expect(people(present[String(releases.b)])).toEqual(['admin test: viewing'])
  })

  it('forgets a tab that leaves (the beacon of a closed tab)', async () => {
    expect((await leave('officer', releases.a, { tab: 'tab-officer-1' })).status).toBe(204)
    // The editor's leave with the officer's tab id ends only the editor's own (none): no effect.
    await leave('editor', releases.b, { tab: 'tab-admin-01' })
    const { body } = await list('editor', `?ids=${releases.a},${releases.b}`)
    const present = body.present as Record<string, Person[]>
    expect(people(present[String(releases.a)])).toEqual(['editor test: viewing'])
    expect(people(present[String(releases.b)])).toEqual(['admin test: viewing'])
    await leave('editor', releases.a, { tab: 'tab-editor-1' })
    await leave('admin', releases.b, { tab: 'tab-admin-01' })
    expect((await list('editor', `?ids=${releases.a},${releases.b}`)).body.present).toEqual({})
  })
})

describe('a photo instead of initials', () => {
  it('shows the uploaded avatar of a person who has one, as a path on this site', async () => {
    const { payload, users } = newsroom
    const photo = await payload.create({
      collection: 'media',
      data: { alt: 'The officer' },
      file: await pngFile('officer-avatar.png', 200, 200),
      user: users.officer,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'users',
      id: users.officer.id,
      data: { avatar: photo.id },
      user: users.officer,
      overrideAccess: false,
    })
    try {
      await beat('officer', releases.a, { tab: 'tab-officer-2', state: 'viewing' })
      const { body } = await beat('editor', releases.a, { tab: 'tab-editor-2', state: 'viewing' })
      const present = body.present as (Person & { avatar?: string })[]
      const officer = present.find((person) => person.name === 'officer test')
      const editor = present.find((person) => person.name === 'editor test')
      expect(officer?.avatar).toMatch(/^\/api\/media\/file\/officer-avatar[\w-]*\.png$/)
      expect(editor?.avatar).toBeUndefined()
    } finally {
      await leave('officer', releases.a, { tab: 'tab-officer-2' })
      await leave('editor', releases.a, { tab: 'tab-editor-2' })
    }
  })
})
