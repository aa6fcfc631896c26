// @ts-check
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'

import { guardHandler } from './guard.mjs'

/**
 * How long a reader may wait on Redis before the page is rendered without it. A cached page is
 * one GET and two small lookups on a local network: far below this when Redis is well.
 */
export const redisDeadlineMs = 1_000

/**
 * The shared page and data cache in Redis: @fortedigital/nextjs-cache-handler's `redis-strings`
 * handler (entries, their tags and tag invalidations, with expiry) over node-redis, guarded by
 * guard.mjs so that an unreachable Redis costs readers at most `redisDeadlineMs` once, then
 * nothing until it answers again.
 *
 * Keys start with the build: a page rendered by one build refers to that build's scripts and
 * styles, so replicas of another build (a rolling deploy) must not serve it. One Redis (or one
 * Redis database, redis://host:6379/1) per site: two sites on the same build would share pages.
 *
 * @param {{ url: string, buildId: string | undefined, log?: (message: string) => void }} options
 */
export function redisStore({ url, buildId, log = (message) => console.warn(`[shared cache] ${message}`) }) {
  const client = createClient({
    url,
    // Offline commands fail at once instead of queueing behind a reconnect (guard.mjs skips them).
    disableOfflineQueue: true,
    socket: {
      connectTimeout: redisDeadlineMs,
      // Reconnects forever, at most every 2 s: the cache comes back by itself with Redis.
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
    },
  })
  let lastError = ''
  // Without a listener an 'error' event would end the process; said once per distinct error.
  client.on('error', (/** @type {unknown} */ error) => {
    const message = error instanceof Error ? error.message : String(error)
    if (message !== lastError) log(`Redis: ${message}`)
    lastError = message
  })
  // Not awaited: the server starts, and serves, while Redis is still unreachable.
  client.connect().catch(() => undefined)

  const handler = guardHandler(
    createRedisHandler({
      client,
      keyPrefix: `communique:${buildId ?? 'unbuilt'}:`,
      // The guard's deadline comes first and tells a hung Redis apart (guard.mjs); this one
      // only frees the library's own waits.
      timeoutMs: 2 * redisDeadlineMs,
    }),
    {
      deadlineMs: redisDeadlineMs,
      // An invalidation scans the tag index of every cached entry: give it more time.
      invalidationDeadlineMs: 10 * redisDeadlineMs,
      coolDownMs: 2_000,
      maxPendingTags: 10_000,
      log,
    },
  )
  // (Re)connected: send the invalidations this instance could not.
  client.on('ready', () => {
    lastError = ''
    void handler.replay()
  })
  return { client, handler }
}
