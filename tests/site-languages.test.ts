import type * as NextCache from 'next/cache'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

import { editorState, paragraphNode } from '@/content/lexical'
import type * as Search from '@/data/search'
import type * as Releases from '@/data/releases'
import type * as Release from '@/data/release'
import type { ReleaseList as List } from '@/site/ReleaseList'

import { freshNewsroom } from './helpers/newsroom'
import { draftRelease, releaseData } from './helpers/releases'

/**
 * The public site in each language (issue 13, item 3): search finds a release's Russian words
 * and counts it once, a query in another script is offered that language's results, lists mark
 * what is shown in English, and datelines read in the page's language.
 */
// Next's data cache needs a running Next server; here the public fetchers read straight through.
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof NextCache>()),
  unstable_cache: <T>(read: T) => read,
}))

const room = freshNewsroom('site-languages')
const reader = { draft: false, user: null }
// Imported once Payload runs on this file's database (the config reads DATABASE_URL at import).
const search = () => import('@/data/search') as Promise<typeof Search>
const releasesModule = () => import('@/data/releases') as Promise<typeof Releases>
const releaseModule = () => import('@/data/release') as Promise<typeof Release>

const editor = () => ({ user: room.users.editor, overrideAccess: false })
const body = (text: string) => editorState([paragraphNode(text)])
const date = '2019-11-19T12:00:00.000Z'

async function publish(headline: string, text: string) {
  return room.payload.create({
    collection: 'press-releases',
    data: {
      ...releaseData(headline),
      dateline: { place: 'New York', date },
      body: body(text),
      _status: 'published',
    },
    ...editor(),
  })
}

/** A translation written and approved (the public reads only approved ones: src/workflow/translation). */
async function translate(id: number, locale: 'ru' | 'zh', headline: string, text: string, place: string) {
  await room.payload.update({
    collection: 'press-releases',
    id,
    locale,
    data: { headline, summary: text, body: body(text), dateline: { place, date } },
    ...editor(),
  })
  const { approveLoadedTranslations } = await import('@/workflow/translation/apply')
  await approveLoadedTranslations(room.payload, id)
}

async function offer(query: string, locale: 'en' | 'ru' | 'zh') {
  const { searchOtherLanguage, searchSite } = await search()
  return searchOtherLanguage(await searchSite(reader, query, locale), locale)
}

async function releaseHits(query: string, locale: 'en' | 'ru' | 'zh') {
  const results = await (await search()).searchSite(reader, query, locale)
  return {
    hits: results.groups.find((group) => group.group === 'releases')?.hits ?? [],
    total: results.total,
  }
}

describe('search in each language', () => {
  it('finds a Russian translation by its Russian words, once, and offers it to a Cyrillic query in English', async () => {
    const translated = await publish('Memorandum on drug trafficking signed', 'UNODC and the SCO signed it.')
    await translate(
      translated.id,
      'ru',
      'Подписан меморандум о борьбе с наркотрафиком',
      'УНП ООН и ШОС подписали меморандум о взаимопонимании.',
      'Нью-Йорк',
    )
    // A draft with the same Russian word: never matched, never counted, in any language.
    const draft = await draftRelease(room.payload, room.users.officer, 'Secret draft')
    await room.payload.update({
      collection: 'press-releases',
      id: draft.id,
      locale: 'ru',
      draft: true,
      data: { headline: 'Секретный меморандум' },
      user: room.users.officer,
      overrideAccess: false,
    })

    const russian = await releaseHits('меморандума', 'ru')
    expect(russian.hits.map((hit) => hit.title)).toEqual(['Подписан меморандум о борьбе с наркотрафиком'])
    expect(russian.total).toBe(1)
    expect(russian.hits[0]!.titleLang).toBeUndefined()
    expect(russian.hits[0]!.excerptLang).toBeUndefined()

    // Its English words on the Russian page: its Russian title (the page it links to is Russian), the English excerpt marked.
    const byEnglish = await releaseHits('trafficking', 'ru')
    expect(byEnglish.hits).toHaveLength(1)
    expect(byEnglish.hits[0]).toMatchObject({
      title: 'Подписан меморандум о борьбе с наркотрафиком',
      excerptLang: 'en',
    })
    expect(byEnglish.hits[0]!.titleLang).toBeUndefined()

    // The English page finds nothing for the Russian word, and offers the Russian page's one result.
    expect((await releaseHits('меморандум', 'en')).total).toBe(0)
    expect(await offer('меморандум', 'en')).toEqual({ locale: 'ru', total: 1 })
    // A Chinese page offers Russian results too; a Russian query on the Russian page offers nothing.
    expect(await offer('меморандум', 'zh')).toEqual({ locale: 'ru', total: 1 })
    expect(await offer('меморандум', 'ru')).toBeUndefined()
  })

  it('counts an English-only release once on a Russian page, marked English, and offers English to a Latin query', async () => {
    await publish('Kookaburra roundtable held', 'The kookaburra roundtable met in Vienna.')
    const russian = await releaseHits('kookaburra', 'ru')
    // Its Russian entry (the English text as fallback) and its English one both match: one hit.
    expect(russian.total).toBe(1)
    expect(russian.hits[0]).toMatchObject({ title: 'Kookaburra roundtable held', titleLang: 'en' })

    // The Chinese page shows it in English only: the English page's result is offered.
    expect((await releaseHits('kookaburra', 'zh')).hits[0]).toMatchObject({ titleLang: 'en' })
    expect(await offer('kookaburra', 'zh')).toEqual({ locale: 'en', total: 1 })
    expect(await offer('笑翠鸟', 'en')).toBeUndefined()

    // Translated into Chinese with its Latin name in the text: found in Chinese, so English is not
    // offered; a Han query on the English page is offered the Chinese result.
    const lyrebird = await publish('Lyrebird forum opens', 'The lyrebird forum opened in Vienna.')
    await translate(lyrebird.id, 'zh', '琴鸟论坛开幕', 'Lyrebird 论坛在维也纳开幕。', '维也纳')
    expect((await releaseHits('lyrebird', 'zh')).hits[0]).toMatchObject({ title: '琴鸟论坛开幕' })
    expect(await offer('lyrebird', 'zh')).toBeUndefined()
    expect(await offer('琴鸟', 'en')).toEqual({ locale: 'zh', total: 1 })
  })
})

describe('lists and pages in each language', () => {
  it('mark a release shown in English, per language, and write its dateline in the page’s language', async () => {
    const both = await publish('Pelican summit opens', 'The pelican summit opened.')
    await translate(both.id, 'ru', 'Открылся саммит пеликанов', 'Саммит открылся.', 'Нью-Йорк')
    const english = await publish('Heron talks held', 'The heron talks were held.')
    const { findReleases } = await releasesModule()
    const listed = async (locale: 'en' | 'ru' | 'zh') =>
      (await findReleases(reader, { locale, where: { id: { in: [both.id, english.id] } } })).docs

    const ru = await listed('ru')
    expect(ru.map((release) => [release.headline, release.headlineLang, release.datelinePlaceLang])).toEqual([
      ['Heron talks held', 'en', 'en'],
      ['Открылся саммит пеликанов', undefined, undefined],
    ])
    const zh = await listed('zh')
    expect(zh.map((release) => [release.headlineLang, release.datelinePlaceLang])).toEqual([
      ['en', 'en'],
      ['en', 'en'],
    ])
    const en = await listed('en')
    expect(en.map((release) => [release.headlineLang, release.datelinePlaceLang])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ])

    // As the list shows them: the English one says so and carries lang="en"; the date is Russian.
    const { ReleaseList } = (await import('@/site/ReleaseList')) as { ReleaseList: typeof List }
    const html = renderToStaticMarkup(createElement(ReleaseList, { releases: ru, locale: 'ru' }))
    const [heron, pelican] = html.split('</li>')
    expect(heron).toContain('<h2 lang="en">')
    expect(heron).toContain('<p class="lang-label">На английском</p>')
    expect(heron).toContain('<span lang="en">NEW YORK</span>, 19 ноября 2019 года —')
    expect(pelican).not.toContain('lang-label')
    expect(pelican).toContain('НЬЮ-ЙОРК, 19 ноября 2019 года —')
    expect(renderToStaticMarkup(createElement(ReleaseList, { releases: en, locale: 'en' }))).not.toContain(
      'lang-label',
    )

    // The release page's data: the place's language, per page.
    const { getReleaseBySlug } = await releaseModule()
    const page = async (slug: string, locale: 'ru' | 'zh') => getReleaseBySlug(reader, slug, locale)
    expect(await page(both.slug!, 'ru')).toMatchObject({ translated: true, dateline: { place: 'Нью-Йорк' } })
    expect((await page(both.slug!, 'ru'))!.datelinePlaceLang).toBeUndefined()
    expect(await page(both.slug!, 'zh')).toMatchObject({ translated: false, datelinePlaceLang: 'en' })
    expect(await page(english.slug!, 'ru')).toMatchObject({ translated: false, datelinePlaceLang: 'en' })
  })
})
