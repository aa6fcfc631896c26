import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { excerptFor, excerptOf, searchTerms } from '@/data/search'

import { formatDateline } from './format'
import { newsQueryString, parseNewsQuery } from '@/i18n/newsFilter'
import { safeSitePath } from './previewPath'
import { hreflangAlternates } from './seo'
import { JoinedText, Template } from './TextParts'

describe('news filter URLs', () => {
  it('one canonical query string per filter; malformed values dropped', () => {
    const query = parseNewsQuery({ participant: 'vladimir-norov', year: '2019', topic: '', page: '1' })
    expect(newsQueryString(query)).toBe('?year=2019&participant=vladimir-norov')
    expect(parseNewsQuery({ year: 'abc', topic: '<script>', page: '-3' })).toEqual({})
    expect(newsQueryString({ page: 3 })).toBe('?page=3')
  })
})

describe('preview redirects', () => {
  it('stay on this site and in one of its languages', () => {
    expect(safeSitePath('/ru/news/x')).toBe('/ru/news/x')
    expect(safeSitePath('//evil.example/')).toBe('/en')
    expect(safeSitePath('https://evil.example/')).toBe('/en')
    expect(safeSitePath('/\\evil.example')).toBe('/en')
    expect(safeSitePath('/admin')).toBe('/en')
    expect(safeSitePath(null)).toBe('/en')
  })
})

describe('search excerpts', () => {
  it('centre on the first match of any term', () => {
    const text = `${'a'.repeat(300)} Norov said ${'b'.repeat(300)}`
    const excerpt = excerptFor([null, text], searchTerms('  NOROV  '))
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

describe('text parts', () => {
  it('mark an English part of a joined text, and fill a message’s placeholder with an element', () => {
    const place = createElement(JoinedText, {
      parts: [{ text: 'United Nations Headquarters', lang: 'en' }, { text: null }, { text: 'Нью-Йорк' }],
    })
    expect(renderToStaticMarkup(place)).toBe('<span lang="en">United Nations Headquarters</span>, Нью-Йорк')
    const presidency = createElement(Template, {
      text: '{country}担任上合组织轮值主席国期间',
      values: { country: createElement('span', { lang: 'en' }, 'Russia') },
    })
    expect(renderToStaticMarkup(presidency)).toBe('<span lang="en">Russia</span>担任上合组织轮值主席国期间')
  })
})

describe('datelines', () => {
  it('are written as a newsroom writes them, in each language', () => {
    expect(formatDateline('New York', '2019-11-19T12:00:00.000Z')).toBe('NEW YORK, 19 November 2019 —')
    expect(formatDateline('Нью-Йорк', '2019-11-19T12:00:00.000Z', 'ru')).toBe('НЬЮ-ЙОРК, 19 ноября 2019 г. —')
  })
})

describe('hreflang alternates', () => {
  it('uses the tags of <html lang> (zh-Hans) for pages and the sitemap', () => {
    expect(hreflangAlternates('news/x', 'https://n.example')).toEqual({
      en: 'https://n.example/en/news/x',
      ru: 'https://n.example/ru/news/x',
      'zh-Hans': 'https://n.example/zh/news/x',
      'x-default': 'https://n.example/en/news/x',
    })
  })
})
