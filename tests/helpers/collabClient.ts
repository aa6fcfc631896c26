import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import WebSocket from 'ws'
import * as Y from 'yjs'

import { hasUnstored, messageRefused, messageStored, readRefusal, storedClock } from '@/content/collabStored'

/**
 * A co-editing client for tests: the y-websocket sync protocol over `ws`, with the session in an
 * `Authorization: JWT` header (the admin's browser sends its cookie instead).
 */
export type CollabClient = {
  doc: Y.Doc
  synced: Promise<void>
  /** Whether the server said this connection is read-only (a y-protocols auth message). */
  readOnly: () => boolean
  /** Whether this client holds changes the room has not yet said it stored. */
  unstored: () => boolean
  /** Why the room's last store was refused, until one succeeds. */
  refused: () => string | undefined
  /** Resolves with the close code when the connection ends. */
  closed: Promise<number>
  close: () => Promise<void>
}

/**
 * Opens `/press-releases/<id>/<locale>`; rejects with the HTTP status when the server refuses.
 * With `doc`, reconnects the document a closed connection held, as the admin's provider does.
 */
export function collabClient(
  port: number,
  room: string,
  token?: string,
  doc = new Y.Doc(),
): Promise<CollabClient> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/${room}`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
  socket.binaryType = 'nodebuffer'
  const send = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 0)
    write(encoder)
    socket.send(encoding.toUint8Array(encoder))
  }
  let resolveSynced: () => void = () => undefined
  let rejectSynced: (error: Error) => void = () => undefined
  const synced = new Promise<void>((resolve, reject) => {
    resolveSynced = resolve
    rejectSynced = reject
  })
  socket.on('close', (code, reason) => rejectSynced(new Error(`Closed ${code}: ${String(reason)}`)))
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)))
  let readOnly = false
  let stored = 0
  let refused: string | undefined
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data))
    const kind = decoding.readVarUint(decoder)
    if (kind === 2) readOnly = true
    if (kind === messageStored) {
      stored = storedClock(decoder, doc)
      refused = undefined
    }
    if (kind === messageRefused) refused = readRefusal(decoder)
    if (kind !== 0) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 0)
    const type = syncProtocol.readSyncMessage(decoder, encoder, doc, socket)
    if (encoding.length(encoder) > 1) socket.send(encoding.toUint8Array(encoder))
    if (type === syncProtocol.messageYjsSyncStep2) resolveSynced()
  })
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== socket && socket.readyState === WebSocket.OPEN)
      send((e) => syncProtocol.writeUpdate(e, update))
  })
  return new Promise((resolve, reject) => {
    socket.on('unexpected-response', (_request, response) => reject(new Error(String(response.statusCode))))
    socket.on('error', reject)
    socket.on('open', () => {
      send((e) => syncProtocol.writeSyncStep1(e, doc))
      resolve({
        doc,
        synced,
        readOnly: () => readOnly,
        unstored: () => hasUnstored(doc, stored),
        refused: () => refused,
        closed,
        close: () =>
          new Promise<void>((done) => {
            if (socket.readyState === WebSocket.CLOSED) return done()
            socket.once('close', () => done())
            socket.close()
          }),
      })
    })
  })
}

/** Appends `text` to the body's first paragraph (or the `index`th), as Lexical's binding lays it out in Yjs. */
export function appendToFirstParagraph(doc: Y.Doc, text: string, index = 0): void {
  const root = doc.get('root', Y.XmlText)
  const paragraph = root.toDelta()[index]?.insert as Y.XmlText | undefined
  if (!(paragraph instanceof Y.XmlText)) throw new Error('The document has no paragraph.')
  paragraph.insert(paragraph.length, text)
}

/** Takes the last `count` characters off the end of the first paragraph (or the `index`th). */
export function trimFirstParagraph(doc: Y.Doc, count: number, index = 0): void {
  const paragraph = doc.get('root', Y.XmlText).toDelta()[index]?.insert as Y.XmlText | undefined
  if (!(paragraph instanceof Y.XmlText)) throw new Error('The document has no paragraph.')
  paragraph.delete(paragraph.length - count, count)
}

/** The document's text, paragraph after paragraph. */
export function docText(doc: Y.Doc): string {
  const walk = (type: Y.XmlText): string =>
    (type.toDelta() as { insert: unknown }[])
      .map(({ insert }) =>
        typeof insert === 'string' ? insert : insert instanceof Y.XmlText ? walk(insert) : '',
      )
      .join('')
  return walk(doc.get('root', Y.XmlText))
}

/** Polls `check` every 50 ms, for at most 5 s: the room's stores and broadcasts arrive in their own time. */
export async function until(check: () => boolean | Promise<boolean>, what = 'the room'): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`Timed out waiting for ${what}`)
}
