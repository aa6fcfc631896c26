import { revalidatePath, revalidateTag } from 'next/cache'
import { z } from 'zod'

import { locales } from '@/content/locales'
import { env, type Env } from '@/server/env'
import { localePath, sitePaths } from '@/i18n/paths'
import { newsListKey, newsListSegment } from '@/i18n/newsFilter'

import { purgeCdnAfterResponse } from './cdn'
import { signatureHeader, signBody } from './revalidateSignature'
import { contentCollections, tags } from './tags'

/**
 * What changed. `slug` (and `previousSlug` when it changed) name the record's public pages;
 * without them every page showing that collection is still refreshed.
 */
export const contentChangeSchema = z.object({
  collection: z.enum([...contentCollections, 'settings']),
  slug: z.string().max(200).nullish(),
  previousSlug: z.string().max(200).nullish(),
})
export type ContentChange = z.infer<typeof contentChangeSchema>
export const contentChangesSchema = z.array(contentChangeSchema).min(1).max(100)

export type RevalidateResult =
  | { via: 'next'; tags: string[]; paths: string[] }
  | { via: 'http'; status: number }
  | { via: 'none'; error: string }

const recordPath: Partial<Record<ContentChange['collection'], (slug: string) => string>> = {
  'press-releases': sitePaths.release,
  events: sitePaths.event,
  participants: sitePaths.participant,
  documents: sitePaths.document,
  speeches: sitePaths.speech,
  topics: sitePaths.topic,
}

/** The cache tags and concrete URLs a set of changes makes stale. */
export function staleBy(changes: ContentChange[]): { tags: string[]; paths: string[] } {
  const tagSet = new Set<string>()
  const paths = new Set<string>()
  for (const change of changes) {
    if (change.collection === 'settings') {
      tagSet.add(tags.settings)
      // Organisation name and contacts appear in every page's frame.
      tagSet.add(tags.all)
      continue
    }
    tagSet.add(tags.collection(change.collection))
    const toPath = recordPath[change.collection]
    for (const slug of [change.slug, change.previousSlug]) {
      if (!slug) continue
      tagSet.add(tags.record(change.collection, slug))
      if (toPath) for (const locale of locales) paths.add(localePath(locale, toPath(slug)))
    }
    if (change.collection === 'press-releases') {
      // The news list's filtered pages (each its own cache entry, see proxy.ts) go by the tags.
      const newsList = `${newsListSegment}/${newsListKey({})}`
      for (const locale of locales)
        for (const path of [sitePaths.home, newsList, sitePaths.rss, sitePaths.atom])
          paths.add(localePath(locale, path))
      paths.add('/sitemap.xml')
    }
  }
  return { tags: [...tagSet], paths: [...paths] }
}

/**
 * Expires tags and paths in this Next server, then the same tags as surrogate keys in the cache
 * in front (src/cache/cdn.ts); throws outside a Next request (e.g. in the jobs worker, whose
 * refresh comes back here through /api/revalidate).
 */
export function revalidateInNext(changes: ContentChange[]): { tags: string[]; paths: string[] } {
  const stale = staleBy(changes)
  // `{ expire: 0 }`: the next request renders fresh content instead of serving the stale page once more.
  for (const tag of stale.tags) revalidateTag(tag, { expire: 0 })
  for (const path of stale.paths) revalidatePath(path)
  purgeCdnAfterResponse(stale.tags)
  return stale
}

/**
 * Where a process outside Next reaches the web server: REVALIDATE_URL (e.g. http://app:3000
 * inside docker compose, bypassing a CDN) when set, else SERVER_URL.
 */
export function refreshUrl(config: Pick<Env, 'revalidateUrl' | 'serverUrl'>): string {
  return `${config.revalidateUrl ?? config.serverUrl}/api/revalidate`
}

/**
 * Refreshes every public page that shows the changed content: the record's own pages in every
 * language, lists, the home page, feeds, the sitemap and the pages of linked records.
 *
 * Inside the Next server (a Payload hook during an admin or REST request) it expires the cache
 * directly. Anywhere else (the jobs worker, a script, a cron outside a request) it POSTs the
 * changes, signed with a key derived from PAYLOAD_SECRET, to `${REVALIDATE_URL or SERVER_URL}/api/revalidate`.
 * It never throws: a failed refresh is logged and reported, the cached pages then expire on
 * their own within `revalidateSeconds`.
 */
export async function revalidateContent(
  changes: ContentChange | ContentChange[],
  { serverUrl, fetchImpl = fetch }: { serverUrl?: string; fetchImpl?: typeof fetch } = {},
): Promise<RevalidateResult> {
  const list = contentChangesSchema.parse(Array.isArray(changes) ? changes : [changes])
  try {
    return { via: 'next', ...revalidateInNext(list) }
  } catch {
    // Not inside a Next request: ask the web server.
  }
  const config = env()
  const body = JSON.stringify({ changes: list })
  const url = serverUrl ? `${serverUrl}/api/revalidate` : refreshUrl(config)
  try {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        [signatureHeader]: signBody(config.payloadSecret, body),
      },
      body,
      signal: AbortSignal.timeout(10_000),
    })
    if (!response.ok) console.error(`[revalidate] ${url} answered ${response.status}`)
    return { via: 'http', status: response.status }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`[revalidate] could not reach ${url}: ${message}`)
    return { via: 'none', error: message }
  }
}
