import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { redisStore } from '../src/cache/redis/store.mjs'
import { startRedis, type RedisServer } from './helpers/redisServer'

/**
 * The shared cache's store (src/cache/redis/store.mjs) against a real redis-server: what one app
 * instance caches and invalidates, another sees; a frozen or absent Redis turns reads into misses
 * that settle instead of hanging; an invalidation made while Redis was away reaches it when it
 * comes back. The pages themselves, through two `next start`: e2e/shared-cache.spec.ts.
 */
const port = Number(process.env.TEST_REDIS_PORT ?? 6146)
let redis: RedisServer
const stores: ReturnType<typeof redisStore>[] = []
const quiet = () => undefined

function instance(url = redis.url) {
  const store = redisStore({ url, buildId: 'test-build', log: quiet })
  stores.push(store)
  return store
}

type Store = ReturnType<typeof redisStore>
/** A data-cache entry as Next hands it over (an `unstable_cache` result is a FETCH entry). */
const entry = (tags: string[], data: string) =>
  ({
    lastModified: Date.now(),
    lifespan: null,
    tags,
    value: { kind: 'FETCH', data: { headers: {}, body: data, status: 200, url: '' }, revalidate: 300 },
  }) as unknown as Parameters<Store['handler']['set']>[1]
const noTags = { implicitTags: [] }

/** Settles, or says it did not within `ms`: the guard's deadline, not a measure of speed. */
function settled<T>(promise: Promise<T>, ms = 8_000): Promise<{ value?: T; error?: Error } | 'hung'> {
  return Promise.race([
    promise.then(
      (value) => ({ value }),
      (error: Error) => ({ error }),
    ),
    new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), ms)),
  ])
}

async function until(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error('gave up waiting')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const ready = (store: Store) => until(async () => store.client.isReady)

beforeAll(async () => {
  redis = await startRedis(port)
})

afterAll(async () => {
  for (const store of stores) store.client.destroy()
  redis.resume()
  await redis.stop()
})

describe('the shared cache in Redis', () => {
  it('shows one instance what another cached, and forgets it for both when a tag is invalidated', async () => {
    const a = instance()
    const b = instance()
    await Promise.all([ready(a), ready(b)])
    await a.handler.set('release-list', entry(['site', 'collection:press-releases'], 'list'))
    await a.handler.set('event-list', entry(['site', 'collection:events'], 'events'))
    expect((await b.handler.get('release-list', noTags))?.value).toMatchObject({ kind: 'FETCH' })

    await b.handler.revalidateTag('collection:press-releases')
    expect(await a.handler.get('release-list', noTags)).toBeNull()
    expect(await b.handler.get('release-list', noTags)).toBeNull()
    // Only the entries with that tag.
    expect(await a.handler.get('event-list', noTags)).not.toBeNull()
  })

  it('answers a read as a miss when Redis hangs, then skips Redis instead of waiting again', async () => {
    const a = instance()
    await ready(a)
    await a.handler.set('hung', entry(['site'], 'x'))
    redis.pause()
    try {
      const first = await settled(a.handler.get('hung', noTags))
      expect(first).not.toBe('hung')
      expect(first).toMatchObject({
        error: expect.objectContaining({ message: expect.stringMatching(/did not answer/) }),
      })
      const next = await settled(a.handler.get('hung', noTags))
      expect(next).toMatchObject({
        error: expect.objectContaining({ message: expect.stringMatching(/skipped/) }),
      })
    } finally {
      redis.resume()
    }
  })

  it('replays an invalidation made while Redis was away, so the old page cannot come back', async () => {
    const a = instance()
    const b = instance()
    await Promise.all([ready(a), ready(b)])
    await b.handler.set('unpublished', entry(['site', 'record:press-releases:gone'], 'old page'))
    redis.pause()
    let failed: Awaited<ReturnType<typeof settled>>
    try {
      failed = await settled(a.handler.revalidateTag('record:press-releases:gone'), 15_000)
    } finally {
      redis.resume()
    }
    expect(failed).toMatchObject({ error: expect.any(Error) })
    expect(a.handler.pendingTags()).toEqual(['record:press-releases:gone'])
    // The next answer from Redis (or the client's reconnect) replays it.
    await until(async () => {
      await a.handler.get('anything', noTags).catch(() => null)
      return a.handler.pendingTags().length === 0
    })
    expect(await b.handler.get('unpublished', noTags)).toBeNull()
  })

  it('starts while Redis is down, reading misses at once, and uses Redis once it is up', async () => {
    const elsewhere = await startRedis(port + 2)
    await elsewhere.stop()
    const a = instance(elsewhere.url)
    const miss = await settled(a.handler.get('page', noTags))
    expect(miss).toMatchObject({ error: expect.any(Error) })
    await elsewhere.restart()
    try {
      await ready(a)
      await until(async () => {
        await a.handler.set('page', entry(['site'], 'now cached'))
        return (await a.handler.get('page', noTags)) !== null
      })
    } finally {
      await elsewhere.stop()
    }
  })
})
