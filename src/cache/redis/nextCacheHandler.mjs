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

CacheHandler.onCreation(({ buildId }) => {
  const url = process.env.REDIS_URL?.trim()
  // `next build` renders against the build machine's database: nothing of it belongs in the
  // shared cache. No handler: every read is a miss and every write is dropped.
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') return { handlers: [] }
  // One client per process, however many times Next asks for the handler.
  shared.communiqueRedisStore ??= redisStore({ url, buildId })
  return { handlers: [shared.communiqueRedisStore.handler] }
})

export default CacheHandler
