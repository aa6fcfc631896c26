import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { formatDateline, formatEventTime, formatPeriod, formatPlaceAndDay } from './format'
import { newsQueryString, parseNewsQuery } from '@/i18n/newsFilter'
import { safeSitePath } from './previewPath'
import { RecordSection } from './RecordSection'
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

describe('dates', () => {
  it('are written as a newsroom writes them, in each language', () => {
    expect(formatDateline('New York', '2019-11-19T12:00:00.000Z')).toBe('NEW YORK, 19 November 2019 —')
    expect(formatDateline('Нью-Йорк', '2019-11-19T12:00:00.000Z', 'ru')).toBe(
      'НЬЮ-ЙОРК, 19 ноября 2019 года —',
    )
    // The social card's dateline has no dash; a dateline without a place is its day.
    expect(formatPlaceAndDay(null, '2019-11-19T12:00:00.000Z')).toBe('19 November 2019')
  })

  it('give an event’s time in its own zone, and spans of days', () => {
    expect(formatEventTime('2019-11-19T15:00:00.000Z', 'America/New_York')).toContain('19 November 2019')
    expect(formatEventTime('2019-11-19T15:00:00.000Z', 'America/New_York')).toContain('10:00')
    expect(formatPeriod('en', '2019-01-01T12:00:00.000Z', '2021-12-31T12:00:00.000Z')).toBe(
      '1 January 2019 – 31 December 2021',
    )
    expect(formatPeriod('en', '2017-06-09T12:00:00.000Z')).toBe('since 9 June 2017')
    expect(formatPeriod('en', null, '2017-06-09T12:00:00.000Z')).toBe('… – 9 June 2017')
  })
})

describe('record sections', () => {
  it('link records that have a page, name the others, and mark English names', () => {
    const section = createElement(RecordSection, {
      title: 'Участники',
      items: [
        { id: 1, text: 'Vladimir Norov', lang: 'en' as const, href: '/ru/participants/vladimir-norov' },
        { id: 2, text: 'Индия' },
      ],
    })
    expect(renderToStaticMarkup(section)).toBe(
      '<section class="record-section"><h2>Участники</h2><ul>' +
        '<li><a lang="en" href="/ru/participants/vladimir-norov">Vladimir Norov</a></li>' +
        '<li><span>Индия</span></li></ul></section>',
    )
    expect(renderToStaticMarkup(createElement(RecordSection, { title: 'None', items: [] }))).toBe('')
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
