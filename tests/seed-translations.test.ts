import type * as NextCache from 'next/cache'
import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import type { searchSite as SearchSite } from '@/data/search'
import { blockFieldsOf, plainText } from '@/content/lexical'
import { translationLocales, type Locale } from '@/content/locales'
import { seedData } from '@/seed/data'
import { seed } from '@/seed/run'
import { validateSeedData } from '@/seed/validate'

import { freshNewsroom } from './helpers/newsroom'

// Outside a Next server: cached reads run through (Next's data cache is tested in the browser tests).
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof NextCache>()),
  unstable_cache: <T>(read: T) => read,
}))

/** The demo newsroom in Russian and Chinese (issue 13, item 1): stored, published and searchable. */

const room = freshNewsroom('seed-translations')
const reader = { draft: false, user: null }
// Imported once Payload runs on this file's database (see tests/search.test.ts).
const searchSite: typeof SearchSite = async (...args) => (await import('@/data/search')).searchSite(...args)

const translations = seedData.translations!
const translated = (locale: Locale) => translations[locale as 'ru' | 'zh']!

/** As the public reads it in one language, with no fallback: a missing translation reads as undefined. */
const publicFind = <T extends CollectionSlug>(collection: T, slug: string, locale: Locale) =>
  room.payload
    .find({
      collection,
      where: { slug: { equals: slug } },
      locale,
      fallbackLocale: false,
      depth: 0,
      limit: 1,
      overrideAccess: false,
    })
    .then((result) => result.docs[0]!)

describe('the demo newsroom in Russian and Chinese', () => {
  beforeAll(async () => {
    await seed(room.payload)
  })

  it('publishes every release in each language: headline, dateline, summary and the whole body', async () => {
    expect(translationLocales).toEqual(['ru', 'zh'])
    for (const release of seedData.releases) {
      const english = await publicFind('press-releases', release.key, 'en')
      for (const locale of translationLocales) {
        const t = translated(locale).releases![release.key]!
        const doc = await publicFind('press-releases', release.key, locale)
        const at = `${release.key} (${locale})`
        expect(doc.headline, at).toBe(t.headline)
        expect(doc.summary, at).toBe(t.summary)
        expect(doc.dateline.place, at).toBe(t.dateline.place)
        expect(doc.dateline.date, at).toBe(english.dateline.date)
        const text = plainText(doc.body)
        for (const node of t.body) if ('paragraph' in node) expect(text, at).toContain(node.paragraph)
        expect(text, at).not.toContain(plainText(english.body).slice(0, 40))
        // The same quote and document blocks at the same places; quotes as the speech was given.
        for (const block of ['speechQuote', 'documentReference'])
          expect(blockFieldsOf(doc.body, block), `${at}: ${block}`).toEqual(
            blockFieldsOf(english.body, block),
          )
      }
    }
  })

  it('translates the records the releases use, and keeps their English', async () => {
    const norovRu = await publicFind('participants', 'vladimir-norov', 'ru')
    expect(norovRu).toMatchObject({ name: 'Владимир Норов' })
    expect(norovRu.positions?.map((p) => p.title)).toEqual(['Генеральный секретарь ШОС'])
    expect(norovRu.bio).toMatch(/^Узбекистанский дипломат/)
    // A localized title in an array row: writing Russian kept the English row and its dates.
    const norovEn = await publicFind('participants', 'vladimir-norov', 'en')
    expect(norovEn.positions?.map((p) => [p.title, p.from?.slice(0, 10)])).toEqual([
      ['SCO Secretary-General', '2019-01-01'],
    ])
    expect(await publicFind('participants', 'unodc', 'ru')).toMatchObject({
      name: 'Управление ООН по наркотикам и преступности',
      shortName: 'УНП ООН',
    })
    const event = await publicFind('events', 'un-sco-high-level-event-2019', 'zh')
    expect(event).toMatchObject({ city: '纽约', venue: '联合国总部' })
    expect(plainText(event.description)).toContain('第三次联合国—上海合作组织高级别特别活动')
    expect(event.livestream?.note).toMatch(/^由联合国新闻部门/)
    const notes = new Map(event.participation?.map((row) => [row.participant, row.note]))
    const norov = await publicFind('participants', 'vladimir-norov', 'en')
    expect(notes.get(norov.id)).toBe('上海合作组织秘书长；开幕式和闭幕致辞')
    // The rows are the English ones, in order, with their English notes kept.
    const english = await publicFind('events', 'un-sco-high-level-event-2019', 'en')
    expect(event.participation?.map((row) => row.participant)).toEqual(
      english.participation?.map((row) => row.participant),
    )
    expect(english.participation?.find((row) => row.participant === norov.id)?.note).toBe(
      'SCO Secretary-General; opening session and closing remarks',
    )
    expect(await publicFind('documents', 'sco-charter', 'ru')).toMatchObject({ place: 'Санкт-Петербург' })
    expect((await publicFind('topics', 'terrorism', 'zh')).description).toMatch(/恐怖主义/)
  })

  it('gives speeches a title in each language but never translates what was said', async () => {
    const english = await publicFind('speeches', 'norov-un-sco-2019-opening-remarks', 'en')
    const russian = await publicFind('speeches', 'norov-un-sco-2019-opening-remarks', 'ru')
    expect(russian.title).toMatch(/^Выступление Генерального секретаря ШОС Владимира Норова/)
    // Given in English: no Russian quotes or text are stored (the site falls back to the English).
    expect(russian.quotes?.map((q) => q.quote ?? null)).toEqual(english.quotes?.map(() => null))
    expect(russian.text ?? null).toBeNull()
  })

  it('finds a release by a Russian or a Chinese word of its body', async () => {
    const hits = async (query: string, locale: Locale) =>
      (await searchSite(reader, query, locale)).groups.find((group) => group.group === 'releases')?.hits ?? []
    const ru = translated('ru').releases!['un-sco-third-high-level-event-2019']!
    const zh = translated('zh').releases!['un-sco-third-high-level-event-2019']!
    // Words only this release has; the Russian typed in another case than the text's.
    expect((await hits('квазигосударства', 'ru')).map((hit) => hit.title)).toEqual([ru.headline])
    expect((await hits('сращивание терроризма', 'ru')).map((hit) => hit.title)).toContain(ru.headline)
    expect((await hits('准国家', 'zh')).map((hit) => hit.title)).toEqual([zh.headline])
  })
})

describe('a broken translation', () => {
  const copy = () => structuredClone(seedData) as typeof seedData
  const problems = (data: typeof seedData) => {
    try {
      validateSeedData(data)
    } catch (error) {
      return (error as Error).message
    }
    return ''
  }
  const key = 'un-sco-third-high-level-event-2019'

  it('is refused when a paragraph is missing, naming the release, the language and the field', () => {
    const data = copy()
    data.translations!.ru!.releases![key]!.body.splice(2, 1)
    const message = problems(data)
    expect(message).toMatch(/nothing was written/)
    expect(message).toContain(`releases "${key}" (ru): body has 23 blocks, the English 24`)
    expect(message).toContain(
      `releases "${key}" (ru): body.8 is a quote block where the English has a paragraph block`,
    )
  })

  it('is refused when written in another script, or when it translates a quotation', () => {
    const data = copy()
    const zh = data.translations!.zh!
    zh.releases![key]!.summary = seedData.releases[0]!.summary
    zh.speeches!['norov-un-sco-2019-closing-remarks']!.quotes = ['上合组织决心为这一进程作出积极贡献']
    zh.events!['not-an-event'] = { title: '不存在的活动' }
    const message = problems(data)
    expect(message).toContain(
      `releases "${key}" (zh): summary is not Chinese: 0% of its letters are Han (Chinese)`,
    )
    expect(message).toContain(
      'speeches "norov-un-sco-2019-closing-remarks" (zh): quotes are quoted as given (the speech was given in English), never translated',
    )
    expect(message).toContain('events "not-an-event" (zh): is not a record of the English data')
  })

  it('is refused by the schema with the same names', () => {
    const data = copy()
    data.translations!.ru!.releases![key]!.headline = ''
    expect(problems(data)).toContain(`releases "${key}" (ru): headline Too small`)
  })
})
