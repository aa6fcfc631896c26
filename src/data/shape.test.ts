import { describe, expect, it } from 'vitest'

import { imageOf, linksOf, linkTo, localized, textOf } from './shape'

describe('views built from marked records', () => {
  it('link a record to its page in the reader’s language, marked when its name is English', () => {
    const speaker = { id: 7, name: 'Vladimir Norov', slug: 'vladimir-norov', englishFields: ['name'] }
    expect(linkTo('ru', 'participants', speaker)).toEqual({
      id: 7,
      text: 'Vladimir Norov',
      lang: 'en',
      href: '/ru/participants/vladimir-norov',
    })
    // No slug: a name without a page; a translated title carries no mark.
    const topic = { id: 3, title: '反恐', englishFields: [] }
    expect(linkTo('zh', 'topics', topic)).toEqual({ id: 3, text: '反恐' })
  })

  it('leave out the relationships the reader may not see (bare ids)', () => {
    const published = { id: 5, title: 'A/RES/59/48', slug: 'a-res-59-48' }
    const links = linksOf('en', 'documents', [4, published])
    expect(links).toEqual([{ id: 5, text: 'A/RES/59/48', href: '/en/documents/a-res-59-48' }])
  })

  it('give a text with its language, and nothing for an empty one', () => {
    const event = { venue: 'Fallback Hall', city: '', livestream: { note: 'Live' }, englishFields: ['venue'] }
    expect(textOf(event, 'venue')).toEqual({ text: 'Fallback Hall', lang: 'en' })
    expect(textOf(event, 'city')).toBeUndefined()
    expect(textOf(event, 'livestream.note', event.livestream.note)).toEqual({ text: 'Live' })
    expect(localized('', undefined)).toEqual({ text: '' })
  })

  it('give an image in the size asked for, and none for a file that is no image', () => {
    const media = {
      id: 1,
      url: '/api/media/file/photo.jpg',
      alt: 'The hall',
      mimeType: 'image/jpeg',
      width: 2000,
      height: 1000,
      sizes: { card: { url: '/api/media/file/photo-card.jpg', width: 800, height: 400 } },
      updatedAt: '',
      createdAt: '',
    }
    expect(imageOf(media, 'card')).toEqual({
      url: '/api/media/file/photo-card.jpg',
      alt: 'The hall',
      width: 800,
      height: 400,
    })
    expect(imageOf(media, 'og')).toEqual({ url: media.url, alt: 'The hall', width: 2000, height: 1000 })
    expect(imageOf({ ...media, mimeType: 'application/pdf' })).toBeUndefined()
    expect(imageOf(1)).toBeUndefined()
  })
})
