import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { Dateline } from './Dateline'
import { datelineDay, formatDateline } from './format'

const day = '2019-11-19T12:00:00.000Z'
const html = (props: Parameters<typeof Dateline>[0]) => renderToStaticMarkup(createElement(Dateline, props))

describe('datelines in each language (issue 13)', () => {
  it('write the place and the day as each language’s newsroom does', () => {
    expect(formatDateline('New York', day, 'en')).toBe('NEW YORK, 19 November 2019 —')
    expect(formatDateline('Нью-Йорк', day, 'ru')).toBe('НЬЮ-ЙОРК, 19 ноября 2019 года —')
    expect(formatDateline('纽约', day, 'zh')).toBe('2019年11月19日，纽约——')
    expect(formatDateline('Вена', '2020-03-04T12:00:00.000Z', 'ru')).toBe('ВЕНА, 4 марта 2020 года —')
    expect(formatDateline(null, day, 'zh')).toBe('2019年11月19日——')
  })

  it('keep the release’s own day, wherever it was picked and whoever reads it', () => {
    // A day-only date is stored at noon UTC; an admin's picker may store noon in its own zone:
    // noon in Beijing is 04:00 UTC, noon in New York 17:00 UTC. All read as 19 November.
    for (const stored of [day, '2019-11-19T04:00:00.000Z', '2019-11-19T17:00:00.000Z']) {
      expect(datelineDay(stored, 'en')).toBe('19 November 2019')
      expect(datelineDay(stored, 'ru')).toBe('19 ноября 2019 года')
      expect(datelineDay(stored, 'zh')).toBe('2019年11月19日')
    }
    // 23:30 on 18 November in New York is already the 19th in Beijing (and in UTC): the dateline
    // is the stored calendar day, read in UTC, never the reader's or the server's zone.
    expect(datelineDay('2019-11-19T04:30:00.000Z', 'zh')).toBe('2019年11月19日')
    expect(datelineDay(new Date('2019-11-18T23:30:00-05:00'), 'ru')).toBe('19 ноября 2019 года')
  })

  it('mark a place shown in English on a Russian or Chinese page, and say their language in English text', () => {
    expect(html({ place: 'New York', placeLang: 'en', date: day, locale: 'ru' })).toBe(
      '<p class="dateline"><span lang="en">NEW YORK</span>, 19 ноября 2019 года —</p>',
    )
    expect(html({ place: 'New York', placeLang: 'en', date: day, locale: 'zh', inEnglishText: true })).toBe(
      '<p class="dateline" lang="zh-Hans">2019年11月19日，<span lang="en">NEW YORK</span>——</p>',
    )
    expect(html({ place: 'Нью-Йорк', date: day, locale: 'ru' })).toBe(
      '<p class="dateline">НЬЮ-ЙОРК, 19 ноября 2019 года —</p>',
    )
    // English pages carry no marks.
    expect(html({ place: 'New York', date: day, locale: 'en', inEnglishText: true })).toBe(
      '<p class="dateline">NEW YORK, 19 November 2019 —</p>',
    )
  })
})
