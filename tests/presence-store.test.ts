import { createClient } from '@redis/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { memoryPresenceStore } from '../src/server/presence/memoryStore'
import type { PresenceStore, PresentUser } from '../src/server/presence/people'
import { redisPresenceStore } from '../src/server/presence/redisStore'
import { startRedis, type RedisServer } from './helpers/redisServer'

/**
 * The presence module (src/server/presence) with both of its stores: this process's memory, and
 * Redis (a real redis-server) shared by two app instances. The endpoints: tests/presence.test.ts.
 */
const port = Number(process.env.TEST_REDIS_PORT ?? 6146) + 10
let redis: RedisServer
const stores: PresenceStore[] = []
const quiet = () => undefined
let prefixCount = 0

const elena: PresentUser = { id: 1, name: 'Elena Petrova', initials: 'EP' }
const marc: PresentUser = { id: 2, name: 'Marc Dubois', initials: 'MD' }
const ttl = 5_000

beforeAll(async () => {
  redis = await startRedis(port)
})

afterAll(async () => {
  for (const store of stores) await store.close()
  redis.resume()
  await redis.stop()
})

/** Two app instances: with Redis, two clients of one server; in memory, one process's store. */
function instances(kind: 'memory' | 'redis'): [PresenceStore, PresenceStore] {
  if (kind === 'memory') {
    const store = memoryPresenceStore()
    stores.push(store)
    return [store, store]
  }
  // A prefix per test: no test sees another's tabs.
  const prefix = `test-presence-${++prefixCount}:`
  const pair = [0, 1].map(() => redisPresenceStore({ url: redis.url, prefix, log: quiet }))
  stores.push(...pair)
  return pair as [PresenceStore, PresenceStore]
}

const names = async (store: PresenceStore, doc: string) =>
  ((await store.read([doc])).get(doc) ?? []).map((person) => `${person.name}: ${person.state}`)

describe.each(['memory', 'redis'] as const)('presence in %s', (kind) => {
  it('shows each open release its people, once each, editing before viewing', async () => {
    const [a, b] = instances(kind)
    await a.beat({ doc: 'press-releases:1', tab: 'tab-elena-1', user: elena, state: 'viewing' }, ttl)
    await b.beat({ doc: 'press-releases:1', tab: 'tab-marc-01', user: marc, state: 'editing' }, ttl)
    // Elena's second tab, editing: she is listed once, as editing.
    await b.beat({ doc: 'press-releases:1', tab: 'tab-elena-2', user: elena, state: 'editing' }, ttl)
    await a.beat({ doc: 'press-releases:2', tab: 'tab-elena-3', user: elena, state: 'viewing' }, ttl)

    // Each instance sees what the other was told.
    expect(await names(a, 'press-releases:1')).toEqual(['Elena Petrova: editing', 'Marc Dubois: editing'])
    const both = await b.read(['press-releases:1', 'press-releases:2', 'press-releases:3'])
    expect(both.get('press-releases:2')).toEqual([{ ...elena, state: 'viewing' }])
    expect(both.has('press-releases:3')).toBe(false)
  })

  it('forgets a tab that leaves, and only that tab of that person', async () => {
    const [a, b] = instances(kind)
    await a.beat({ doc: 'press-releases:1', tab: 'tab-elena-1', user: elena, state: 'editing' }, ttl)
    await a.beat({ doc: 'press-releases:1', tab: 'tab-elena-2', user: elena, state: 'viewing' }, ttl)
    await a.beat({ doc: 'press-releases:1', tab: 'tab-marc-01', user: marc, state: 'viewing' }, ttl)

    await b.leave('press-releases:1', elena.id, 'tab-elena-1')
    expect(await names(a, 'press-releases:1')).toEqual(['Elena Petrova: viewing', 'Marc Dubois: viewing'])

    // A tab id is the browser's: Marc sending Elena's cannot end her presence, nor take it over.
    await b.leave('press-releases:1', marc.id, 'tab-elena-2')
    await b.beat({ doc: 'press-releases:1', tab: 'tab-elena-2', user: marc, state: 'editing' }, ttl)
    expect(await names(a, 'press-releases:1')).toEqual(['Marc Dubois: editing', 'Elena Petrova: viewing'])

    await b.leave('press-releases:1', elena.id, 'tab-elena-2')
    expect(await names(a, 'press-releases:1')).toEqual(['Marc Dubois: editing'])
  })

  it('drops a tab that goes silent once its time is up, while the others stay', async () => {
    const [a, b] = instances(kind)
    await a.beat({ doc: 'press-releases:1', tab: 'tab-elena-1', user: elena, state: 'editing' }, 300)
    await a.beat({ doc: 'press-releases:1', tab: 'tab-marc-01', user: marc, state: 'viewing' }, ttl)
    expect(await names(b, 'press-releases:1')).toHaveLength(2)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(await names(b, 'press-releases:1')).toEqual(['Marc Dubois: viewing'])
    // Beating again brings the tab back.
    await a.beat({ doc: 'press-releases:1', tab: 'tab-elena-1', user: elena, state: 'viewing' }, ttl)
    expect(await names(b, 'press-releases:1')).toEqual(['Elena Petrova: viewing', 'Marc Dubois: viewing'])
  })
})

describe('presence in Redis', () => {
  it('lets a release everyone left silently disappear from Redis by itself', async () => {
    const prefix = `test-presence-expiry:`
    const store = redisPresenceStore({ url: redis.url, prefix, log: quiet })
    stores.push(store)
    await store.beat({ doc: 'press-releases:9', tab: 'tab-elena-1', user: elena, state: 'viewing' }, 300)
    const client = createClient({ url: redis.url })
    await client.connect()
    try {
      expect(await client.exists(`${prefix}press-releases:9`)).toBe(1)
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(await client.exists(`${prefix}press-releases:9`)).toBe(0)
    } finally {
      client.destroy()
    }
  })

  it('answers within its deadline when Redis hangs, and works again when it is back', async () => {
    const store = redisPresenceStore({ url: redis.url, prefix: 'test-presence-hang:', log: quiet })
    stores.push(store)
    await store.beat({ doc: 'press-releases:1', tab: 'tab-elena-1', user: elena, state: 'viewing' }, ttl)
    redis.pause()
    try {
      const outcome = await Promise.race([
        store.read(['press-releases:1']).then(
          () => 'answered',
          (error: Error) => error.message,
        ),
        new Promise((resolve) => setTimeout(() => resolve('hung'), 5_000)),
      ])
      expect(outcome).toMatch(/did not answer within/)
    } finally {
      redis.resume()
    }
    await expect(names(store, 'press-releases:1')).resolves.toEqual(['Elena Petrova: viewing'])
  })
})
