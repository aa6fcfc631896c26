import { createHash } from 'node:crypto'

import { env } from '@/server/env'

/**
 * Next keeps its data cache on disk but remembers tag invalidations in memory only, so an entry
 * expired before a restart would look fresh again afterwards; and two servers sharing one
 * .next folder with different databases (dev, e2e, bench) would read each other's entries.
 * Cache keys therefore start with this: the database and this process's start.
 *
 * With REDIS_URL the invalidations live in Redis with the entries (src/cache/redis), so they
 * survive a restart, and every instance must find the entries the others cached: the database
 * alone, no start time.
 */
export function cacheEpoch(): string {
  const shared = globalThis as { communiqueCacheEpoch?: string }
  if (shared.communiqueCacheEpoch) return shared.communiqueCacheEpoch
  const { database, redisUrl } = env()
  const site = createHash('sha256').update(database.url).digest('hex').slice(0, 12)
  shared.communiqueCacheEpoch = redisUrl ? site : `${site}:${Date.now()}`
  return shared.communiqueCacheEpoch
}
