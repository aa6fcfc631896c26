import { compileNonPath } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { unstable_getResponseFromNextConfig as answerOf } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'

import nextConfig from '../../next.config.mjs'
import { staleBy } from './revalidate'
import { collections, surrogateKeys } from './surrogateHeaders.mjs'
import { contentCollections, publicCacheControl, tags } from './tags'

/**
 * The keys Next puts on a response to `path` (next.config.mjs `headers()`), by header. Next's
 * testing helper matches the rules as the router does but leaves `:slug` in the values; the
 * router fills it with compileNonPath (next/dist/server/lib/router-utils/resolve-routes.js), as
 * done here. e2e/varnish.spec.ts checks a real response.
 */
async function keysOf(path: string, cookies: Record<string, string> = {}) {
  const { headers } = await answerOf({ url: `https://news.example.org${path}`, nextConfig, cookies })
  const [, collection, slug] = /^\/[a-z]{2}\/([a-z]+)\/([^/]+)/.exec(path) ?? []
  const raw = headers.get('xkey')
  const xkey = raw && slug && collection ? compileNonPath(raw, { collection, slug }) : raw
  expect(headers.get('surrogate-key'), path).toBe(raw)
  expect(headers.get('cache-tag'), path).toBe(raw?.replaceAll(' ', ',') ?? null)
  return xkey?.split(' ') ?? null
}

describe('surrogate keys', () => {
  it('are the names of src/cache/tags.ts', () => {
    expect(collections).toEqual([...contentCollections])
    expect(surrogateKeys.page).toEqual([tags.all, tags.settings, ...contentCollections.map(tags.collection)])
  })

  it('name the collections a public document shows, and the record its path names', async () => {
    const release = await keysOf('/en/news/a-release')
    expect(release).toEqual([...surrogateKeys.page, tags.record('press-releases', 'a-release')])
    expect(await keysOf('/ru/news/a-release/og.png')).toContain(tags.record('press-releases', 'a-release'))
    for (const name of ['events', 'participants', 'documents', 'speeches', 'topics'] as const)
      expect(await keysOf(`/zh/${name}/s-1`), name).toEqual([...surrogateKeys.page, tags.record(name, 's-1')])
    expect(await keysOf('/en/events/e-1/og.png')).toContain(tags.record('events', 'e-1'))
    expect(await keysOf('/en/topics/trade/atom.xml')).toEqual([
      ...surrogateKeys.feed,
      tags.record('topics', 'trade'),
    ])
    expect(await keysOf('/en/feed.xml')).toEqual(surrogateKeys.feed)
    expect(await keysOf('/en')).toEqual(surrogateKeys.page)
    expect(await keysOf('/en/news?year=2019')).toEqual(surrogateKeys.page)
    expect(await keysOf('/sitemaps/releases-1.xml')).toEqual(surrogateKeys.sitemap)
    expect(await keysOf('/sitemap.xml')).toEqual(surrogateKeys.sitemap)
    expect(await keysOf('/sitemaps/a/b')).toBeNull()
    expect(await keysOf('/sitemapsx')).toBeNull()
    expect(await keysOf('/api/media/file/photo.jpg')).toEqual(surrogateKeys.mediaFile)
  })

  it('are on no preview, admin, API or journalist-link response, and no slug makes a bad header', async () => {
    expect(await keysOf('/en/news/a-release', { __prerender_bypass: '1' })).toBeNull()
    for (const path of [
      '/admin',
      '/admin/collections/press-releases',
      '/api/press-releases',
      '/embargo/abc',
      '/',
    ])
      expect(await keysOf(path), path).toBeNull()
    const odd = await keysOf('/en/news/%E2%80%A6')
    expect(odd).toEqual(surrogateKeys.page)
  })

  it('come with a shared-cache lifetime on the sitemaps and robots.txt, and nowhere else by rule', async () => {
    const cacheControl = async (path: string) =>
      (await answerOf({ url: `https://news.example.org${path}`, nextConfig })).headers.get('cache-control')
    for (const path of ['/sitemap.xml', '/sitemaps/releases-en-1.xml', '/robots.txt'])
      expect(await cacheControl(path), path).toBe(publicCacheControl)
    for (const path of ['/sitemaps/a/b', '/robots.txt.bak', '/en/news/a-release', '/api/press-releases'])
      expect(await cacheControl(path), path).toBeNull()
  })

  it('cover every tag a change to what a page shows expires', () => {
    const keys = new Set([...surrogateKeys.page, tags.record('press-releases', 'x')])
    for (const collection of [...contentCollections, 'settings'] as const) {
      const { tags: stale } = staleBy([{ collection, slug: collection === 'settings' ? null : 'x' }])
      expect(
        stale.some((tag) => keys.has(tag)),
        collection,
      ).toBe(true)
    }
  })
})
