import { describe, expect, it } from 'vitest'

import { normalizeQuote, passagesMatching, quotePreview, quoteStandsIn, textsOf } from './quotes'

const speech =
  'The SCO’s “Shanghai spirit” — mutual trust and mutual benefit — guides us.\n\nWe will act\u00A0together against terrorism, separatism and extremism. Dialogue is our way.'

describe('normalizeQuote', () => {
  it('makes quotation marks, dashes and spacing uniform, and keeps the words and their case', () => {
    expect(normalizeQuote('«Shanghai  spirit» – it’s\u200B ours')).toBe(`"Shanghai spirit"-it's ours`)
    expect(normalizeQuote('a — b')).toBe(normalizeQuote('a-b'))
    expect(normalizeQuote('Wait…')).toBe('Wait...')
    expect(normalizeQuote('Mutual Trust')).not.toBe(normalizeQuote('mutual trust'))
  })
})

describe('quoteStandsIn', () => {
  it('finds a quote whatever its typography', () => {
    expect(quoteStandsIn('"Shanghai spirit" - mutual trust and mutual benefit -', [speech])).toBe(true)
    expect(quoteStandsIn('The SCO\'s "Shanghai spirit"', [speech])).toBe(true)
    expect(quoteStandsIn('We will act together\nagainst terrorism', [speech])).toBe(true)
    expect(quoteStandsIn('“We will act together against terrorism.”', [speech])).toBe(true)
  })

  it('allows an opening capital on a quote taken from mid-sentence', () => {
    expect(quoteStandsIn('Mutual trust and mutual benefit', [speech])).toBe(true)
  })

  it('refuses changed words, a changed case inside the quote, and joined sentences out of order', () => {
    expect(quoteStandsIn('We will act together against crime', [speech])).toBe(false)
    expect(quoteStandsIn('We will act together against Terrorism', [speech])).toBe(false)
    expect(quoteStandsIn('Dialogue is our only way', [speech])).toBe(false)
    expect(quoteStandsIn('Dialogue is our way … We will act together', [speech])).toBe(false)
  })

  it('reads an ellipsis as an omission, in order', () => {
    expect(quoteStandsIn('We will act together … Dialogue is our way', [speech])).toBe(true)
  })

  it('matches in any of the sources, and never an empty quote', () => {
    expect(quoteStandsIn('Dialogue is our way', ['Nothing here.', speech])).toBe(true)
    expect(quoteStandsIn(' “ ” ', [speech])).toBe(false)
    expect(quoteStandsIn('anything', [])).toBe(false)
  })
})

describe('helpers', () => {
  it('names a quote by its first words', () => {
    expect(quotePreview('“We will act together against terrorism, separatism and extremism.”')).toBe(
      'We will act together against terrorism, separatism and…',
    )
    expect(quotePreview('Short one.')).toBe('Short one')
  })

  it('reads texts in one or every locale', () => {
    expect(textsOf({ en: 'One', ru: 'Один', zh: null })).toEqual(['One', 'Один'])
    expect(textsOf('One')).toEqual(['One'])
    expect(textsOf(null)).toEqual([])
  })

  it('finds the sentences that hold every searched word', () => {
    expect(passagesMatching(speech, 'terrorism act')).toEqual([
      'We will act together against terrorism, separatism and extremism.',
    ])
    expect(passagesMatching(speech, '   ')).toEqual([])
  })
})
