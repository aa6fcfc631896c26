import { isLocale } from '@/content/locales'

import { contentCollections, tags, type ContentCollection } from './tags'

/**
 * Surrogate keys: the cache tags of src/cache/tags.ts, given to the cache in front (Varnish,
 * Fastly, Cloudflare) on every public response, so that revalidateContent() can purge there
 * exactly the tags it expires in Next (src/cache/cdn.ts).
 *
 * Next 16 keeps a page's tags in its cache entry (`x-next-cache-tags`) but sends them only in
 * its "minimal mode" (Vercel's), never from `next start`
 * (next/dist/build/templates/app-page-runtime.js), and a page cannot set a response header.
 * proxy.ts therefore names them from the path, before Next serves the page from its cache or
 * renders it: every cached response carries them, the first and the thousandth. The lists
 * below are the union of the tags of the reads each kind of route makes (src/data/*).
 */

/** Every public page reads the settings (the frame) and shows records of every collection. */
const page: string[] = [tags.all, tags.settings, ...contentCollections.map(tags.collection)]

/** src/site/feed.ts: releases (releaseTags), the publisher's mark (media), the settings. */
const feed: string[] = [
  tags.all,
  tags.settings,
  ...(['press-releases', 'media', 'topics', 'events', 'participants'] as const).map(tags.collection),
]

/** src/data/sitemap.ts: every public record but media. */
const sitemap: string[] = [
  tags.all,
  tags.settings,
  ...contentCollections.filter((collection) => collection !== 'media').map(tags.collection),
]

/**
 * A media file is public while a public record or the settings show it (src/access/mediaVisibility.ts):
 * whether it still is changes with any of them, so any of them purges it.
 */
const mediaFile: string[] = page

/** The record a public path names: its collection by the path's first segment. */
const recordSegments: Record<string, ContentCollection> = {
  news: 'press-releases',
  events: 'events',
  participants: 'participants',
  documents: 'documents',
  speeches: 'speeches',
  topics: 'topics',
}

/** A slug safe in a header and a key (slugs are made by src/fields/slug.ts); else no record key. */
const safeSlug = /^[a-z0-9][a-z0-9-]{0,199}$/i

/** The draft-mode cookie: a preview is never public, and carries no key. */
export const draftCookie = '__prerender_bypass'

/**
 * The surrogate keys of a public path, or null for a path that is not a public document (the
 * admin, the API but media files, journalist links, search suggestions, Next's own files).
 */
export function surrogateKeysFor(pathname: string): string[] | null {
  if (pathname === '/sitemap.xml' || pathname.startsWith('/sitemaps/')) return sitemap
  if (pathname.startsWith('/api/media/file/') || pathname === '/_next/image') return mediaFile
  const [, locale, first, slug, last, ...more] = pathname.split('/')
  if (!isLocale(locale) || more.length > 0) return null
  if (first === 'search') return null
  if (first === 'feed.xml' || first === 'atom.xml') return slug === undefined ? feed : null
  const collection = first === undefined ? undefined : recordSegments[first]
  const keys = last === 'feed.xml' || last === 'atom.xml' ? feed : page
  if (!collection || !slug || !safeSlug.test(slug)) return keys
  return [...keys, tags.record(collection, slug)]
}

/** The header each cache reads its keys from: Varnish's xkey vmod, Fastly, Cloudflare. */
export function surrogateHeaders(keys: readonly string[]): Record<string, string> {
  return {
    xkey: keys.join(' '),
    'Surrogate-Key': keys.join(' '),
    'Cache-Tag': keys.join(','),
  }
}
