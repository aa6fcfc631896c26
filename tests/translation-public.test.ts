import type * as NextCache from 'next/cache'
import { describe, expect, it, vi } from 'vitest'

import { editorState, paragraphNode } from '@/content/lexical'

import { atTime } from './helpers/clock'
import { anonymous } from './helpers/http'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease } from './helpers/releases'

// Next's data cache needs a running Next server; here the public fetchers read straight through.
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof NextCache>()),
  unstable_cache: <T>(read: T) => read,
}))

/** What the public reads of translations: the last approved one, never a pending one, not even through a filter. */
const room = freshNewsroom('translation-public')

const desk = (role: 'officer' | 'editor', id: number, body: Record<string, unknown>) =>
  room.http.rest('POST', `/press-releases/${id}/translation`, room.sessions[role], body)

const latest = (id: number) =>
  room.payload.findByID({ collection: 'press-releases', id, draft: true, locale: 'all', depth: 0 })

async function translate(id: number, headline: string) {
  await room.payload.update({
    collection: 'press-releases',
    id,
    locale: 'ru',
    data: {
      headline,
      dateline: { place: 'Нью-Йорк' },
      summary: 'Генеральные секретари обсудили сотрудничество.',
      body: editorState([paragraphNode('Они обсудили сотрудничество.')]),
    },
    draft: true,
    user: room.users.officer,
    overrideAccess: false,
  })
}

async function published(headline: string, russian: string, approve: boolean): Promise<number> {
  const { id } = await draftRelease(room.payload, room.users.officer, headline)
  await translate(id, russian)
  if (approve) {
    expect((await desk('officer', id, { locale: 'ru', action: 'done' })).status).toBe(200)
    expect((await desk('editor', id, { locale: 'ru', action: 'approve' })).status).toBe(200)
  }
  expect((await room.act('officer', id, { action: 'submit' })).status).toBe(200)
  expect((await room.act('editor', id, { action: 'publish' })).status).toBe(200)
  return id
}

const publicHeadline = async (id: number, locale: string) =>
  (await room.http.rest('GET', `/press-releases/${id}?locale=${locale}`, anonymous)).body.headline

describe('a translation that needs an update', () => {
  it('stays public as approved until its translator edits it; only staff see it needs an update', async () => {
    const id = await published('Approved, then the English changes', 'Одобренный перевод', true)
    expect(await publicHeadline(id, 'ru')).toBe('Одобренный перевод')

    await room.payload.update({
      collection: 'press-releases',
      id,
      data: { summary: 'A corrected English summary.' },
      draft: true,
      user: room.users.editor,
      overrideAccess: false,
    })
    expect((await room.act('officer', id, { action: 'submit' })).status).toBe(200)
    expect((await room.act('editor', id, { action: 'publish' })).status).toBe(200)

    const release = await latest(id)
    expect(release.translations?.ru).toMatchObject({ status: 'needs_update', approved: true })
    expect(await publicHeadline(id, 'ru')).toBe('Одобренный перевод')
    const publicRead = await room.http.rest('GET', `/press-releases/${id}?locale=ru`, anonymous)
    expect(JSON.stringify(publicRead.body)).not.toContain('needs_update')
    // An edit of the Russian, published before it is approved again, is not public: English is.
    await translate(id, 'Исправленный, но не одобренный перевод')
    expect((await room.act('officer', id, { action: 'submit' })).status).toBe(200)
    expect((await room.act('editor', id, { action: 'publish' })).status).toBe(200)
    expect(await publicHeadline(id, 'ru')).toBe('Approved, then the English changes')
  })
})

describe('a public filter on a translated field', () => {
  const count = async (query: string, session = anonymous) =>
    (await room.http.rest('GET', `/press-releases?${query}`, session)).body.totalDocs

  it('never matches a pending translation, and matches what the public reads', async () => {
    const pending = await published('Pending Russian filter test', 'Тайныйзаголовок ожидает', false)
    const approved = await published('Approved Russian filter test', 'Открытыйзаголовок одобрен', true)
    expect(pending && approved).toBeTruthy()

    expect(await count('locale=ru&where[headline][like]=Тайныйзаголовок')).toBe(0)
    expect(await count('locale=en&where[headline.ru][like]=Тайныйзаголовок')).toBe(0)
    expect(await count('locale=ru&where[or][0][headline][like]=Тайныйзаголовок')).toBe(0)
    expect(await count('locale=all&where[headline][like]=Тайныйзаголовок')).toBe(0)
    expect(await count('locale=all&where[headline][like]=Открытыйзаголовок')).toBe(1)
    expect(await count('locale=ru&where[headline][like]=Открытыйзаголовок')).toBe(1)
    // The public reads the English on the Russian site where the translation is pending: it matches.
    expect(await count('locale=ru&where[headline][like]=Pending Russian filter')).toBe(1)
    expect(await count('locale=ru&where[headline][like]=Approved Russian filter')).toBe(0)
    const counted = await room.http.rest(
      'GET',
      '/press-releases/count?locale=ru&where[headline][like]=Тайныйзаголовок',
      anonymous,
    )
    expect(counted.body.totalDocs).toBe(0)
    const graphql = await room.http.graphql(
      '{ PressReleases(locale: ru, where: { headline: { like: "Тайныйзаголовок" } }) { totalDocs } }',
    )
    expect(graphql.body).toMatchObject({ data: { PressReleases: { totalDocs: 0 } } })
    // Staff filter the pending text as it is.
    expect(await count('locale=ru&where[headline][like]=Тайныйзаголовок', room.sessions.officer)).toBe(1)
  })

  it('cannot order releases by a pending translation: a public sort on it is refused, naming sort', async () => {
    for (const query of [
      'locale=ru&sort=headline',
      'locale=ru&sort=-summary',
      'locale=en&sort=headline.zh',
      'locale=all&sort=headline',
    ]) {
      const answer = await room.http.rest('GET', `/press-releases?${query}`, anonymous)
      expect(answer.status, query).toBe(400)
      expect(JSON.stringify(answer.body), query).toContain('sort')
    }
    const graphql = await room.http.graphql('{ PressReleases(locale: ru, sort: "headline") { totalDocs } }')
    expect(JSON.stringify(graphql.body)).toContain('orders by a translation')
    // English sorts, the site's own sorts and staff sorts stay open.
    for (const [query, session] of [
      ['locale=en&sort=headline', anonymous],
      ['locale=ru&sort=-firstPublishedAt', anonymous],
      ['locale=ru&sort=headline', room.sessions.officer],
    ] as const) {
      expect((await room.http.rest('GET', `/press-releases?${query}`, session)).status, query).toBe(200)
    }
  })
})

describe('a scheduled publication', () => {
  it('checks "hold until every language is approved" again at its time', async () => {
    const { id } = await draftRelease(room.payload, room.users.officer, 'Scheduled, then held')
    expect((await room.act('officer', id, { action: 'submit' })).status).toBe(200)
    const at = new Date(Date.now() + 3_600_000)
    const scheduled = await room.act('editor', id, {
      action: 'schedule',
      at: at.toISOString(),
      timezone: 'UTC',
    })
    expect(scheduled.status).toBe(200)
    // The editor decides afterwards to wait for the translations.
    const policy = await room.http.rest('PATCH', `/press-releases/${id}?draft=true`, room.sessions.editor, {
      translationPolicy: 'hold',
    })
    expect(policy.status).toBe(200)
    expect((await latest(id)).editorialStatus).toBe('scheduled')

    // Other tests' emails wait in the same queue: run them all.
    await atTime(new Date(at.getTime() + 60_000), () => room.payload.jobs.run({ limit: 500 }))
    const after = await latest(id)
    expect(after.editorialStatus).toBe('scheduled')
    expect((await room.http.rest('GET', `/press-releases/${id}`, anonymous)).status).toBe(404)
    const { docs } = await room.payload.find({
      collection: 'activity',
      where: { release: { equals: id }, action: { equals: 'translation' } },
      overrideAccess: true,
    })
    expect(docs.map((entry) => entry.note).join()).toContain('Russian (missing), Chinese (missing)')
  })
})

describe('feeds and search suggestions on the Russian site', () => {
  it('say when an item is in English', async () => {
    await published('Feedlabel pending item', 'Ожидающий перевод ленты', false)
    await published('Feedlabel approved item', 'Одобренный перевод ленты', true)
    const { feedResponse } = await import('@/site/feed')
    const rss = await (await feedResponse('ru', 'rss')).text()
    expect(rss).toContain('Feedlabel pending item (На английском)')
    expect(rss).toContain('Одобренный перевод ленты')
    expect(rss).not.toContain('Одобренный перевод ленты (На английском)')
    const english = await (await feedResponse('en', 'atom')).text()
    expect(english).not.toContain('На английском')

    const { GET } = await import('../app/(site)/[locale]/search/suggest/route')
    const answer = await GET(new Request('http://127.0.0.1/ru/search/suggest?q=feedlabel'), {
      params: Promise.resolve({ locale: 'ru' }),
    })
    const { suggestions } = (await answer.json()) as { suggestions: Record<string, unknown>[] }
    expect(suggestions).toContainEqual(
      expect.objectContaining({ title: 'Feedlabel pending item', lang: 'en', note: 'На английском' }),
    )
  })

  it("give the 404 page's latest headlines: public ones only, an English one marked", async () => {
    const pending = await published('Latestlist pending item', 'Ожидающий последний', false)
    const approved = await published('Latestlist approved item', 'Одобренный последний', true)
    const draft = await draftRelease(room.payload, room.users.officer, 'Latestlist unpublished draft')
    const { GET } = await import('../app/(site)/[locale]/latest.json/route')
    const read = (locale: string) =>
      GET(new Request(`http://127.0.0.1/${locale}/latest.json`), { params: Promise.resolve({ locale }) })
    const slugOf = async (id: number) => (await latest(id)).slug
    const answer = await read('ru')
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toContain('s-maxage=')
    const links = (await answer.json()) as unknown[]
    expect(links.length).toBeLessThanOrEqual(5)
    // The newest first: the approved translation in Russian, the pending one in English, marked.
    expect(links.slice(0, 2)).toEqual([
      { slug: await slugOf(approved), headline: 'Одобренный последний' },
      { slug: await slugOf(pending), headline: 'Latestlist pending item', lang: 'en' },
    ])
    expect(JSON.stringify(links)).not.toContain('Latestlist unpublished draft')
    expect(JSON.stringify(links)).not.toContain(String(await slugOf(draft.id)))
    expect(((await (await read('en')).json()) as unknown[])[0]).toEqual({
      slug: await slugOf(approved),
      headline: 'Latestlist approved item',
    })
    const unknown = await read('xx')
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toEqual({ error: 'locale: not a language of the site' })
  })
})

describe('assigning a translation', () => {
  it('to someone else is for editors; an officer takes a language only for themselves', async () => {
    const { id } = await draftRelease(room.payload, room.users.officer, 'Assigned by an editor')
    const toOfficer = { locale: 'zh', action: 'assign', assignee: room.users.officer.id }
    expect((await desk('editor', id, toOfficer)).status).toBe(200)
    expect((await latest(id)).translations?.zh?.assignee).toBe(room.users.officer.id)
    const toEditor = { locale: 'zh', action: 'assign', assignee: room.users.editor.id }
    const refused = await desk('officer', id, toEditor)
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toContain('Only an editor can assign')
    expect((await desk('officer', id, { locale: 'zh', action: 'assign', assignee: null })).status).toBe(200)
    expect((await desk('officer', id, toOfficer)).status).toBe(200)
  })
})
