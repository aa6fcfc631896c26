import { NextRequest } from 'next/server'
import {
  unstable_doesMiddlewareMatch as proxyRuns,
  unstable_getResponseFromNextConfig as answerOf,
} from 'next/experimental/testing/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import nextConfig from '../next.config.mjs'
import type * as Proxy from '../proxy'

/**
 * The security headers and proxy.ts as Next applies them in production: the static headers come
 * from next.config.mjs's `headers()` on every path; the proxy runs on the paths that need it
 * (broken percent-encoding, the news list, the admin's nonce, public documents' surrogate keys).
 * env() is read at the first request, after the variables below are set.
 */
let proxy: typeof Proxy.proxy
let config: typeof Proxy.config

beforeAll(async () => {
  vi.stubEnv('NODE_ENV', 'production')
  vi.stubEnv('PAYLOAD_SECRET', 'proxy-test-secret-0123456789abcdef0123')
  vi.stubEnv('SERVER_URL', 'https://news.example.org')
  ;({ proxy, config } = await import('../proxy'))
})

const origin = 'https://news.example.org'
const request = (path: string) => new NextRequest(new URL(path, origin))
const headersOf = async (path: string) => (await answerOf({ url: `${origin}${path}`, nextConfig })).headers

describe('security headers', () => {
  it('are on pages, feeds and the API, with the site policy everywhere but the admin', async () => {
    for (const path of [
      '/',
      '/en',
      '/en/news/a-release',
      '/api/press-releases',
      '/sitemap.xml',
      '/administration',
    ]) {
      const headers = await headersOf(path)
      const csp = headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("default-src 'self'")
      expect(csp, path).toContain("frame-ancestors 'none'")
      expect(csp, path).toContain("object-src 'none'")
      expect(headers.get('strict-transport-security'), path).toMatch(/^max-age=\d{8}/)
      expect(headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(headers.get('x-frame-options'), path).toBe('DENY')
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
    }
    for (const path of ['/admin', '/admin/collections/press-releases']) {
      const headers = await headersOf(path)
      expect(headers.get('content-security-policy'), path).toBeNull()
      expect(headers.get('strict-transport-security'), path).toBeTruthy()
    }
  })

  it('give each admin page its own nonce, and no inline script without it', () => {
    const policies = [1, 2].map((n) => {
      const response = proxy(request(`/admin/collections/press-releases/${n}`))
      const policy = response.headers.get('content-security-policy') ?? ''
      // Next reads the nonce from the request's policy and puts it on the scripts it renders.
      expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy)
      return policy
    })
    const nonces = policies.map((policy) => /'nonce-([A-Za-z0-9+/=]{22,})'/.exec(policy)?.[1])
    expect(nonces[0]).toBeTruthy()
    expect(nonces[0]).not.toBe(nonces[1])
    for (const policy of policies) {
      expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/)
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
      expect(policy).toContain("frame-ancestors 'none'")
    }
  })
})

describe('proxy', () => {
  it('runs on public documents for their surrogate keys, never on the API or Next’s files', () => {
    const runs = (url: string) => proxyRuns({ config, url })
    for (const url of [
      '/en/news',
      '/ru/news?year=2019',
      '/admin',
      '/admin/login',
      '/%ff',
      '/en/news/%ff',
      '/en',
      '/en/news/a-release',
      '/en/news-list/all',
      '/sitemap.xml',
      '/api/media/file/photo.jpg',
    ])
      expect(runs(url), url).toBe(true)
    for (const url of ['/api/press-releases', '/api/revalidate', '/_next/static/chunks/app.js'])
      expect(runs(url), url).toBe(false)
  })

  it('gives public documents their cache tags as surrogate keys, and nothing else any', () => {
    const keysOf = (path: string, cookie?: string) => {
      const req = request(path)
      if (cookie) req.cookies.set(cookie, '1')
      return proxy(req).headers.get('xkey')
    }
    const release = keysOf('/en/news/a-release')?.split(' ')
    expect(release).toEqual(
      expect.arrayContaining(['site', 'collection:press-releases', 'record:press-releases:a-release']),
    )
    expect(proxy(request('/en/news/a-release')).headers.get('surrogate-key')).toBe(release?.join(' '))
    expect(proxy(request('/en/news/a-release')).headers.get('cache-tag')).toBe(release?.join(','))
    expect(keysOf('/en/news?year=2019')).toContain('collection:press-releases')
    expect(keysOf('/zh/topics/trade/feed.xml')).toContain('record:topics:trade')
    expect(keysOf('/api/media/file/photo.jpg')).toContain('collection:media')
    for (const path of [
      '/admin',
      '/admin/collections/press-releases',
      '/embargo/abc',
      '/api/users/me',
      '/en/search',
    ])
      expect(keysOf(path), path).toBeNull()
    // A preview, and the news list's redirect to its canonical URL.
    expect(keysOf('/en/news/a-release', '__prerender_bypass')).toBeNull()
    expect(keysOf('/en/news?utm_source=x')).toBeNull()
  })

  it('answers 400 to broken percent-encoding', async () => {
    const response = proxy(request('/en/news/%ff'))
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('path')
  })

  it('gives the news list one URL per filter', () => {
    const redirected = proxy(request('/en/news?utm_source=x&year=2019'))
    expect(redirected.status).toBe(307)
    expect(redirected.headers.get('location')).toBe('https://news.example.org/en/news?year=2019')
    const rewritten = proxy(request('/en/news?year=2019'))
    expect(rewritten.headers.get('x-middleware-rewrite')).toMatch(/\/en\/news-list\//)
    expect(proxy(request('/xx/news')).headers.get('x-middleware-rewrite')).toBeNull()
  })
})
