// @ts-check
import { fileURLToPath } from 'node:url'

/**
 * The part of next.config.mjs that shares Next's caches between app instances: with REDIS_URL
 * (validated, with the rest of the environment, by src/server/env.ts at start), Next keeps its
 * page and data cache and its tag invalidations in Redis (nextCacheHandler.mjs); without it,
 * nothing changes: one process, its cache in memory (next.config.mjs: isrFlushToDisk).
 * next.config.mjs is evaluated again by `next start`, so one build serves both ways.
 *
 * @param {Record<string, string | undefined>} source
 * @returns {{ cacheHandler?: string, cacheMaxMemorySize?: number }}
 */
export function sharedCacheConfig(source) {
  if (!source.REDIS_URL?.trim()) return {}
  return {
    cacheHandler: fileURLToPath(new URL('./nextCacheHandler.mjs', import.meta.url)),
    // No copy in each process's memory: it would miss the invalidations made by the others.
    cacheMaxMemorySize: 0,
  }
}
