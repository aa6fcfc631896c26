import { describe, expect, it } from 'vitest'

import { analyzeQuery, excerptAround, indexTokens, matchedWords, wordTokens } from './analyze'
import { matchExpression, prefixExpression } from './sqliteTables'

describe('text analysis for the search index', () => {
  it('stems English and Russian words by their script, and splits ideographs', () => {
    expect(indexTokens('Cooperation of the SCO')).toBe('cooper of the sco')
    expect(indexTokens('Сотрудничество ШОС, Норов')).toBe('сотрудничеств шос нор')
    expect(indexTokens('上海合作组织 summit')).toBe('上 海 合 作 组 织 summit')
    expect(wordTokens('Vladimir Norov’s visit')).toBe('vladimir norov s visit')
    // A word that mixes scripts without a space is split where the script changes.
    expect(indexTokens('the SCO峰会summit 𠀀x')).toBe('the sco 峰 会 summit 𠀀 x')
  })

  it('makes each word a term that matches its stem or the word itself, and ideographs a phrase', () => {
    const { terms, last } = analyzeQuery('Норова cooperating 峰会')
    expect(terms).toEqual([
      { stem: 'норов', word: 'норова' },
      { stem: 'cooper', word: 'cooperating' },
      { phrase: ['峰', '会'] },
    ])
    expect(last).toBe('')
    expect(matchExpression(terms)).toBe(
      '{title names body} : (("норов" OR "норова") AND ("cooper" OR "cooperating") AND "峰 会")',
    )
    expect(prefixExpression(analyzeQuery('norov vis').terms, 'vis')).toBe(
      '{title names body} : "norov" AND {words} : "vis"*',
    )
    expect(matchExpression(analyzeQuery(' "*) ').terms)).toBeUndefined()
  })

  it('finds and marks the words of a text that a query matched', () => {
    const query = analyzeQuery('cooperating 峰会')
    expect(matchedWords(['Cooperation grows; the cooperative 峰会 met.'], query)).toEqual([
      'Cooperation',
      'cooperative',
      '峰会',
    ])
    expect(matchedWords(['The SCO峰会, 𠀀峰会 held'], analyzeQuery('峰会 sco'))).toEqual(['SCO', '峰会'])
    const long = `${'Filler words. '.repeat(40)}Then cooperation came.`
    const { excerpt, index } = excerptAround(['', 'No match here', long], query, 60)
    expect(index).toBe(2)
    expect(excerpt).toMatch(/^….*Then cooperation came\.$/)
    expect(excerptAround(['', 'No match here'], query)).toEqual({ excerpt: 'No match here', index: 1 })
  })
})
