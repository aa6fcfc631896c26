/**
 * Surrogate keys: the cache tags of src/cache/tags.ts, given to the cache in front (Varnish,
 * Fastly, Cloudflare) on every public response, so that revalidateContent() can purge there
 * exactly the tags it expires in Next (src/cache/cdn.ts).
 *
 * Next 16 keeps a page's tags in its cache entry (`x-next-cache-tags`) but sends them only in its
 * "minimal mode" (Vercel's), never from `next start` (next/dist/build/templates/app-page-runtime.js),
 * and a page cannot set a response header. So next.config.mjs's `headers()` names them from the
 * path: Next applies those before it serves a page from its cache or renders it, so the first
 * response and every cached one carry them, at the cost of a pattern match (proxy.ts would cost a
 * proxy run per page; see docs/benchmarks.md, "the proxy narrowed"). Plain JavaScript because
 * next.config.mjs imports it; surrogateHeaders.test.ts checks the names against tags.ts.
 */

/** contentCollections of src/cache/tags.ts. */
export const collections = [
  'press-releases',
  'events',
  'speeches',
  'participants',
  'documents',
  'topics',
  'media',
]

/** @param {string} name */
const collection = (name) => `collection:${name}`
/** @param {string} name @param {string} slug */
const record = (name, slug) => `record:${name}:${slug}`
const frame = ['site', 'global:settings']

/** The keys of each kind of public document: the union of the tags of the reads it makes (src/data). */
export const surrogateKeys = {
  /** Every page reads the settings (its frame) and shows records of every collection. */
  page: [...frame, ...collections.map(collection)],
  /** src/site/feed.ts: releases (releaseTags), the publisher's mark (media), the settings. */
  feed: [...frame, ...['press-releases', 'media', 'topics', 'events', 'participants'].map(collection)],
  /** src/data/sitemap.ts: every public record but media. */
  sitemap: [...frame, ...collections.filter((name) => name !== 'media').map(collection)],
  /**
   * A media file is public while a public record or the settings show it
   * (src/access/mediaVisibility.ts): a change to any of them may change that, and purges it.
   */
  mediaFile: [...frame, ...collections.map(collection)],
}

/** The collection of the record a public path names, by the path's segment after the language. */
export const recordSegments = {
  news: 'press-releases',
  events: 'events',
  participants: 'participants',
  documents: 'documents',
  speeches: 'speeches',
  topics: 'topics',
}

/** @param {readonly string[]} keys The header each cache reads: Varnish's xkey vmod, Fastly, Cloudflare. */
export function surrogateHeaders(keys) {
  return [
    { key: 'xkey', value: keys.join(' ') },
    { key: 'Surrogate-Key', value: keys.join(' ') },
    { key: 'Cache-Tag', value: keys.join(',') },
  ]
}

/** A preview (Next's draft mode) is never public and carries no key. */
const notPreview = [{ type: /** @type {const} */ ('cookie'), key: '__prerender_bypass' }]

/** @param {string} source @param {readonly string[]} keys */
const rule = (source, keys) => ({ source, missing: notPreview, headers: surrogateHeaders(keys) })

/**
 * next.config.mjs `headers()` rules. Where several match, Next applies them in order and the
 * last one's value wins: general first, then the record's own key. Slugs are made by
 * src/fields/slug.ts; one outside [a-z0-9-] (never made there) gets the collection keys only,
 * nothing a header cannot hold. The admin, the API (media files aside) and /embargo/ match none.
 */
export function surrogateKeyHeaders() {
  const locale = ':locale([a-z]{2})'
  const slug = ':slug([a-z0-9][a-z0-9-]*)'
  const { page, feed, sitemap, mediaFile } = surrogateKeys
  // Next matches every rule against every request, cache hits included (issue 12), so rules are
  // merged where a parameter can name what differs: a record whose path segment is its
  // collection's name gets its key from the `:collection` parameter.
  const segments = Object.entries(recordSegments)
  const sameNamed = segments.filter(([segment, name]) => segment === name).map(([segment]) => segment)
  const renamed = segments.filter(([segment, name]) => segment !== name)
  return [
    // `:path*` matches nothing after the language too: /en itself.
    rule(`/${locale}/:path*`, page),
    rule(`/${locale}/:feed(feed.xml|atom.xml)`, feed),
    ...renamed.map(([segment, name]) =>
      rule(`/${locale}/${segment}/${slug}/:file(og.png)?`, [...page, record(name, ':slug')]),
    ),
    rule(`/${locale}/:collection(${sameNamed.join('|')})/${slug}/:file(og.png)?`, [
      ...page,
      record(':collection', ':slug'),
    ]),
    rule(`/${locale}/topics/${slug}/:feed(feed.xml|atom.xml)`, [...feed, record('topics', ':slug')]),
    rule('/:file(sitemap\\.xml|sitemaps/[^/]+)', sitemap),
    rule('/api/media/file/:file*', mediaFile),
  ]
}
