import { describe, expect, it } from 'vitest'

import { commonBase, compactLinks } from './compactLinks'

describe('compactLinks', () => {
  const links = [
    { id: 1, text: 'UNIDO', href: '/en/participants/unido' },
    { id: 2, text: 'Vladimir Norov', href: '/en/participants/vladimir-norov', lang: 'en' as const },
    { id: 3, text: 'No page' },
  ]

  it('sends the addresses after their common start, and each link as short as it can be', () => {
    const { base, items } = compactLinks(links, (link) => (link.id === 1 ? ' (S/1)' : undefined))
    expect(base).toBe('/en/participants/')
    expect(items).toEqual([
      ['UNIDO', 'unido', 0, ' (S/1)'],
      ['Vladimir Norov', 'vladimir-norov', 'en'],
      ['No page'],
    ])
  })

  it('gives back every address whole', () => {
    const mixed = [...links, { id: 4, text: 'A speech', href: '/en/speeches/a-speech' }]
    const { base, items } = compactLinks(mixed)
    expect(base).toBe('/en/')
    const hrefs = items.flatMap(([, href]) => (typeof href === 'string' ? [base + href] : []))
    expect(hrefs).toEqual(mixed.flatMap((link) => (link.href ? [link.href] : [])))
  })

  it('finds no common start where there is none, or one address only', () => {
    expect(commonBase(['/en/news/a', 'https://example.org/b'])).toBe('')
    expect(commonBase(['relative', '/en/news/a'])).toBe('')
    expect(commonBase(['/en/news/a'])).toBe('')
  })
})
