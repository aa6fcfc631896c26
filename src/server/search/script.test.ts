import { describe, expect, it } from 'vitest'

import { queryLanguage } from './script'

describe('the language of a query, by its script', () => {
  it('reads Cyrillic as Russian, Han as Chinese and Latin as English; the most letters win', () => {
    expect(queryLanguage('Норов')).toBe('ru')
    expect(queryLanguage('诺罗夫')).toBe('zh')
    expect(queryLanguage('Norov')).toBe('en')
    expect(queryLanguage('ШОС SCO')).toBe('ru')
    expect(queryLanguage('SCO 上合')).toBe('en')
    expect(queryLanguage('上海合作组织 SCO')).toBe('zh')
  })

  it('names no language without letters of ours', () => {
    expect(queryLanguage('59/48')).toBeUndefined()
    expect(queryLanguage('')).toBeUndefined()
    expect(queryLanguage('ひらがな')).toBeUndefined()
  })
})
