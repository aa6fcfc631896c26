import type * as NextCache from 'next/cache'
import { describe, expect, it, vi } from 'vitest'

import type { searchSite as SearchSite } from '@/data/search'
import { editorState, paragraphNode } from '@/content/lexical'

import { freshNewsroom } from './helpers/newsroom'
import { releaseData } from './helpers/releases'

// Outside a Next server: cached reads run through (Next's data cache is tested in the browser tests).
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof NextCache>()),
  unstable_cache: <T>(read: T) => read,
}))

const room = freshNewsroom('search')
const reader = { draft: false, user: null }
// Imported once Payload runs on this file's database: '@/data/search' loads the Payload config,
// which reads DATABASE_URL when it is first imported.
const searchSite: typeof SearchSite = async (...args) => (await import('@/data/search')).searchSite(...args)

const bodyWith = (text: string) => editorState([paragraphNode(text)])

describe('site search', () => {
  it('finds words of a release body and of a speech, in public records only', async () => {
    await room.payload.create({
      collection: 'press-releases',
      data: {
        ...releaseData('Body search'),
        body: bodyWith('The Shanghai Spirit guides the talks in Astana.'),
        _status: 'published',
      },
      user: room.users.editor,
      overrideAccess: false,
    })
    await room.payload.create({
      collection: 'press-releases',
      data: { ...releaseData('Unreleased'), body: bodyWith('A secret Shanghai Spirit draft.') },
      draft: true,
      user: room.users.officer,
      overrideAccess: false,
    })
    const results = await searchSite(reader, 'shanghai spirit', 'en')
    const releases = results.groups.find((group) => group.group === 'releases')?.hits ?? []
    expect(releases.map((hit) => hit.title)).toEqual(['Body search'])
    expect(releases[0]!.excerpt).toContain('Shanghai Spirit guides the talks')

    const speaker = await room.payload.create({
      collection: 'participants',
      data: { kind: 'person', name: 'Vladimir Norov', _status: 'published' },
      overrideAccess: true,
    })
    await room.payload.create({
      collection: 'speeches',
      data: {
        title: 'Statement at the Security Council',
        speaker: speaker.id,
        date: '2019-11-19T12:00:00.000Z',
        text: bodyWith('Our organisation rejects double standards in countering terrorism.'),
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    const speeches = (await searchSite(reader, 'double standards', 'en')).groups.find(
      (group) => group.group === 'speeches',
    )?.hits
    expect(speeches?.map((hit) => hit.title)).toEqual(['Statement at the Security Council'])
  })
})

describe('English fallback in search hits', () => {
  it('marks a Russian reader’s titles and excerpts that are shown in English, and only those', async () => {
    const participant = await room.payload.create({
      collection: 'participants',
      data: {
        kind: 'person',
        name: 'Rashid Alimov',
        aliases: ['R. Alimov'],
        bio: 'Rashid Alimov was Secretary-General of the SCO from 2016 to 2018.',
      },
      overrideAccess: true,
    })
    await room.payload.update({
      collection: 'participants',
      id: participant.id,
      locale: 'ru',
      data: { name: 'Рашид Алимов', _status: 'published' },
      overrideAccess: true,
    })
    const hitsFor = async (query: string, locale: 'en' | 'ru') =>
      (await searchSite(reader, query, locale)).groups.find((group) => group.group === 'participants')
        ?.hits ?? []

    // Found in Russian (by its alias, which is not localized): a Russian name, an English bio.
    const [russian] = await hitsFor('Alimov', 'ru')
    expect(russian).toMatchObject({ title: 'Рашид Алимов', excerptLang: 'en' })
    expect(russian!.excerpt).toContain('Secretary-General')
    expect(russian!.titleLang).toBeUndefined()
    // The Russian name matched: nothing is marked.
    const [byName] = await hitsFor('Алимов', 'ru')
    expect(byName).toMatchObject({ title: 'Рашид Алимов', excerpt: 'Рашид Алимов' })
    expect(byName!.excerptLang).toBeUndefined()
    // Found by the English biography it shows in Russian too: its Russian name, the English text marked.
    const [english] = await hitsFor('Secretary-General of the SCO', 'ru')
    expect(english).toMatchObject({ title: 'Рашид Алимов', excerptLang: 'en' })
    expect(english!.titleLang).toBeUndefined()
    // An English reader's hits carry no mark.
    const [inEnglish] = await hitsFor('Alimov', 'en')
    expect(inEnglish).toMatchObject({ title: 'Rashid Alimov' })
    expect(inEnglish!.titleLang).toBeUndefined()
    expect(inEnglish!.excerptLang).toBeUndefined()
  })
})
