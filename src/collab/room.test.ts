import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import { messageRefused, messageStored, readRefusal } from '@/content/collabStored'

import { Room, type Peer } from './room'

/** A peer that records the kinds of message the room sends it (and a refusal's reason). */
function recordingPeer(): Peer<string> & { got: string[] } {
  const got: string[] = []
  return {
    canWrite: true,
    user: 'officer',
    got,
    send: (message) => {
      const decoder = decoding.createDecoder(message)
      const kind = decoding.readVarUint(decoder)
      if (kind === messageStored) got.push('stored')
      if (kind === messageRefused) got.push(`refused: ${readRefusal(decoder)}`)
    },
  }
}

/** A change typed by `peer`, as its y-websocket provider sends it. */
function typed(room: Room<string>, peer: Peer<string>, text: string): void {
  const local = new Y.Doc()
  Y.applyUpdate(local, Y.encodeStateAsUpdate(room.doc))
  let update: Uint8Array | undefined
  local.on('update', (change: Uint8Array) => (update = change))
  local.getText('t').insert(0, text)
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  syncProtocol.writeUpdate(encoder, update!)
  room.receive(peer, encoding.toUint8Array(encoder))
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('a room whose store fails', () => {
  it('tells its editors why, and tries a fault again by itself', async () => {
    const stores: string[] = []
    const room = new Room<string>({
      debounceMs: 5,
      retryMs: 20,
      onError: () => undefined,
      store: async (doc) => {
        stores.push(doc.getText('t').toString())
        if (stores.length === 1) throw new Error('SQLITE_BUSY: database is locked')
      },
    })
    const peer = recordingPeer()
    room.join(peer)
    typed(room, peer, 'words')
    await settle(100)
    // The fault's internals stay in the log; the retry stored the same words without a new change.
    expect(peer.got).toEqual([
      'refused: the server could not store them just now, and tries again shortly',
      'stored',
    ])
    expect(stores).toEqual(['words', 'words'])
    room.destroy()
  })

  it('keeps the words of editors who have all left until a retry stores them, then goes', async () => {
    const stores: string[] = []
    let idle = 0
    const room = new Room<string>({
      debounceMs: 5,
      retryMs: 20,
      onError: () => undefined,
      onIdle: () => idle++,
      store: async (doc) => {
        stores.push(doc.getText('t').toString())
        if (stores.length === 1) throw new Error('SQLITE_BUSY: database is locked')
      },
    })
    const peer = recordingPeer()
    room.join(peer)
    typed(room, peer, 'last words')
    // Gone at once: the store on leaving fails, and the room stays for its retry.
    await room.leave(peer)
    expect(stores).toEqual(['last words'])
    expect(idle).toBe(0)
    await settle(100)
    expect(stores).toEqual(['last words', 'last words'])
    expect(idle).toBe(1)
    room.destroy()
  })

  it('waits for the next change after a refusal, and says the rule it broke', async () => {
    let calls = 0
    const room = new Room<string>({
      debounceMs: 5,
      retryMs: 20,
      onError: () => undefined,
      store: async () => {
        calls++
        if (calls === 1)
          throw Object.assign(new Error('The following field is invalid: body'), {
            status: 400,
            data: { errors: [{ message: 'body: at most 2000000 bytes of rich text (got 2400000)' }] },
          })
      },
    })
    const peer = recordingPeer()
    room.join(peer)
    typed(room, peer, 'too long')
    await settle(100)
    expect(peer.got).toEqual(['refused: body: at most 2000000 bytes of rich text (got 2400000)'])
    expect(calls).toBe(1)
    typed(room, peer, 'shorter')
    await settle(50)
    expect(peer.got.at(-1)).toBe('stored')
    room.destroy()
  })
})
