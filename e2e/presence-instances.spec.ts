import { expect, test, type PlaywrightWorkerArgs } from '@playwright/test'

import { startRedis, type RedisServer } from '../tests/helpers/redisServer'
import { restartSecret, seededDatabase, startOwnServer, type OwnServer } from './own-server'
import { account, createDraftRelease } from './site-helpers'

/**
 * Presence across two app instances (`next start` of one build on one database) sharing one
 * redis-server through REDIS_URL (issue 14): the officer's tab beats on one instance, the editor's
 * list and edit view read on the other and see the officer; the officer's beacon on one ends the
 * presence on both. Ports: E2E_PRESENCE_PORTS (two, comma-separated), E2E_PRESENCE_REDIS_PORT.
 */
const [portA, portB] = (process.env.E2E_PRESENCE_PORTS ?? '3165,3166').split(',').map(Number) as [
  number,
  number,
]
const redisPort = Number(process.env.E2E_PRESENCE_REDIS_PORT ?? 6173)

let redis: RedisServer | undefined
let a: OwnServer | undefined
let b: OwnServer | undefined

test.beforeAll(async () => {
  test.setTimeout(300_000)
  redis = await startRedis(redisPort)
  const environment = {
    DATABASE_URL: await seededDatabase(`e2e-presence-${portA}`),
    PAYLOAD_SECRET: restartSecret,
    REDIS_URL: redis.url,
    COMMUNIQUE_JOBS: 'off',
  }
  ;[a, b] = await Promise.all([startOwnServer(portA, environment), startOwnServer(portB, environment)])
})

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await redis?.stop()
})

/** A staff session on one instance: REST calls name its origin (CSRF). */
async function staffOn(
  playwright: PlaywrightWorkerArgs['playwright'],
  server: OwnServer,
  role: 'editor' | 'press-officer',
) {
  const request = await playwright.request.newContext({ baseURL: server.origin })
  const headers = { origin: server.origin }
  const { email, password } = account(role)
  const login = await request.post('/api/users/login', { data: { email, password }, headers })
  expect(login.ok(), await login.text()).toBeTruthy()
  return { request, headers }
}

type Person = { name: string; state: string }

test('an officer present through one instance is seen through the other, and gone from both on leaving', async ({
  playwright,
}) => {
  test.setTimeout(120_000)
  const officer = await staffOn(playwright, a!, 'press-officer')
  const editor = await staffOn(playwright, b!, 'editor')
  try {
    const draft = await createDraftRelease(
      editor.request,
      `Presence across instances ${Date.now()}`,
      {},
      editor.headers,
    )
    const beat = await officer.request.post(`/api/press-releases/${draft.id}/presence`, {
      data: { tab: 'officer-tab-1', state: 'editing' },
      headers: officer.headers,
    })
    expect(beat.status(), await beat.text()).toBe(200)

    const seenOnB = async () => {
      const response = await editor.request.get(`/api/press-releases/presence?ids=${draft.id}`, {
        headers: editor.headers,
      })
      const { present } = (await response.json()) as { present: Record<string, Person[]> }
      return (present[String(draft.id)] ?? []).map((person) => `${person.name}: ${person.state}`)
    }
    expect(await seenOnB()).toEqual([`${account('press-officer').name}: editing`])

    const editorBeat = await editor.request.post(`/api/press-releases/${draft.id}/presence`, {
      data: { tab: 'editor-tab-1', state: 'viewing' },
      headers: editor.headers,
    })
    const { present } = (await editorBeat.json()) as { present: Person[] }
    expect(present.map((person) => person.name)).toEqual([
      account('press-officer').name,
      account('editor').name,
    ])

    const left = await officer.request.post(`/api/press-releases/${draft.id}/presence/leave`, {
      data: { tab: 'officer-tab-1' },
      headers: officer.headers,
    })
    expect(left.status()).toBe(204)
    expect(await seenOnB()).toEqual([`${account('editor').name}: viewing`])
  } finally {
    await officer.request.dispose()
    await editor.request.dispose()
  }
})
