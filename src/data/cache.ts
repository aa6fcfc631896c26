import { createHash } from 'node:crypto'

import { unstable_cache } from 'next/cache'

import { revalidateSeconds } from '@/cache/tags'
import { publicViewer, type Viewer } from './viewer'

/**
 * Next keeps its data cache on disk but remembers tag invalidations in memory only, so an entry
 * expired before a restart would look fresh again afterwards; and two servers sharing one
 * .next folder with different databases (dev, e2e, bench) would read each other's entries.
 * Keys therefore name the database and this process's start.
 */
const globalEpoch = globalThis as { communiqueCacheEpoch?: string }
globalEpoch.communiqueCacheEpoch ??= `${createHash('sha256')
  .update(process.env.DATABASE_URL ?? '')
  .digest('hex')
  .slice(0, 12)}:${Date.now()}`
const cacheEpoch = globalEpoch.communiqueCacheEpoch

/**
 * A fetcher whose public answers are kept in Next's data cache under the tags that `tagsOf`
 * gives for its first argument; a previewing staff user always gets a fresh, uncached answer
 * with their own access rights.
 */
export function cachedFetcher<Args extends unknown[], Result>(
  name: string,
  tagsOf: (first: NoInfer<Args>[0]) => string[],
  fetch: (viewer: Viewer, ...args: Args) => Promise<Result>,
): (viewer: Viewer, ...args: Args) => Promise<Result> {
  return (viewer, ...args) => {
    if (viewer.draft) return fetch(viewer, ...args)
    const cached = unstable_cache(
      () => fetch(publicViewer, ...args),
      [cacheEpoch, name, JSON.stringify(args)],
      {
        tags: tagsOf(args[0]),
        revalidate: revalidateSeconds,
      },
    )
    return cached()
  }
}
