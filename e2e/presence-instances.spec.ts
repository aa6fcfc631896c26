import { expect, test } from '@playwright/test'

import type { RedisServer } from '../tests/helpers/redisServer'
import { staffOn, startInstances, stopInstances } from './instances'
import type { OwnServer } from './own-server'
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
  ;({ redis, a, b } = await startInstances({
    name: 'e2e-presence',
    ports: [portA, portB],
    redisPort,
    jobs: 'none',
  }))
})

test.afterAll(() => stopInstances({ a, b, redis }))

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
