import { describe, expect, it } from 'vitest'

import { excerptOf, searchTerms } from './excerpt'

describe('search excerpts', () => {
  it('centre on the first match of any term', () => {
    const text = `${'a'.repeat(300)} Norov said ${'b'.repeat(300)}`
    const { excerpt } = excerptOf([null, text], searchTerms('  NOROV  '))
    expect(excerpt).toContain('Norov said')
    expect(excerpt.startsWith('…')).toBe(true)
  })

  it('say which text they come from, so that an English one can be marked lang="en"', () => {
    expect(excerptOf(['Открытие', null, 'The Norov remarks'], searchTerms('norov'))).toEqual({
      excerpt: 'The Norov remarks',
      index: 2,
    })
    expect(excerptOf([null, 'First text', 'Second'], searchTerms('nothing'))).toEqual({
      excerpt: 'First text',
      index: 1,
    })
    expect(excerptOf([null, ''], searchTerms('nothing'))).toEqual({ excerpt: '', index: -1 })
  })
})
