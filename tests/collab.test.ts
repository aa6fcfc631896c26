import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { editorState, paragraphNode, plainText } from '@/content/lexical'
import { startCollabServer, type CollabServer } from '@/collab/server'

import {
  appendToFirstParagraph,
  collabClient,
  docText,
  trimFirstParagraph,
  until,
} from './helpers/collabClient'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease, publishedRelease } from './helpers/releases'
import { passwordOf } from './helpers/users'

/** The co-editing sync server (src/collab): who gets in, and that writes land in the draft. */
const newsroom = freshNewsroom('collab')
let server: CollabServer
const port = 3162

beforeAll(async () => {
  server = await startCollabServer(newsroom.payload, { port, debounceMs: 50, watchMs: 100, sessionMs: 200 })
})
afterAll(async () => {
  await server?.close()
})

async function draftBody(id: number): Promise<string> {
  const release = await newsroom.payload.findByID({ collection: 'press-releases', id, draft: true, depth: 0 })
  return plainText(release.body)
}

describe('admission', () => {
  it('refuses an anonymous (public) visitor and a forged session before the upgrade', async () => {
    const { id } = await draftRelease(newsroom.payload, newsroom.users.officer)
    await expect(collabClient(port, `press-releases/${id}/en`)).rejects.toThrow('401')
    await expect(collabClient(port, `press-releases/${id}/en`, 'not-a-token')).rejects.toThrow('401')
  })

  it('refuses a room that is not a release body in a site language', async () => {
    const token = newsroom.sessions.editor.token
    await expect(collabClient(port, 'users/1/en', token)).rejects.toThrow('400')
    await expect(collabClient(port, 'press-releases/1/xx', token)).rejects.toThrow('400')
    await expect(collabClient(port, 'press-releases/999999/en', token)).rejects.toThrow('404')
  })

  it("keeps a press officer's edits out of a published release (read-only)", async () => {
    const { id } = await publishedRelease(newsroom.payload, newsroom.users.editor)
    const editor = await collabClient(port, `press-releases/${id}/en`, newsroom.sessions.editor.token)
    const officer = await collabClient(port, `press-releases/${id}/en`, newsroom.sessions.officer.token)
    await Promise.all([editor.synced, officer.synced])
    // The officer's editor is told to stay read-only; the editor's is not.
    expect(officer.readOnly()).toBe(true)
    expect(editor.readOnly()).toBe(false)
    appendToFirstParagraph(officer.doc, ' OFFICER')
    appendToFirstParagraph(editor.doc, ' EDITOR')
    await until(async () => (await draftBody(id)).includes('EDITOR'))
    // The editor's change reached the officer; the officer's reached nobody and was not stored.
    await until(async () => docText(officer.doc).includes('EDITOR'))
    expect(docText(editor.doc)).not.toContain('OFFICER')
    expect(await draftBody(id)).not.toContain('OFFICER')
    await Promise.all([editor.close(), officer.close()])
  })
})

describe('co-editing', () => {
  it('starts from the stored draft and stores both editors’ concurrent changes through Payload', async () => {
    const { id } = await draftRelease(newsroom.payload, newsroom.users.officer)
    const room = `press-releases/${id}/en`
    const one = await collabClient(port, room, newsroom.sessions.officer.token)
    const two = await collabClient(port, room, newsroom.sessions.editor.token)
    await Promise.all([one.synced, two.synced])
    expect(docText(one.doc)).toContain('cooperation against terrorism')
    appendToFirstParagraph(one.doc, ' ONE')
    appendToFirstParagraph(two.doc, ' TWO')
    await until(async () => {
      const text = await draftBody(id)
      return text.includes('ONE') && text.includes('TWO')
    })
    // Stored as a draft version by the last writer, through the workflow's hooks.
    const { docs } = await newsroom.payload.findVersions({
      collection: 'press-releases',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
    })
    expect(docs[0]?.version._status).toBe('draft')
    expect(plainText(docs[0]?.version.body)).toContain('TWO')
    await Promise.all([one.close(), two.close()])
    // The public copy is untouched.
    const stored = await newsroom.payload.findByID({ collection: 'press-releases', id, depth: 0 })
    expect(plainText(stored.body)).not.toContain('ONE')
  })
})

describe('what the room has stored', () => {
  it('is told to each editor: once their words are covered, the draft holds them', async () => {
    const { id } = await draftRelease(newsroom.payload, newsroom.users.officer)
    const room = `press-releases/${id}/en`
    const one = await collabClient(port, room, newsroom.sessions.officer.token)
    const two = await collabClient(port, room, newsroom.sessions.editor.token)
    await Promise.all([one.synced, two.synced])
    expect(one.unstored()).toBe(false)
    appendToFirstParagraph(one.doc, ' STORED-ONE')
    expect(one.unstored()).toBe(true)
    // The colleague has typed nothing: nothing of theirs waits.
    expect(two.unstored()).toBe(false)
    await until(async () => !one.unstored())
    expect(await draftBody(id)).toContain('STORED-ONE')
    appendToFirstParagraph(two.doc, ' STORED-TWO')
    expect(two.unstored()).toBe(true)
    await until(async () => !two.unstored())
    expect(await draftBody(id)).toContain('STORED-TWO')
    await Promise.all([one.close(), two.close()])
  })

  it('a store the server refuses is told to every editor with its reason; the words wait for the next store', async () => {
    const { id } = await draftRelease(newsroom.payload, newsroom.users.officer)
    const room = `press-releases/${id}/en`
    const one = await collabClient(port, room, newsroom.sessions.officer.token)
    const two = await collabClient(port, room, newsroom.sessions.editor.token)
    await Promise.all([one.synced, two.synced])
    // A paste beyond the body's limit (src/fields/limitCheck.ts): Payload refuses the store.
    const paste = ` ${'pasted '.repeat(300_000)}`
    appendToFirstParagraph(one.doc, paste)
    await until(async () => one.refused() !== undefined && two.refused() !== undefined)
    expect(one.refused()).toMatch(/at most 2000000 bytes of rich text/)
    expect(two.refused()).toBe(one.refused())
    expect(one.unstored()).toBe(true)
    expect(await draftBody(id)).not.toContain('pasted')
    // Cut back: the next store succeeds, and the refusal is over for everyone.
    trimFirstParagraph(one.doc, paste.length)
    appendToFirstParagraph(one.doc, ' KEPT')
    await until(async () => !one.unstored() && one.refused() === undefined && two.refused() === undefined)
    expect(await draftBody(id)).toContain('KEPT')
    expect(await draftBody(id)).not.toContain('pasted')
    await Promise.all([one.close(), two.close()])
  })
})

describe('a deleted release', () => {
  it('keeps its room to itself: a new release given its id starts from its own text and never gets the old one', async () => {
    const old = await draftRelease(newsroom.payload, newsroom.users.editor)
    const stale = await collabClient(port, `press-releases/${old.id}/en`, newsroom.sessions.editor.token)
    await stale.synced
    await newsroom.payload.delete({ collection: 'press-releases', id: old.id })
    // SQLite gives the next release the id of the newest one, deleted just now.
    const fresh = await draftRelease(newsroom.payload, newsroom.users.editor, 'A new release with an old id')
    expect(fresh.id).toBe(old.id)
    const live = await collabClient(port, `press-releases/${fresh.id}/en`, newsroom.sessions.editor.token)
    await live.synced
    // The tab left open on the deleted release types on: nothing of it reaches the new release.
    appendToFirstParagraph(stale.doc, ' STALE')
    appendToFirstParagraph(live.doc, ' LIVE')
    await until(async () => (await draftBody(fresh.id)).includes('LIVE'))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await draftBody(fresh.id)).not.toContain('STALE')
    expect(docText(live.doc)).not.toContain('STALE')
    await Promise.all([stale.close(), live.close()])
    await newsroom.payload.delete({ collection: 'press-releases', id: fresh.id })
  })
})

describe('changes saved outside the room', () => {
  it('reach the live text at once, and the room’s next store keeps them', async () => {
    const { id } = await draftRelease(newsroom.payload, newsroom.users.officer)
    const client = await collabClient(port, `press-releases/${id}/en`, newsroom.sessions.officer.token)
    await client.synced
    appendToFirstParagraph(client.doc, ' LIVE')
    await until(async () => (await draftBody(id)).includes('LIVE'))
    // A colleague saves the body through the API (as a restored version does) while the room is open.
    await newsroom.payload.update({
      collection: 'press-releases',
      id,
      draft: true,
      data: {
        body: editorState([
          paragraphNode('They discussed cooperation against terrorism. LIVE EDITED OUTSIDE'),
          paragraphNode('A second paragraph from the API.'),
        ]),
      },
      user: newsroom.users.editor,
      overrideAccess: false,
    })
    await until(async () => docText(client.doc).includes('second paragraph from the API'))
    expect(docText(client.doc)).toContain('EDITED OUTSIDE')
    // Typing goes on in the room: the store writes it on top of the outside change, not over it.
    appendToFirstParagraph(client.doc, ' AFTER', 1)
    await until(async () => (await draftBody(id)).includes('AFTER'))
    const stored = await draftBody(id)
    expect(stored).toContain('EDITED OUTSIDE')
    expect(stored).toContain('A second paragraph from the API. AFTER')
    await client.close()
  })

  it('are never imagined: the room’s own stores, by turns of two editors, and form saves without the body', async () => {
    const { id } = await draftRelease(newsroom.payload, newsroom.users.officer)
    const room = `press-releases/${id}/en`
    const one = await collabClient(port, room, newsroom.sessions.officer.token)
    const two = await collabClient(port, room, newsroom.sessions.editor.token)
    await Promise.all([one.synced, two.synced])
    const seen = vi.spyOn(newsroom.payload.logger, 'info')
    for (let turn = 0; turn < 4; turn++) {
      appendToFirstParagraph(turn % 2 ? two.doc : one.doc, ` T${turn}`)
      await until(async () => (await draftBody(id)).includes(`T${turn}`))
      // A form's autosave of another field, from the copy it loaded.
      const { updatedAt } = await newsroom.payload.findByID({ collection: 'press-releases', id, draft: true })
      await newsroom.payload.update({
        collection: 'press-releases',
        id,
        draft: true,
        autosave: true,
        data: { summary: `Summary ${turn}.`, updatedAt } as never,
        user: turn % 2 ? newsroom.users.editor : newsroom.users.officer,
        overrideAccess: false,
      })
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const outside = seen.mock.calls.filter((call) => String(call[1] ?? call[0]).includes('outside the room'))
    seen.mockRestore()
    expect(outside).toEqual([])
    expect(docText(one.doc)).toContain('T0 T1 T2 T3')
    await Promise.all([one.close(), two.close()])
  })

  it('a release published while an officer edits it turns the officer read-only', async () => {
    const { id } = await draftRelease(newsroom.payload, newsroom.users.officer)
    const officer = await collabClient(port, `press-releases/${id}/en`, newsroom.sessions.officer.token)
    await officer.synced
    expect(officer.readOnly()).toBe(false)
    await newsroom.payload.update({
      collection: 'press-releases',
      id,
      data: { _status: 'published' },
      user: newsroom.users.editor,
      overrideAccess: false,
    })
    await until(async () => officer.readOnly())
    appendToFirstParagraph(officer.doc, ' AFTER PUBLICATION')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await draftBody(id)).not.toContain('AFTER PUBLICATION')
    await officer.close()
  })

  it('a connection ends when its session does (logout)', async () => {
    const { id } = await draftRelease(newsroom.payload, newsroom.users.officer)
    const session = await newsroom.http.login(newsroom.users.officer.email, passwordOf('officer'))
    const client = await collabClient(port, `press-releases/${id}/en`, session.token)
    await client.synced
    expect((await newsroom.http.rest('POST', '/users/logout', session)).status).toBe(200)
    expect(await client.closed).toBe(4401)
  })
})
