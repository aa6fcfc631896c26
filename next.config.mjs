import { withPayload } from '@payloadcms/next/withPayload'

import { sharedCacheConfig } from './src/cache/redis/config.mjs'
import { surrogateKeyHeaders } from './src/cache/surrogateHeaders.mjs'
import { adminOnlyClientHints } from './src/server/clientHints.mjs'
import { staticSecurityHeaders } from './src/server/securityHeaders.mjs'

/**
 * Public, shared-cacheable documents that are built per request from cached reads. A copy of
 * `publicCacheControl` (src/cache/tags.ts), which this file cannot import; lifetime.test.ts
 * checks that they agree.
 */
const cdnCached = 'public, max-age=0, s-maxage=300, stale-while-revalidate=60'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The public site and admin run behind one server; images come from Payload's own media route.
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  poweredByHeader: false,
  // With REDIS_URL, pages, data and tag invalidations are shared by every app instance in Redis.
  ...sharedCacheConfig(process.env),
  // Under CI, `npm test` has type-checked every file before the browser tests build the app
  // (`npm run typecheck` runs `next typegen` first, so Next's route types are in it too):
  // scripts/e2e-server.mjs then sets E2E_TYPES_CHECKED=1 and the build skips a second pass.
  typescript: { ignoreBuildErrors: process.env.E2E_TYPES_CHECKED === '1' },
  // Cached pages say `s-maxage=300, stale-while-revalidate=60` (Next's default would let a CDN
  // serve a stale page for up to a year after it expired): at most 6 minutes behind the newsroom.
  // The cache lifetime plus the stale window of src/cache/tags.ts; lifetime.test.ts checks it.
  expireTime: 360,
  experimental: {
    // Payload tells its errors apart by class name (log levels, the `name` in API answers):
    // minified, a ValidationError was logged and answered as "k". Pages are served from the cache
    // either way; only the server bundle's size changes.
    serverMinification: false,
    // Next 16 keeps its tag invalidations in memory only: pages regenerated at run time and
    // flushed to disk would come back after a restart without the invalidations made since (an
    // unpublished release could reappear for a revalidation window). Keep them in memory, so a
    // restart renders them afresh. Several instances share Redis instead (REDIS_URL, above).
    isrFlushToDisk: false,
    // Next loads every page's server bundle at start by default: the admin's alone (5.9 MB,
    // unminified, held twice over as two-byte source text) took about 11 MB of a public-only
    // instance's heap before any editor came (docs/benchmarks.md, "memory"). Loaded on first
    // use instead; the first admin request pays for it once.
    // https://nextjs.org/docs/app/guides/memory-usage#preloading-entries
    preloadEntriesOnStart: false,
  },
  async headers() {
    return [
      // Evaluated at build time: `next build` runs with NODE_ENV=production.
      ...staticSecurityHeaders(process.env.NODE_ENV === 'production'),
      // One rule for the three: every rule is matched against every request (surrogateHeaders.mjs).
      {
        source: '/:file(sitemap\\.xml|robots\\.txt|sitemaps/[^/]+)',
        headers: [{ key: 'Cache-Control', value: cdnCached }],
      },
      // The cache tags of public documents, for the cache in front to purge by (issue 14).
      ...surrogateKeyHeaders(),
    ]
  },
}

// Payload's colour-scheme client hints only where Payload reads them (src/server/clientHints.mjs).
export default adminOnlyClientHints(withPayload(nextConfig, { devBundleServerPackages: false }))
