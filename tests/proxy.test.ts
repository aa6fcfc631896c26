import { NextRequest } from 'next/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { securityHeaders } from '@/server/securityHeaders'

import type * as Proxy from '../proxy'

/**
 * proxy.ts as Next calls it, in production over HTTPS: every answer carries the security
 * headers, and the news list is still redirected to its canonical URL or rewritten to its
 * cached route. env() is read at the first request, after the variables below are set.
 */
let proxy: typeof Proxy.proxy

beforeAll(async () => {
  vi.stubEnv('NODE_ENV', 'production')
  vi.stubEnv('PAYLOAD_SECRET', 'proxy-test-secret-0123456789abcdef0123')
  vi.stubEnv('SERVER_URL', 'https://news.example.org')
  ;({ proxy } = await import('../proxy'))
})

const request = (path: string) => new NextRequest(new URL(path, 'https://news.example.org'))

describe('proxy', () => {
  it('sends the security headers on pages, the admin and the API', () => {
    for (const path of ['/en', '/en/releases/a-release', '/admin', '/api/press-releases']) {
      const headers = proxy(request(path)).headers
      const csp = headers.get('content-security-policy') ?? ''
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("object-src 'none'")
      expect(csp).toContain('upgrade-insecure-requests')
      expect(headers.get('strict-transport-security')).toMatch(/^max-age=\d{8}/)
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    }
  })

  it('still gives the news list one URL per filter, with the headers', () => {
    const redirected = proxy(request('/en/news?utm_source=x&year=2019'))
    expect(redirected.status).toBe(307)
    expect(redirected.headers.get('location')).toBe('https://news.example.org/en/news?year=2019')
    expect(redirected.headers.get('content-security-policy')).toBeTruthy()
    const rewritten = proxy(request('/en/news?year=2019'))
    expect(rewritten.headers.get('x-middleware-rewrite')).toMatch(/\/en\/news-list\//)
    expect(rewritten.headers.get('strict-transport-security')).toBeTruthy()
    expect(proxy(request('/xx/news')).headers.get('x-middleware-rewrite')).toBeNull()
  })
})

describe('security headers', () => {
  it('leave development alone, and send HSTS only over HTTPS', () => {
    expect(securityHeaders({ production: false, https: true })).toEqual({})
    const plain = securityHeaders({ production: true, https: false })
    expect(plain['Strict-Transport-Security']).toBeUndefined()
    expect(plain['Content-Security-Policy']).not.toContain('upgrade-insecure-requests')
  })
})
