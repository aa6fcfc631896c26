import type * as NextCache from 'next/cache'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

import { anchorIdsIn } from '@/content/commentAnchors'
import { editorState, paragraphNode } from '@/content/lexical'
import type { InboxItem } from '@/payload-types'
import { inboxEntryOf, inboxPageSize, unreadStampUrl } from '@/workflow/conversation/inboxEntry'

import { anonymous } from './helpers/http'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease } from './helpers/releases'

// Outside a Next server: cached reads run through (Next's data cache is tested in the browser tests).
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof NextCache>()),
  unstable_cache: <T>(read: T) => read,
}))

/** Issue 15, item 4: inline comments anchored to words of the body, which the public never sees. */
const room = freshNewsroom('comment-anchors')

const mark = 'c-anchoredwords01'
const text = (words: string) => ({
  type: 'text',
  version: 1,
  text: words,
  format: 0,
  mode: 'normal',
  style: '',
  detail: 0,
})
const markedBody = () =>
  editorState([
    {
      ...paragraphNode(''),
      children: [
        text('The Secretary-General '),
        {
          type: 'mark',
          version: 1,
          ids: [mark],
          direction: null,
          format: '',
          indent: 0,
          children: [text('Zanzibarword')],
        },
        text(' met the delegation.'),
      ],
    },
  ])

const comment = (session: keyof typeof room.sessions, body: Record<string, unknown>) =>
  room.http.rest('POST', '/comments', room.sessions[session], body)

describe('an inline comment', () => {
  it('keeps the mark’s id and the words it quotes on its thread’s first comment, for good', async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    const created = await comment('officer', {
      release: release.id,
      body: 'Is this the right word?',
      anchor: { mark, quote: '  Zanzibarword\n' },
    })
    expect(created.status).toBe(201)
    const doc = created.body.doc as { id: number; anchor: unknown }
    expect(doc.anchor).toEqual({ mark, quote: 'Zanzibarword' })

    // Its author edits the text; the anchor stays as it was written.
    const edited = await room.http.rest('PATCH', `/comments/${doc.id}`, room.sessions.officer, {
      body: 'Is this the right word here?',
      anchor: { mark: 'c-somewhereelse1', quote: 'else' },
    })
    expect(edited.status).toBe(200)
    expect((edited.body.doc as { anchor: unknown }).anchor).toEqual({ mark, quote: 'Zanzibarword' })
    // A thread without an anchor has none.
    const plain = await comment('editor', { release: release.id, body: 'About the whole release.' })
    expect((plain.body.doc as { anchor: { mark: unknown } }).anchor.mark).toBeNull()
  })

  it('is refused with a 400 naming the field when the anchor is not one, and nothing is stored', async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    const root = await comment('officer', { release: release.id, body: 'First.' })
    const before = await room.payload.count({ collection: 'comments', overrideAccess: true })
    for (const [body, field] of [
      [
        { body: 'Reply', parent: (root.body.doc as { id: number }).id, anchor: { mark, quote: 'x' } },
        'anchor',
      ],
      [{ body: 'Bad id', anchor: { mark: 'c-"><img src=x>', quote: 'x' } }, 'anchor.mark'],
      [{ body: 'No words', anchor: { mark, quote: '   ' } }, 'anchor.quote'],
    ] as const) {
      const response = await comment('officer', { release: release.id, ...body })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body)).toContain(`"path":"${field}"`)
    }
    expect(await room.payload.count({ collection: 'comments', overrideAccess: true })).toEqual(before)
  })

  it('is refused on a release its writer may not read, and to the public', async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    await room.payload.delete({ collection: 'press-releases', id: release.id, overrideAccess: true })
    const gone = await comment('officer', {
      release: release.id,
      body: 'Here?',
      anchor: { mark, quote: 'x' },
    })
    expect(gone.status).toBe(400)
    expect(JSON.stringify(gone.body)).toContain('"path":"release"')
    const other = await draftRelease(room.payload, room.users.officer)
    const outsider = await room.http.rest('POST', '/comments', anonymous, {
      release: other.id,
      body: 'Hello',
      anchor: { mark, quote: 'x' },
    })
    expect(outsider.status).toBe(403)
  })
})

describe('a published release whose body carries a comment mark', () => {
  async function publishedWithMark(headline: string) {
    const release = await draftRelease(room.payload, room.users.officer, headline)
    await room.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { body: markedBody() },
      draft: true,
      user: room.users.officer,
      overrideAccess: false,
    })
    expect((await room.act('officer', release.id, { action: 'submit' })).status).toBe(200)
    expect((await room.act('editor', release.id, { action: 'publish' })).status).toBe(200)
    return release
  }

  it('reaches the public without the mark or its id on every channel; staff still get the mark', async () => {
    const release = await publishedWithMark('Anchored words in public')
    const noMark = (value: unknown) => {
      const json = JSON.stringify(value)
      expect(json).toContain('Zanzibarword')
      expect(json).not.toContain(mark)
      expect(json).not.toContain('"type":"mark"')
    }

    // REST: one release, a list, every language at once.
    for (const path of [
      `/press-releases/${release.id}`,
      `/press-releases/${release.id}?locale=all`,
      `/press-releases?where[id][equals]=${release.id}`,
    ]) {
      const response = await room.http.rest('GET', path, anonymous)
      expect(response.status).toBe(200)
      noMark(response.body)
    }
    // GraphQL, in English and in a language that falls back to it (GraphQL has no `all`).
    for (const locale of ['en', 'ru']) {
      const graphql = await room.http.graphql(
        `{ PressRelease(id: ${release.id}, locale: ${locale}) { body } }`,
      )
      expect(graphql.body.errors).toBeUndefined()
      noMark(graphql.body.data)
    }
    // What the site's pages and the OG card read, and the site's own rendering of a staff copy.
    const { getReleaseBySlug } = await import('@/data/release')
    const { publicViewer } = await import('@/data/viewer')
    const view = await getReleaseBySlug(publicViewer, release.slug!, 'en')
    noMark(view?.body)
    const { RichBody } = await import('@/site/RichBody')
    const html = renderToStaticMarkup(createElement(RichBody, { data: markedBody() }))
    expect(html).toContain('The Secretary-General Zanzibarword met the delegation.')
    expect(html).not.toMatch(/<mark|c-anchored/)
    // The feed and search.
    const { feedResponse } = await import('@/site/feed')
    const rss = await (await feedResponse('en', 'rss')).text()
    expect(rss).toContain('Anchored words in public')
    expect(rss).not.toContain(mark)
    const { searchSite } = await import('@/data/search')
    const results = await searchSite(publicViewer, 'Zanzibarword', 'en')
    expect(results.total).toBeGreaterThan(0)
    expect(JSON.stringify(results)).not.toContain(mark)

    // Staff read the mark as it is stored.
    const staff = await room.http.rest('GET', `/press-releases/${release.id}`, room.sessions.officer)
    expect(anchorIdsIn(staff.body.body)).toEqual([mark])
    const stored = await room.payload.findByID({
      collection: 'press-releases',
      id: release.id,
      overrideAccess: true,
    })
    expect(anchorIdsIn(stored.body)).toEqual([mark])
    expect(String(stored.bodyText)).not.toContain(mark)
  })
})

describe('the inbox, as the dashboard reads it live and page by page', () => {
  it('answers the unread stamp and the older pages with the reader’s own items only', async () => {
    const release = await draftRelease(room.payload, room.users.editor)
    const officer = room.users.officer.id
    const unread = () => room.http.rest('GET', unreadStampUrl.replace('/api', ''), room.sessions.officer)
    // Earlier tests here told the officer of a publication.
    const before = (await unread()).body.totalDocs as number
    for (let n = 0; n < inboxPageSize + 1; n++)
      await room.payload.create({
        collection: 'inbox',
        data: { recipient: officer, kind: 'assigned', release: release.id, title: `Item ${n}` },
        overrideAccess: true,
      })
    const stamp = await unread()
    expect(stamp.body.totalDocs).toBe(before + inboxPageSize + 1)
    expect((stamp.body.docs as { id: number }[])[0]).toEqual({
      id: expect.any(Number),
      createdAt: expect.any(String),
    })
    const older = `/inbox?sort=-createdAt&limit=${inboxPageSize}&page=2&depth=0`
    const second = await room.http.rest('GET', older, room.sessions.officer)
    expect((second.body.docs as { title: string }[]).map((item) => item.title)).toContain('Item 0')
    expect(
      inboxEntryOf((second.body.docs as InboxItem[]).find((item) => item.title === 'Item 0')!).href,
    ).toBe(`/admin/collections/press-releases/${release.id}`)
    // A colleague's inbox is not theirs to count or page through; the public gets nothing.
    expect((await room.http.rest('GET', older, room.sessions.editor)).body.totalDocs).toBe(0)
    expect((await room.http.rest('GET', unreadStampUrl.replace('/api', ''), anonymous)).status).toBe(403)
  })
})
