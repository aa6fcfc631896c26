import { unstable_getResponseFromNextConfig as answerOf } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'

import nextConfig from '../../next.config.mjs'

/**
 * Payload's colour-scheme client hints reach the admin only: on a public page `Critical-CH` would
 * make Chromium fetch a first visit twice, and `Vary` would split a CDN's copy of the page.
 */
const origin = 'https://news.example.org'
const headersOf = async (path: string) => (await answerOf({ url: `${origin}${path}`, nextConfig })).headers

describe('client hints', () => {
  it('are not asked for on public pages, feeds or the API', async () => {
    for (const path of [
      '/',
      '/en',
      '/en/news/a-release',
      '/ru/feed.xml',
      '/api/press-releases',
      '/administration',
    ]) {
      const headers = await headersOf(path)
      expect(headers.get('critical-ch'), path).toBeNull()
      expect(headers.get('accept-ch'), path).toBeNull()
      expect(headers.get('vary') ?? '', path).not.toMatch(/sec-ch-prefers-color-scheme/i)
    }
  })

  it('are still asked for by the admin, which renders its theme from them', async () => {
    for (const path of ['/admin', '/admin/collections/press-releases']) {
      const headers = await headersOf(path)
      expect(headers.get('accept-ch'), path).toBe('Sec-CH-Prefers-Color-Scheme')
      expect(headers.get('critical-ch'), path).toBe('Sec-CH-Prefers-Color-Scheme')
    }
  })
})
