import { describe, expect, it } from 'vitest'

import { publicWhere } from './publicWhere'

const localized = ['headline', 'dateline.place', 'summary']
const like = { like: 'word' }

describe('a public where on translated fields', () => {
  it('reads the translation where it is public and the English elsewhere', () => {
    expect(publicWhere({ headline: like }, localized, 'ru')).toEqual({
      or: [
        { and: [{ 'publicLanguages.ruPublic': { equals: true } }, { 'headline.ru': like }] },
        {
          and: [
            {
              or: [
                { 'publicLanguages.ruPublic': { equals: false } },
                { 'publicLanguages.ruPublic': { exists: false } },
              ],
            },
            { 'headline.en': like },
          ],
        },
      ],
    })
  })

  it('catches explicit languages, nested conditions and every-language reads; leaves the rest', () => {
    const english = { slug: { equals: 'a' }, 'headline.en': like, headline: like }
    expect(publicWhere(english, localized, 'en')).toEqual(english)
    const nested = publicWhere(
      { or: [{ 'dateline.place.zh': like }, { slug: { equals: 'a' } }] },
      localized,
      'en',
    )
    expect(JSON.stringify(nested)).toContain('"publicLanguages.zhPublic":{"equals":true}')
    expect((nested.or as unknown[])[1]).toEqual({ slug: { equals: 'a' } })
    const all = publicWhere({ summary: like }, localized, 'all')
    expect(all).toEqual({
      or: [
        { 'summary.en': like },
        { and: [{ 'publicLanguages.ruPublic': { equals: true } }, { 'summary.ru': like }] },
        { and: [{ 'publicLanguages.zhPublic': { equals: true } }, { 'summary.zh': like }] },
      ],
    })
    const mixed = publicWhere({ slug: { equals: 'a' }, headline: like }, localized, 'zh')
    expect(mixed.and).toHaveLength(2)
    expect((mixed.and as unknown[])[0]).toEqual({ slug: { equals: 'a' } })
  })
})
