/**
 * Cache tags of the public site, defined once: fetchers tag what they read, and
 * revalidateContent() expires the same tags when content changes.
 *
 * Every cached read is tagged with each collection whose records it shows, so that a change
 * to one record refreshes every page that shows it (a release's headline appears on the home
 * page, lists, feeds, the sitemap, its event's, speakers' and documents' pages). A press office
 * publishes a few times a day: coarse tags cost little and never leave a page behind.
 */

export const contentCollections = [
  'press-releases',
  'events',
  'speeches',
  'participants',
  'documents',
  'topics',
  'media',
] as const
export type ContentCollection = (typeof contentCollections)[number]

export const tags = {
  /** Every cached read: the one tag that refreshes the whole site. */
  all: 'site',
  collection: (collection: ContentCollection) => `collection:${collection}`,
  record: (collection: ContentCollection, slugOrId: string | number) => `record:${collection}:${slugOrId}`,
  settings: 'global:settings',
} as const

/** The tags of a read that shows records of these collections. */
export function tagsFor(...collections: ContentCollection[]): string[] {
  return [tags.all, ...collections.map(tags.collection)]
}

/**
 * Seconds after which a cached page is rebuilt even without a change (a safety net only). Next
 * wants a literal in each route's `export const revalidate`: lifetime.test.ts checks those, and
 * next.config.mjs's copies, against this one.
 */
export const revalidateSeconds = 300

/** How long a CDN may still serve an expired document while it fetches the new one. */
export const staleWhileRevalidateSeconds = 60

/**
 * Cache-Control of the public documents built per request from cached reads (feeds, social
 * images): shared caches keep them as long as the pages, browsers always ask again.
 */
export const publicCacheControl = `public, max-age=0, s-maxage=${revalidateSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}`
