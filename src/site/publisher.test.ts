import { describe, expect, it } from 'vitest'

import { publisherJsonLd } from './publisher'

describe('publisherJsonLd', () => {
  const origin = 'https://press.example.org'

  it('names the mark as an ImageObject with an absolute URL and its size', () => {
    const data = publisherJsonLd(
      {
        name: 'SCO Secretariat',
        logo: { url: '/api/media/file/organisation-mark.png', width: 240, height: 240 },
      },
      origin,
    )
    expect(data).toEqual({
      '@type': 'Organization',
      name: 'SCO Secretariat',
      url: 'https://press.example.org/',
      logo: {
        '@type': 'ImageObject',
        url: 'https://press.example.org/api/media/file/organisation-mark.png',
        width: 240,
        height: 240,
      },
    })
  })

  it('keeps an absolute file URL as it is', () => {
    const data = publisherJsonLd(
      { name: 'SCO', logo: { url: 'https://press.example.org/api/media/file/m.png', width: 1, height: 1 } },
      origin,
    )
    expect((data.logo as { url: string }).url).toBe('https://press.example.org/api/media/file/m.png')
  })

  it('has no logo before Settings has a mark', () => {
    expect(publisherJsonLd({ name: 'SCO', logo: null }, origin)).not.toHaveProperty('logo')
  })
})
