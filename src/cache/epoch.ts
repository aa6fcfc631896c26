import { createHash } from 'node:crypto'

import { env } from '@/server/env'

/**
 * Next keeps its data cache on disk but remembers tag invalidations in memory only, so an entry
 * expired before a restart would look fresh again afterwards; and two servers sharing one
 * .next folder with different databases (dev, e2e, bench) would read each other's entries.
 * Cache keys therefore start with this: the database and this process's start.
 */
export function cacheEpoch(): string {
  const shared = globalThis as { communiqueCacheEpoch?: string }
  shared.communiqueCacheEpoch ??= `${createHash('sha256')
    .update(env().database.url)
    .digest('hex')
    .slice(0, 12)}:${Date.now()}`
  return shared.communiqueCacheEpoch
}
