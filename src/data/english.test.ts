import { describe, expect, it } from 'vitest'

import { englishFieldsOf, fallbackLang, hasText, selectOf } from './english'

describe('English fallback of localized fields', () => {
  it('names the fields shown that this language has no text of its own for', () => {
    const shown = {
      id: 1,
      title: 'Countering terrorism',
      description: 'Efforts to counter terrorism.',
      venue: '',
      quotes: [{ quote: 'We act together.' }, { quote: null }],
    }
    const own = { id: 1, title: 'Противодействие терроризму', description: null, quotes: [{ quote: null }] }
    expect(englishFieldsOf(shown, own, ['title', 'description', 'venue', 'quotes.quote'])).toEqual([
      'description',
      'quotes.quote',
    ])
    // A record the read without fallback did not return: all its text is English.
    expect(englishFieldsOf(shown, undefined, ['title', 'venue'])).toEqual(['title'])
  })

  it('finds text through arrays of rows; empty strings and nulls are no text', () => {
    expect(hasText({ quotes: [{ quote: '' }, { quote: 'Yes' }] }, 'quotes.quote')).toBe(true)
    expect(hasText({ quotes: [{ quote: null }] }, 'quotes.quote')).toBe(false)
    expect(hasText({ title: '' }, 'title')).toBe(false)
    expect(hasText({ description: { root: {} } }, 'description')).toBe(true)
  })

  it('selects only the fields checked, nested ones as Payload expects', () => {
    expect(selectOf(['title', 'quotes.quote', 'dateline.place', 'dateline.date'])).toEqual({
      title: true,
      quotes: { quote: true },
      dateline: { place: true, date: true },
    })
  })

  it('gives lang="en" only for a field marked as English', () => {
    const marked = { id: 1, title: 'UN–SCO cooperation', englishFields: ['title'] }
    expect(fallbackLang(marked, 'title')).toBe('en')
    expect(fallbackLang(marked, 'description')).toBeUndefined()
    // Records never marked (English pages, unchecked links) carry no mark.
    expect(fallbackLang({ id: 2, title: 'Countering terrorism' }, 'title')).toBeUndefined()
    expect(
      fallbackLang({ id: 3, title: 'Противодействие терроризму', englishFields: [] }, 'title'),
    ).toBeUndefined()
  })
})
