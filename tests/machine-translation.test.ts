import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeEach, describe, expect, it } from 'vitest'

import { blockNode, editorState, paragraphNode } from '@/content/lexical'

import { anonymous } from './helpers/http'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease, publishedRelease } from './helpers/releases'

/**
 * The desk's machine draft against a real HTTP server speaking LibreTranslate's protocol
 * (POST /translate, `q` a list, `translatedText` the same list translated): a fake service, but
 * our code as it runs, over the network.
 */
type Mode = 'ok' | 'error' | 'slow' | 'garbled'
let mode: Mode = 'ok'
const received: Record<string, unknown>[] = []
const hanging = new Set<() => void>()

const service: Server = createServer((request, response) => {
  let raw = ''
  request.on('data', (chunk) => (raw += chunk))
  request.on('end', () => {
    const body = JSON.parse(raw) as { q: string[]; target: string }
    received.push(body)
    const reply = (status: number, json: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(json))
    }
    if (request.url !== '/translate') return reply(404, { error: 'Not found' })
    if (mode === 'error') return reply(500, { error: 'Model for en-ru not loaded' })
    if (mode === 'garbled') return reply(200, { translatedText: 'just one string' })
    if (mode === 'slow') return hanging.add(() => reply(200, { translatedText: body.q }))
    reply(200, { translatedText: body.q.map((text) => `${body.target}: ${text}`) })
  })
})

const room = freshNewsroom('machine-translation', {
  before: async () => {
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve))
    Object.assign(process.env, {
      MACHINE_TRANSLATION_URL: `http://127.0.0.1:${(service.address() as AddressInfo).port}`,
      MACHINE_TRANSLATION_TIMEOUT_MS: '500',
    })
  },
})

afterAll(async () => {
  for (const answer of hanging) answer()
  await new Promise((resolve) => service.close(resolve))
  delete process.env.MACHINE_TRANSLATION_URL
  delete process.env.MACHINE_TRANSLATION_TIMEOUT_MS
})

beforeEach(() => {
  mode = 'ok'
  received.length = 0
})

const desk = (role: 'public' | 'officer' | 'editor', id: number, body: Record<string, unknown>) =>
  room.http.rest('POST', `/press-releases/${id}/translation`, room.sessions[role], body)

const latest = (id: number) =>
  room.payload.findByID({ collection: 'press-releases', id, draft: true, locale: 'all', depth: 0 })

describe('a machine draft', () => {
  it('translates the text nodes, keeps the blocks, and is marked until an editor approves it', async () => {
    const { id } = await draftRelease(room.payload, room.users.officer, 'Machine draft of a release')
    const quote = blockNode('document', { document: null, label: 'The Charter' }, 'b1')
    await room.payload.update({
      collection: 'press-releases',
      id,
      draft: true,
      data: { body: editorState([paragraphNode('They discussed cooperation.'), quote]) },
      user: room.users.officer,
      overrideAccess: false,
    })
    const made = await desk('officer', id, { locale: 'ru', action: 'machine' })
    expect(made.status).toBe(200)
    expect(received[0]).toMatchObject({ source: 'en', target: 'ru', format: 'text' })

    const release = await latest(id)
    const headline = release.headline as unknown as Record<string, string>
    expect(headline).toMatchObject({ en: 'Machine draft of a release', ru: 'ru: Machine draft of a release' })
    const body = (
      release.body as unknown as Record<string, { root: { children: Record<string, unknown>[] } }>
    ).ru!
    expect(body.root.children[0]).toMatchObject({ children: [{ text: 'ru: They discussed cooperation.' }] })
    expect(body.root.children[1]).toMatchObject({ type: 'block', fields: { label: 'The Charter' } })
    expect(release.translations?.ru).toMatchObject({ status: 'in_translation', machine: true })
    expect(release.translations?.zh?.status).toBe('missing')

    // Only for a missing language: a second one is refused.
    expect((await desk('officer', id, { locale: 'ru', action: 'machine' })).status).toBe(409)
    // A person's edit keeps the mark; the editor's approval takes it away.
    await room.payload.update({
      collection: 'press-releases',
      id,
      locale: 'ru',
      draft: true,
      data: { headline: 'Черновик, проверенный человеком' },
      user: room.users.officer,
      overrideAccess: false,
    })
    expect((await latest(id)).translations?.ru?.machine).toBe(true)
    expect((await desk('officer', id, { locale: 'ru', action: 'done' })).status).toBe(200)
    expect((await desk('editor', id, { locale: 'ru', action: 'approve' })).status).toBe(200)
    expect((await latest(id)).translations?.ru).toMatchObject({ status: 'approved', machine: false })
  })

  it('is never public before approval', async () => {
    const { id } = await publishedRelease(
      room.payload,
      room.users.editor,
      'A published release, machine-drafted',
    )
    expect((await desk('editor', id, { locale: 'zh', action: 'machine' })).status).toBe(200)
    const publicRead = await room.http.rest('GET', `/press-releases/${id}?locale=zh`, anonymous)
    expect(publicRead.status).toBe(200)
    expect(publicRead.body.headline).toBe('A published release, machine-drafted')
    expect(JSON.stringify(publicRead.body)).not.toContain('zh: ')
  })

  it('answers a failing, slow or garbled service with a 424 that says so, and changes nothing', async () => {
    const { id } = await draftRelease(room.payload, room.users.officer, 'The service fails')
    const before = await latest(id)
    for (const [failure, words] of [
      ['error', 'Model for en-ru not loaded'],
      ['slow', 'did not answer within 0.5 s'],
      ['garbled', 'answered something other than'],
    ] as const) {
      mode = failure
      const answer = await desk('officer', id, { locale: 'ru', action: 'machine' })
      expect(answer.status).toBe(424)
      expect(JSON.stringify(answer.body)).toContain(words)
      expect(JSON.stringify(answer.body)).toContain('Nothing was changed')
    }
    const after = await latest(id)
    expect(after.headline).toEqual(before.headline)
    expect(after.translations).toEqual(before.translations)
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it('is refused to the public and on a language that has text', async () => {
    const { id } = await draftRelease(room.payload, room.users.officer, 'Who may ask for a draft')
    expect((await desk('public', id, { locale: 'ru', action: 'machine' })).status).toBe(401)
    expect(received).toHaveLength(0)
  })
})
