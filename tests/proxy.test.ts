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
 * from next.config.mjs's `headers()` on every path; the proxy runs only on the paths that need it
 * (broken percent-encoding, the news list, the admin's nonce), never on a cached page.
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
  it('runs only where it has work, never on a cached page or the API', () => {
    const runs = (url: string) => proxyRuns({ config, url })
    for (const url of ['/en/news', '/ru/news?year=2019', '/admin', '/admin/login', '/%ff', '/en/news/%ff'])
      expect(runs(url), url).toBe(true)
    for (const url of [
      '/en',
      '/en/news/a-release',
      '/en/news-list/all',
      '/api/press-releases',
      '/en/search?q=x',
    ])
      expect(runs(url), url).toBe(false)
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
