import { beforeAll, describe, expect, it } from 'vitest'

import { blockFieldsOf, blockNode, editorState, paragraphNode, paragraphs } from '@/content/lexical'
import type { PressRelease } from '@/payload-types'

import { anonymous } from './helpers/http'
import { freshNewsroom } from './helpers/newsroom'
import { releaseData } from './helpers/releases'

const room = freshNewsroom('quotes')

const fullText = [
  'Excellencies, the SCO’s “Shanghai spirit” — mutual trust and mutual benefit — guides our work.',
  'We will act together against terrorism, separatism and extremism.',
]
const keyQuote = 'Dialogue and consultation remain the way forward.'
const invented = 'The SCO will defeat terrorism by the end of next year.'

let speechId: number
let otherSpeechId: number
let blockCounter = 0

const quoteBody = (
  quote: string,
  { speech = speechId, paraphrase }: { speech?: number; paraphrase?: boolean } = {},
) =>
  editorState([
    paragraphNode('The Secretary-General opened the meeting.'),
    blockNode(
      'speechQuote',
      { speech, quote, ...(paraphrase === undefined ? {} : { paraphrase }) },
      `q${++blockCounter}`,
    ),
  ])

const asOfficer = () => ({ user: room.users.officer, overrideAccess: false as const })
const asEditor = () => ({ user: room.users.editor, overrideAccess: false as const })

/** A draft with this quote, written by the officer (drafts are saved whatever the quote says). */
async function draftWith(quote: string, options?: Parameters<typeof quoteBody>[1]) {
  return room.payload.create({
    collection: 'press-releases',
    data: { ...releaseData(), body: quoteBody(quote, options), speeches: [speechId] },
    draft: true,
    ...asOfficer(),
  })
}

const stored = (id: number) =>
  room.payload.findByID({ collection: 'press-releases', id, draft: true, overrideAccess: true, depth: 0 })

const quoteBlockOf = (release: PressRelease) => blockFieldsOf(release.body, 'speechQuote')[0]!

beforeAll(async () => {
  const speaker = await room.payload.create({
    collection: 'participants',
    data: { name: 'Vladimir Norov', kind: 'person', _status: 'published' },
    ...asEditor(),
  })
  const speech = (title: string) =>
    room.payload.create({
      collection: 'speeches',
      data: {
        title,
        speaker: speaker.id,
        date: '2019-11-19T12:00:00.000Z',
        delivery: 'as-delivered',
        language: 'en',
        text: paragraphs(fullText),
        quotes: [{ quote: keyQuote }],
        _status: 'published',
      },
      ...asEditor(),
    })
  speechId = (await speech('Remarks at the UN-SCO high-level event')).id
  otherSpeechId = (await speech('Closing remarks')).id
})

describe('a quote must stand in its speech', () => {
  it('saves a draft with an invented quote, and refuses to submit it with the quote and the speech named', async () => {
    const draft = await draftWith(invented)
    expect(quoteBlockOf(draft).quote).toBe(invented)
    const refused = await room.act('officer', draft.id, { action: 'submit' })
    expect(refused.status).toBe(400)
    const message = (refused.body.errors as { message: string }[])[0]!.message
    expect(message).toContain('“The SCO will defeat terrorism by the end…”')
    expect(message).toContain('not found in “Remarks at the UN-SCO high-level event”')
    expect((await stored(draft.id)).editorialStatus).toBe('draft')
  })

  it('passes words from the full text, whatever their quotation marks, dashes and spacing, and key quotes', async () => {
    const fromText = await draftWith('"Shanghai spirit" - mutual trust and\nmutual benefit -')
    expect((await room.act('officer', fromText.id, { action: 'submit' })).status).toBe(200)
    const fromKeyQuotes = await draftWith(`“${keyQuote}”`)
    expect((await room.act('officer', fromKeyQuotes.id, { action: 'submit' })).status).toBe(200)
  })

  it('refuses Approve and Publish (workflow and Payload’s own publish) once an invented quote is written in review', async () => {
    const draft = await draftWith(keyQuote)
    expect((await room.act('officer', draft.id, { action: 'submit' })).status).toBe(200)
    await room.payload.update({
      collection: 'press-releases',
      id: draft.id,
      data: { body: quoteBody(invented) },
      draft: true,
      ...asOfficer(),
    })
    for (const action of ['approve', 'publish']) {
      const refused = await room.act('editor', draft.id, { action })
      expect(refused.status, action).toBe(400)
      expect(JSON.stringify(refused.body)).toContain('not found in “Remarks at the UN-SCO high-level event”')
    }
    const patched = await room.http.rest('PATCH', `/press-releases/${draft.id}`, room.sessions.editor, {
      _status: 'published',
    })
    expect(patched.status).toBe(400)
    expect(JSON.stringify(patched.body)).toContain('The quote “The SCO will defeat terrorism by the end…”')
    expect((await stored(draft.id))._status).toBe('draft')
    expect((await room.http.rest('GET', `/press-releases/${draft.id}`, anonymous)).status).toBe(404)
  })

  it('names a quote from a speech the release does not link', async () => {
    const draft = await draftWith(keyQuote, { speech: otherSpeechId })
    const refused = await room.act('officer', draft.id, { action: 'submit' })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain(
      'is from “Closing remarks”, which is not linked to this release',
    )
  })
})

describe('paraphrases', () => {
  it('cannot be set by a press officer, through the Local API or REST', async () => {
    const draft = await draftWith(invented, { paraphrase: true })
    expect(quoteBlockOf(await stored(draft.id)).paraphrase).not.toBe(true)
    const rest = await room.http.rest(
      'PATCH',
      `/press-releases/${draft.id}?draft=true`,
      room.sessions.officer,
      {
        body: quoteBody(invented, { paraphrase: true }),
      },
    )
    expect(rest.status).toBe(200)
    expect(quoteBlockOf(await stored(draft.id)).paraphrase).not.toBe(true)
    expect((await room.act('officer', draft.id, { action: 'submit' })).status).toBe(400)
  })

  it('set by an editor, pass the check; an officer who rewrites the words loses the mark', async () => {
    const draft = await draftWith(invented)
    const accepted = await room.payload.update({
      collection: 'press-releases',
      id: draft.id,
      data: { body: quoteBody(invented, { paraphrase: true }) },
      draft: true,
      ...asEditor(),
    })
    expect(quoteBlockOf(accepted).paraphrase).toBe(true)
    expect((await room.act('officer', draft.id, { action: 'submit' })).status).toBe(200)
    expect((await room.act('editor', draft.id, { action: 'approve' })).status).toBe(200)

    // The same block (same id), other words: the editor accepted the old ones only.
    const block = quoteBlockOf(accepted)
    const rewritten = editorState([
      blockNode('speechQuote', { ...block, quote: 'The SCO has already won.' }, String(block.id)),
    ])
    await room.payload.update({
      collection: 'press-releases',
      id: draft.id,
      data: { body: rewritten },
      draft: true,
      ...asOfficer(),
    })
    expect(quoteBlockOf(await stored(draft.id)).paraphrase).not.toBe(true)
    expect((await room.act('editor', draft.id, { action: 'publish' })).status).toBe(400)
  })
})

describe('POST /api/press-releases/quote-check', () => {
  const check = (session: (typeof room.sessions)['officer'], body: unknown) =>
    room.http.rest('POST', '/press-releases/quote-check', session, body)

  it('answers staff only', async () => {
    expect((await check(anonymous, { speech: String(speechId), quote: keyQuote })).status).toBe(403)
  })

  it('says whether a quote stands in the speech, lists its key quotes, and finds sentences', async () => {
    const found = await check(room.sessions.officer, {
      speech: String(speechId),
      quote: 'We will act together',
    })
    expect(found).toMatchObject({
      status: 200,
      body: {
        verified: true,
        keyQuotes: [keyQuote],
        speech: { title: 'Remarks at the UN-SCO high-level event' },
      },
    })
    const missing = await check(room.sessions.officer, { speech: String(speechId), quote: invented })
    expect(missing.body.verified).toBe(false)
    const search = await check(room.sessions.officer, {
      speech: String(speechId),
      search: 'extremism together',
    })
    expect(search.body.passages).toEqual([fullText[1]])
  })

  it('names a wrong input with a 400', async () => {
    const bad = await check(room.sessions.officer, { speech: 'twelve' })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('speech')
  })
})
