import { describe, expect, it } from 'vitest'

import { newsListKey, parseNewsListKey } from './newsFilter'

describe('news-list cache keys', () => {
  it('name each filter once, and refuse any other spelling of it', () => {
    expect(newsListKey({})).toBe('all')
    expect(newsListKey({ year: 2019, topic: 'terrorism', page: 2 })).toBe('topic=terrorism&year=2019&page=2')
    expect(parseNewsListKey('topic=terrorism&year=2019&page=2')).toEqual({
      topic: 'terrorism',
      year: 2019,
      page: 2,
    })
    expect(parseNewsListKey('all')).toEqual({})
    // Other orders, page 1, empty or malformed values: not a key (the proxy redirects those).
    expect(parseNewsListKey('year=2019&topic=terrorism')).toBeUndefined()
    expect(parseNewsListKey('year=2019&page=1')).toBeUndefined()
    expect(parseNewsListKey('year=abc')).toBeUndefined()
    expect(parseNewsListKey('')).toBeUndefined()
  })
})
