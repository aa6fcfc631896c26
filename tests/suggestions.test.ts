import type * as NextCache from 'next/cache'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

import { editorState, paragraphNode } from '@/content/lexical'
import type { Locale } from '@/content/locales'
import { countOpenSuggestions } from '@/content/suggestions'
import type { searchSite as SearchSite } from '@/data/search'
import { RichBody } from '@/site/RichBody'

import { atTime } from './helpers/clock'
import { anonymous } from './helpers/http'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease, releaseData } from './helpers/releases'

// Outside a Next server: cached reads run through.
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof NextCache>()),
  unstable_cache: <T>(read: T) => read,
}))

/**
 * Suggestions (track changes) in a release body (issue 15, item 5): stored as written, refused
 * on every way to review and publication while open in any language, and never shown to the public.
 */
const room = freshNewsroom('suggestions')
const searchSite: typeof SearchSite = async (...args) => (await import('@/data/search')).searchSite(...args)

const text = (t: string) => ({
  type: 'text',
  version: 1,
  text: t,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
})
const mark = (type: 'suggestedInsertion' | 'suggestedDeletion', words: string, id: string) => ({
  type,
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  suggestionId: id,
  by: String(room.users.editor.id),
  byName: 'Editor',
  at: '2026-12-01T08:00:00.000Z',
  children: [text(words)],
})

/** "The ministers met [+zanzibarquill ]the [−secret ]delegation." */
const suggestedBody = (inserted = 'zanzibarquill ', deleted = 'secret ') =>
  editorState([
    {
      ...paragraphNode(''),
      children: [
        text('The ministers met '),
        mark('suggestedInsertion', inserted, 'ins1'),
        text('the '),
        mark('suggestedDeletion', deleted, 'del1'),
        text('delegation.'),
      ],
    },
  ])
const cleanBody = () => editorState([paragraphNode('The ministers met the secret delegation.')])

const asRole = (role: 'officer' | 'editor') => ({ user: room.users[role], overrideAccess: false as const })
/** As staff read it: a read without a user is the public's, without the marks (src/fields/staffMarks.ts). */
const latest = (id: number) =>
  room.payload.findByID({
    collection: 'press-releases',
    id,
    draft: true,
    locale: 'all',
    depth: 0,
    ...asRole('editor'),
  })

async function writeBody(id: number, locale: Locale, body: unknown, role: 'officer' | 'editor' = 'officer') {
  await room.payload.update({
    collection: 'press-releases',
    id,
    locale,
    data: { body: body as never },
    draft: true,
    ...asRole(role),
  })
}

/** A release in review whose body holds two suggestions in `locale` only. */
async function inReviewWithSuggestions(locale: Locale): Promise<number> {
  const { id } = await draftRelease(room.payload, room.users.officer)
  expect((await room.act('officer', id, { action: 'submit' })).status).toBe(200)
  await writeBody(id, locale, suggestedBody())
  return id
}

describe('a body with suggestions', () => {
  it('is saved and read back by staff as written, through the Local API and REST', async () => {
    const { id } = await draftRelease(room.payload, room.users.officer)
    await writeBody(id, 'en', suggestedBody(), 'editor')
    const stored = await room.payload.findByID({
      collection: 'press-releases',
      id,
      draft: true,
      ...asRole('officer'),
    })
    expect(countOpenSuggestions(stored.body)).toBe(2)
    expect(JSON.stringify(stored.body)).toContain('"suggestionId":"ins1"')
    const patched = await room.http.rest('PATCH', `/press-releases/${id}?draft=true`, room.sessions.officer, {
      body: suggestedBody('plainly '),
    })
    expect(patched.status).toBe(200)
    expect(JSON.stringify((await latest(id)).body)).toContain('plainly ')
  })
})

describe('open suggestions hold the text where it is', () => {
  it.each(['en', 'ru', 'zh'] as const)(
    'Submit is refused while the %s body holds one, naming body and language',
    async (locale) => {
      const { id } = await draftRelease(room.payload, room.users.officer)
      await writeBody(id, locale, suggestedBody())
      const refused = await room.act('officer', id, { action: 'submit' })
      expect(refused.status).toBe(409)
      const [error] = refused.body.errors as { message: string; field: string; openSuggestions: unknown }[]
      const language = { en: 'English', ru: 'Russian', zh: 'Chinese' }[locale]
      expect(error).toMatchObject({ field: 'body', openSuggestions: { [locale]: 2 } })
      expect(error!.message).toContain(
        `“Submit for review” is refused: the body holds 2 open suggestions (${language} 2)`,
      )
      expect((await latest(id)).editorialStatus).toBe('draft')
    },
  )

  it('refuses Approve, Publish, Schedule and Embargo, and Payload’s own publish through REST and the Local API', async () => {
    const id = await inReviewWithSuggestions('ru')
    const at = new Date(Date.now() + 86_400_000).toISOString()
    for (const body of [
      { action: 'approve' },
      { action: 'publish' },
      { action: 'schedule', at, timezone: 'UTC' },
      { action: 'embargo', at, timezone: 'UTC' },
    ]) {
      const refused = await room.act('editor', id, body)
      expect(refused.status, body.action).toBe(409)
      expect(JSON.stringify(refused.body), body.action).toContain('2 open suggestions (Russian 2)')
    }
    const patched = await room.http.rest('PATCH', `/press-releases/${id}`, room.sessions.editor, {
      _status: 'published',
    })
    expect(patched.status).toBe(409)
    expect(JSON.stringify(patched.body)).toContain(
      '“Publish” is refused: the body holds 2 open suggestions (Russian 2)',
    )
    await expect(
      room.payload.update({
        collection: 'press-releases',
        id,
        data: { _status: 'published' },
        ...asRole('editor'),
      }),
    ).rejects.toThrow(/2 open suggestions \(Russian 2\)/)
    const after = await latest(id)
    expect(after._status).toBe('draft')
    expect(after.editorialStatus).toBe('in_review')
    expect((await room.http.rest('GET', `/press-releases/${id}`, anonymous)).status).toBe(404)

    // Accepted or rejected, the text goes on.
    await writeBody(id, 'ru', cleanBody())
    expect((await room.act('editor', id, { action: 'publish' })).status).toBe(200)
  })

  it('counts every language: the text being written and what is stored in the others', async () => {
    const id = await inReviewWithSuggestions('en')
    await writeBody(id, 'zh', suggestedBody())
    const refused = await room.act('editor', id, { action: 'approve' })
    expect(JSON.stringify(refused.body)).toContain('4 open suggestions (English 2, Chinese 2)')
    // Payload's publish with the English body clean still finds the Chinese one.
    const patched = await room.http.rest('PATCH', `/press-releases/${id}?locale=en`, room.sessions.editor, {
      _status: 'published',
      body: cleanBody(),
    })
    expect(patched.status).toBe(409)
    expect(JSON.stringify(patched.body)).toContain('(Chinese 2)')
  })
})

describe('a scheduled publication', () => {
  it('is held at its time while a suggestion is open, with the reason in the activity log', async () => {
    const { id } = await draftRelease(room.payload, room.users.officer, 'Scheduled, then suggested')
    expect((await room.act('officer', id, { action: 'submit' })).status).toBe(200)
    const at = new Date(Date.now() + 3_600_000)
    expect(
      (await room.act('editor', id, { action: 'schedule', at: at.toISOString(), timezone: 'UTC' })).status,
    ).toBe(200)
    // An edit sends a scheduled release back to review; written as an import would, it stays scheduled.
    await room.payload.update({
      collection: 'press-releases',
      id,
      data: { body: suggestedBody() as never },
      draft: true,
      context: { workflowTransition: { action: 'schedule' } },
      overrideAccess: true,
    })
    await atTime(new Date(at.getTime() + 60_000), () => room.payload.jobs.run({ limit: 500 }))
    expect((await latest(id)).editorialStatus).toBe('scheduled')
    expect((await room.http.rest('GET', `/press-releases/${id}`, anonymous)).status).toBe(404)
    const { docs } = await room.payload.find({
      collection: 'activity',
      where: { release: { equals: id }, summary: { like: 'Not published at its time' } },
      overrideAccess: true,
    })
    expect(docs.map((entry) => entry.note).join()).toContain(
      '“Scheduled publication” is refused: the body holds 2 open suggestions (English 2)',
    )
  })
})

describe('the public never reads a suggestion', () => {
  it('in the API, GraphQL, search or the rendered body, even where one was stored as published', async () => {
    const published = await room.payload.create({
      collection: 'press-releases',
      data: { ...releaseData('Suggestion-free public text'), _status: 'published' },
      ...asRole('editor'),
    })
    // A draft with suggestions beside the published text, and (as an import or an older
    // version could have written it) a published body with one: the public reads neither.
    await writeBody(published.id, 'en', suggestedBody())
    const legacy = await room.payload.create({
      collection: 'press-releases',
      data: {
        ...releaseData('Stored with a suggestion'),
        body: suggestedBody() as never,
        _status: 'published',
      },
      context: { workflowTransition: { action: 'publish' } },
      overrideAccess: true,
    })

    for (const id of [published.id, legacy.id]) {
      for (const query of ['', '?draft=true', '?locale=all']) {
        const read = await room.http.rest('GET', `/press-releases/${id}${query}`, anonymous)
        expect([200, 404], query).toContain(read.status)
        const json = JSON.stringify(read.body)
        expect(json).not.toContain('zanzibarquill')
        expect(json).not.toContain('suggested')
      }
    }
    const legacyRead = await room.http.rest('GET', `/press-releases/${legacy.id}`, anonymous)
    expect(JSON.stringify(legacyRead.body)).toContain('secret ')

    const graphql = await room.http.graphql(
      `{ a: PressRelease(id: ${published.id}, draft: true) { body } b: PressRelease(id: ${legacy.id}) { body } }`,
    )
    expect(JSON.stringify(graphql.body)).toContain('delegation')
    expect(JSON.stringify(graphql.body)).not.toMatch(/zanzibarquill|suggestedInsertion|suggestedDeletion/)

    // The stored plain text (what search indexes) is the public text.
    const stored = await latest(legacy.id)
    expect((stored.bodyText as unknown as Record<string, string>).en).toBe(
      'The ministers met the secret delegation.',
    )
    const results = await searchSite({ draft: false, user: null }, 'zanzibarquill', 'en')
    expect(results.total).toBe(0)

    // Staff read the marks (the editor works on them); the draft preview renders the public text.
    const staffCopy = await room.payload.findByID({
      collection: 'press-releases',
      id: published.id,
      draft: true,
      ...asRole('editor'),
    })
    expect(JSON.stringify(staffCopy.body)).toContain('zanzibarquill')
    const html = renderToStaticMarkup(createElement(RichBody, { data: staffCopy.body }))
    expect(html).toContain('The ministers met the secret delegation.')
    expect(html).not.toContain('zanzibarquill')
  })
})

describe('a proposed paragraph break or join', () => {
  const paragraphMark = (type: 'suggestedParagraphBreak' | 'suggestedParagraphJoin', id: string) => ({
    type,
    version: 1,
    suggestionId: id,
    by: String(room.users.editor.id),
    byName: 'Editor',
    at: '2026-12-01T08:00:00.000Z',
  })
  const paragraphsOf = (body: unknown) =>
    (body as { root: { children: { children: { text?: string }[] }[] } }).root.children.map((block) =>
      block.children.map((child) => child.text ?? '').join(''),
    )

  it('is an open suggestion for staff, and not there for the public until accepted', async () => {
    const body = editorState([
      {
        ...paragraphNode(''),
        children: [text('The ministers met. '), paragraphMark('suggestedParagraphBreak', 'p1')],
      },
      {
        ...paragraphNode(''),
        children: [text('The talks began.'), paragraphMark('suggestedParagraphJoin', 'j1')],
      },
      paragraphNode('A statement followed.'),
    ])
    // Stored as published (as an import could have written it): the public reads the text as it was.
    const legacy = await room.payload.create({
      collection: 'press-releases',
      data: { ...releaseData('Stored with proposed paragraphs'), body: body as never, _status: 'published' },
      context: { workflowTransition: { action: 'publish' } },
      overrideAccess: true,
    })
    const read = await room.http.rest('GET', `/press-releases/${legacy.id}`, anonymous)
    expect(read.status).toBe(200)
    const publicBody = (read.body as { body: unknown }).body
    expect(paragraphsOf(publicBody)).toEqual(['The ministers met. The talks began.', 'A statement followed.'])
    expect(JSON.stringify(publicBody)).not.toContain('suggestedParagraph')
    const stored = await latest(legacy.id)
    expect((stored.bodyText as unknown as Record<string, string>).en).toBe(
      'The ministers met. The talks began.\n\nA statement followed.',
    )
    expect(countOpenSuggestions(stored.body)).toBe(2)
    const english = (stored.body as unknown as Record<string, unknown>).en
    const html = renderToStaticMarkup(createElement(RichBody, { data: english as never }))
    expect(html).toContain('The ministers met. The talks began.</p>')
  })
})
