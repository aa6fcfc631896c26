import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { publicCacheControl, revalidateSeconds, staleWhileRevalidateSeconds } from './tags'

/**
 * Next reads a route's `export const revalidate` at build time and accepts only a literal, and
 * next.config.mjs cannot import TypeScript: these places repeat the cache lifetime, so they are
 * checked against `revalidateSeconds` here.
 */
const root = path.resolve(import.meta.dirname, '../..')

/** Every TypeScript file under app/ (pages, layouts, route handlers, sitemap...), from the root. */
function appFiles(): string[] {
  return readdirSync(path.join(root, 'app'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join('app', file))
}

describe('the cache lifetime', () => {
  const declaring = appFiles()
    .map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }))
    .filter(({ text }) => /export\s+const\s+revalidate\b/.test(text))

  it('is declared by the public pages', () => {
    expect(declaring.length).toBeGreaterThanOrEqual(9)
  })

  it.each(declaring.map(({ file, text }) => [file, text]))('%s declares it as a literal', (_file, text) => {
    const declared = /export\s+const\s+revalidate\s*=\s*([^\s;]+)/.exec(text)?.[1]
    expect(declared).toBe(String(revalidateSeconds))
  })

  it('is the one next.config.mjs gives CDNs and its expireTime', () => {
    const config = readFileSync(path.join(root, 'next.config.mjs'), 'utf8')
    expect(/const cdnCached = '([^']*)'/.exec(config)?.[1]).toBe(publicCacheControl)
    expect(Number(/expireTime:\s*(\d+)/.exec(config)?.[1])).toBe(
      revalidateSeconds + staleWhileRevalidateSeconds,
    )
  })
})
