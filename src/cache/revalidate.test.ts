import { describe, expect, it, vi } from 'vitest'

import { parseEnv } from '@/server/env'

import { refreshUrl, revalidateContent, staleBy } from './revalidate'
import { signBody, verifySignature } from './revalidateSignature'
import { tags } from './tags'

const secret = 'unit-test-secret-0123456789abcdef0123456789'

describe('revalidation signature', () => {
  it('accepts its own signature and refuses changed bodies, other secrets and old timestamps', () => {
    const body = '{"changes":[{"collection":"press-releases"}]}'
    const header = signBody(secret, body)
    expect(verifySignature(secret, body, header)).toBe(true)
    expect(verifySignature(secret, body.replace('press', 'xpress'), header)).toBe(false)
    expect(verifySignature(`${secret}-other`, body, header)).toBe(false)
    expect(verifySignature(secret, body, null)).toBe(false)
    const old = signBody(secret, body, Date.now() - 10 * 60_000)
    expect(verifySignature(secret, body, old)).toBe(false)
  })
})

describe('staleBy', () => {
  it('a release change expires its pages in every language, the lists, feeds and sitemap', () => {
    const { tags: stale, paths } = staleBy([
      { collection: 'press-releases', slug: 'new-one', previousSlug: 'old-one' },
    ])
    expect(stale).toContain(tags.collection('press-releases'))
    expect(stale).toContain(tags.record('press-releases', 'new-one'))
    expect(stale).toContain(tags.record('press-releases', 'old-one'))
    for (const path of [
      '/en/news/new-one',
      '/ru/news/new-one',
      '/zh/news/old-one',
      '/en',
      '/ru/news-list/all',
      '/zh/feed.xml',
    ])
      expect(paths).toContain(path)
    expect(paths).toContain('/sitemap.xml')
  })

  it('a settings change refreshes every page', () => {
    expect(staleBy([{ collection: 'settings' }]).tags).toEqual([tags.settings, tags.all])
  })
})

describe('revalidateContent outside a Next request', () => {
  it('posts the signed changes to SERVER_URL/api/revalidate', async () => {
    process.env.PAYLOAD_SECRET = secret
    const fetchImpl = vi.fn(async () => new Response('{}', { status: 200 }))
    const result = await revalidateContent(
      { collection: 'events', slug: 'summit' },
      { serverUrl: 'http://127.0.0.1:9', fetchImpl: fetchImpl as unknown as typeof fetch },
    )
    expect(result).toEqual({ via: 'http', status: 200 })
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('http://127.0.0.1:9/api/revalidate')
    const headers = init.headers as Record<string, string>
    expect(verifySignature(secret, init.body as string, headers['x-communique-signature']!)).toBe(true)
  })

  it('reports an unreachable server instead of throwing', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new Error('connect ECONNREFUSED')
    })
    const result = await revalidateContent(
      { collection: 'topics' },
      { serverUrl: 'http://127.0.0.1:9', fetchImpl: fetchImpl as unknown as typeof fetch },
    )
    expect(result).toEqual({ via: 'none', error: 'connect ECONNREFUSED' })
  })
})

describe('REVALIDATE_URL', () => {
  it('is preferred to SERVER_URL by processes outside Next', () => {
    const config = (vars: Record<string, string>) => parseEnv(vars, () => secret)
    const serverUrl = 'https://news.example.org'
    expect(refreshUrl(config({ SERVER_URL: serverUrl, REVALIDATE_URL: 'http://app:3000/' }))).toBe(
      'http://app:3000/api/revalidate',
    )
    expect(refreshUrl(config({ SERVER_URL: serverUrl }))).toBe(`${serverUrl}/api/revalidate`)
  })
})
