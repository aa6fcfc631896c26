import { describe, expect, it } from 'vitest'

import { staleBy } from './revalidate'
import { surrogateHeaders, surrogateKeysFor } from './surrogate'
import { tags } from './tags'

describe('surrogateKeysFor', () => {
  it('names the collections a public document shows, and the record its path names', () => {
    const release = surrogateKeysFor('/en/news/a-release')!
    expect(release).toEqual(expect.arrayContaining([tags.all, tags.settings, tags.collection('events')]))
    expect(release).toContain(tags.record('press-releases', 'a-release'))
    expect(surrogateKeysFor('/ru/news/a-release/og.png')).toContain(
      tags.record('press-releases', 'a-release'),
    )
    expect(surrogateKeysFor('/zh/speeches/s-1')).toContain(tags.record('speeches', 's-1'))
    expect(surrogateKeysFor('/en/topics/trade/atom.xml')).toContain(tags.record('topics', 'trade'))
    expect(surrogateKeysFor('/en/feed.xml')).not.toContain(tags.collection('speeches'))
    expect(surrogateKeysFor('/sitemaps/releases-1.xml')).not.toContain(tags.collection('media'))
    expect(surrogateKeysFor('/api/media/file/photo.jpg')).toContain(tags.collection('press-releases'))
  })

  it('gives nothing to what is not a public document, and no key from an unsafe slug', () => {
    for (const path of ['/admin', '/api/press-releases', '/embargo/token', '/en/search', '/xx/news', '/'])
      expect(surrogateKeysFor(path), path).toBeNull()
    expect(surrogateKeysFor('/en/news/%E2%80%A6')?.some((key) => key.startsWith('record:'))).toBe(false)
  })

  it('covers every tag a change of what the page shows expires', () => {
    for (const collection of ['press-releases', 'events', 'topics', 'media', 'settings'] as const) {
      const { tags: stale } = staleBy([{ collection, slug: collection === 'settings' ? null : 'x' }])
      expect(
        stale.some((tag) => surrogateKeysFor('/en/news/x')!.includes(tag)),
        collection,
      ).toBe(true)
    }
  })
})

describe('surrogateHeaders', () => {
  it('writes the keys for Varnish and Fastly (spaces) and Cloudflare (commas)', () => {
    expect(surrogateHeaders(['a', 'b:c'])).toEqual({
      xkey: 'a b:c',
      'Surrogate-Key': 'a b:c',
      'Cache-Tag': 'a,b:c',
    })
  })
})
