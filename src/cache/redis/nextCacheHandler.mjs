// @ts-check
/**
 * Next's `cacheHandler` when REDIS_URL is set (next.config.mjs, through config.mjs): the page
 * (full route) cache, the data cache of `unstable_cache` (src/data/cache.ts) and their tag
 * invalidations live in Redis, shared by every app instance. Next loads this file itself, outside
 * the bundle, so it is plain JavaScript. The app uses no 'use cache', so Next 16's separate
 * `cacheHandlers` are not needed (the library does not support them yet: its README,
 * "Feature Compatibility Matrix").
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'

import { redisStore } from './store.mjs'

const shared = /** @type {{ communiqueRedisStore?: ReturnType<typeof redisStore> }} */ (
  /** @type {unknown} */ (globalThis)
)

/** Where an entry keeps the lifetime Next gave it (see SharedCacheHandler). */
const lifetimeField = 'communiqueCacheControl'

/**
 * The library's handler, plus the page's lifetime stored with it. Next 16.4 takes an entry's
 * lifetime from the handler first (`cacheData.cacheControl`, next/dist/server/lib/
 * incremental-cache/index.js) and otherwise from what this process remembers of its own renders;
 * the library stores none. So a page rendered by another instance (or before a restart) was
 * served as stale on every request, without a Cache-Control header, and rendered again each time.
 */
class SharedCacheHandler extends CacheHandler {
  /** @type {CacheHandler['set']} */
  async set(key, value, ctx) {
    const cacheControl = /** @type {{ cacheControl?: unknown }} */ (ctx ?? {}).cacheControl
    const stamped =
      value && value.kind !== 'FETCH' && cacheControl ? { ...value, [lifetimeField]: cacheControl } : value
    return super.set(key, /** @type {typeof value} */ (stamped), ctx)
  }

  /** @type {CacheHandler['get']} */
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    const value = /** @type {Record<string, unknown> | null | undefined} */ (entry?.value)
    if (!entry || !value || !(lifetimeField in value)) return entry
    const { [lifetimeField]: cacheControl, ...rest } = value
    return /** @type {typeof entry} */ (/** @type {unknown} */ ({ ...entry, value: rest, cacheControl }))
  }
}

CacheHandler.onCreation(({ buildId }) => {
  const url = process.env.REDIS_URL?.trim()
  // `next build` renders against the build machine's database: nothing of it belongs in the
  // shared cache. No handler: every read is a miss and every write is dropped.
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') return { handlers: [] }
  // One client per process, however many times Next asks for the handler.
  shared.communiqueRedisStore ??= redisStore({ url, buildId })
  return { handlers: [shared.communiqueRedisStore.handler] }
})

export default SharedCacheHandler
