import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import { admit } from '@/collab/access'
import { RoomStates } from '@/collab/roomState'
import { startCollabServer, type CollabServer } from '@/collab/server'
import { storedOf } from '@/collab/store'
import { plainText } from '@/content/lexical'

import { appendToFirstParagraph, collabClient, docText, until } from './helpers/collabClient'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease } from './helpers/releases'

/**
 * The sync server stopped and started again under open editors (a deploy, a crash): each room
 * comes back from the document it kept on disk (src/collab/roomState.ts), so the editors' copies
 * merge into it; and words a room could not store before it stopped are stored at the next start.
 */
const newsroom = freshNewsroom('collab-restart')
const port = 3173
let stateDir: string
let server: CollabServer | undefined

beforeAll(async () => {
  stateDir = await mkdtemp(path.join(tmpdir(), 'communique-rooms-'))
})
afterAll(async () => {
  await server?.close()
  await rm(stateDir, { recursive: true, force: true })
})

const start = () => startCollabServer(newsroom.payload, { port, debounceMs: 50, watchMs: 100, stateDir })

async function draftText(id: number): Promise<string> {
  const release = await newsroom.payload.findByID({ collection: 'press-releases', id, draft: true, depth: 0 })
  return plainText(release.body)
}

describe('a sync server restarted under open editors', () => {
  it('takes the editor’s copy back without doubling the text, in the room and in the draft', async () => {
    const { id } = await draftRelease(newsroom.payload, newsroom.users.officer)
    const room = `press-releases/${id}/en`
    const token = newsroom.sessions.officer.token
    server = await start()
    const first = await collabClient(port, room, token)
    await first.synced
    appendToFirstParagraph(first.doc, ' ALPHA')
    await until(() => !first.unstored())
    const before = docText(first.doc)
    await first.close()
    await server.close()

    // Typed while the server was away, then the same document reconnects (as the admin's provider does).
    appendToFirstParagraph(first.doc, ' OFFLINE')
    server = await start()
    const again = await collabClient(port, room, token, first.doc)
    await again.synced
    await until(() => !again.unstored())
    expect(docText(again.doc)).toBe(`${before} OFFLINE`)
    expect(await draftText(id)).toBe(`${before} OFFLINE`)
    await again.close()
  })

  it('stores at the next start the words a room kept but could not store', async () => {
    const { id } = await draftRelease(newsroom.payload, newsroom.users.officer)
    await server?.close()
    server = undefined
    // What a room leaves on disk when its last store failed (a busy database) as the server stopped.
    const admission = await admit(
      newsroom.payload,
      new Headers({ Authorization: `JWT ${newsroom.sessions.officer.token}` }),
      `/press-releases/${id}/en`,
    )
    if (!admission.ok) throw new Error(admission.reason)
    const stored = storedOf(
      await newsroom.payload.findByID({ collection: 'press-releases', id, draft: true, depth: 0 }),
    )
    const kept = new Y.Doc()
    const loading = await collabRoomDoc(id)
    Y.applyUpdate(kept, loading)
    appendToFirstParagraph(kept, ' KEPT')
    const officer = newsroom.users.officer
    await new RoomStates(stateDir).write(
      {
        room: admission.room,
        stored,
        published: false,
        unstored: { by: { id: officer.id, collection: 'users' } },
      },
      kept,
    )
    expect(await draftText(id)).not.toContain('KEPT')
    server = await start()
    await until(async () => (await draftText(id)).includes('KEPT'))
    expect(await new RoomStates(stateDir).unstored()).toEqual([])
  })
})

/** The room's document as the server keeps it once someone has opened and closed the release. */
async function collabRoomDoc(id: number): Promise<Uint8Array> {
  const running = await start()
  const client = await collabClient(port, `press-releases/${id}/en`, newsroom.sessions.officer.token)
  await client.synced
  const update = Y.encodeStateAsUpdate(client.doc)
  await client.close()
  await running.close()
  return update
}
