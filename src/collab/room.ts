import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as authProtocol from 'y-protocols/auth'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'

import { isRefusal, refusalReason, refusedMessage, storedMessage } from '@/content/collabStored'

/**
 * One shared document and the connections editing it, speaking the y-websocket protocol (sync
 * and awareness messages, y-protocols) that the admin's WebsocketProvider speaks. Written on `ws`
 * rather than Hocuspocus: @hocuspocus/server 4 declares node >=22 and this project runs Node 20;
 * the protocol itself is two message types from y-protocols, and our own room lets a connection
 * be read-only (its updates are dropped, not applied), which the access rules need.
 */

const messageSync = 0
const messageAwareness = 1
const messageAuth = 2

export type Peer<U> = {
  send: (message: Uint8Array) => void
  /** May this connection change the document (src/collab/access.ts)? */
  canWrite: boolean
  user: U
}

/** The message that tells an editor to stay read-only (src/blocks/collab/Plugin.client.tsx). */
function readOnlyMessage(): Uint8Array {
  const denied = encoding.createEncoder()
  encoding.writeVarUint(denied, messageAuth)
  authProtocol.writePermissionDenied(denied, 'read-only')
  return encoding.toUint8Array(denied)
}

export type RoomOptions<U> = {
  /** Called, debounced, after changes: the document's state and who changed it last. */
  store: (doc: Y.Doc, by: U) => Promise<void>
  debounceMs: number
  /** After a store that failed for a fault (not a refusal), the next try; none is left pending. */
  retryMs?: number
  onError: (error: unknown) => void
  /** Nobody is left and nothing waits to be stored: the room may go. */
  onIdle?: () => void
}

export class Room<U> {
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  private peers = new Map<Peer<U>, Set<number>>()
  private timer: ReturnType<typeof setTimeout> | undefined
  private lastWriter: U | undefined
  private storing: Promise<void> = Promise.resolve()

  constructor(private options: RoomOptions<U>) {
    // Nobody's local state on the server.
    this.awareness.setLocalState(null)
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, messageSync)
      syncProtocol.writeUpdate(encoder, update)
      this.broadcast(encoding.toUint8Array(encoder))
      const peer = origin as Peer<U> | undefined
      if (peer && this.peers.has(peer)) {
        this.lastWriter = peer.user
        this.schedule()
      }
    })
    this.awareness.on(
      'update',
      ({ added, updated, removed }: Record<'added' | 'updated' | 'removed', number[]>, origin: unknown) => {
        const changed = [...added, ...updated, ...removed]
        const controlled = this.peers.get(origin as Peer<U>)
        if (controlled) {
          for (const id of added) controlled.add(id)
          for (const id of removed) controlled.delete(id)
        }
        const encoder = encoding.createEncoder()
        encoding.writeVarUint(encoder, messageAwareness)
        encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
        this.broadcast(encoding.toUint8Array(encoder))
      },
    )
  }

  get size(): number {
    return this.peers.size
  }

  join(peer: Peer<U>): void {
    this.peers.set(peer, new Set())
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, messageSync)
    syncProtocol.writeSyncStep1(encoder, this.doc)
    peer.send(encoding.toUint8Array(encoder))
    if (!peer.canWrite) peer.send(readOnlyMessage())
    const states = [...this.awareness.getStates().keys()]
    if (states.length > 0) {
      const awareness = encoding.createEncoder()
      encoding.writeVarUint(awareness, messageAwareness)
      encoding.writeVarUint8Array(awareness, awarenessProtocol.encodeAwarenessUpdate(this.awareness, states))
      peer.send(encoding.toUint8Array(awareness))
    }
  }

  /** Handles one message; a read-only peer's document updates are dropped. */
  receive(peer: Peer<U>, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message)
    const type = decoding.readVarUint(decoder)
    if (type === messageAwareness) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), peer)
      return
    }
    if (type !== messageSync) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, messageSync)
    const step = decoding.readVarUint(decoder)
    if (step === syncProtocol.messageYjsSyncStep1) syncProtocol.readSyncStep1(decoder, encoder, this.doc)
    else if (!peer.canWrite) return
    else if (step === syncProtocol.messageYjsSyncStep2) syncProtocol.readSyncStep2(decoder, this.doc, peer)
    else if (step === syncProtocol.messageYjsUpdate) syncProtocol.readUpdate(decoder, this.doc, peer)
    if (encoding.length(encoder) > 1) peer.send(encoding.toUint8Array(encoder))
  }

  /** Takes writing away from the peers `may` now refuses (a release published while they edit). */
  restrict(may: (user: U) => boolean): void {
    for (const peer of this.peers.keys()) {
      if (!peer.canWrite || may(peer.user)) continue
      peer.canWrite = false
      peer.send(readOnlyMessage())
    }
  }

  /** Stores the document now as `by`, the room empty (words kept from before a restart): idle once stored. */
  recover(by: U): void {
    this.lastWriter = by
    this.schedule(0, true)
  }

  /** Runs `task` after what is being stored, and before anything stored later. */
  queue(task: () => Promise<void>): Promise<void> {
    this.storing = this.storing.then(task).catch((error: unknown) => this.options.onError(error))
    return this.storing
  }

  /**
   * Removes the peer (and its cursors). The last one out stores what is pending, and the room is
   * idle once that is stored; after a fault the room stays, retrying, until it is (the words exist
   * nowhere else once every editor has gone), and a person who comes back meanwhile finds them.
   */
  async leave(peer: Peer<U>): Promise<void> {
    const controlled = this.peers.get(peer)
    this.peers.delete(peer)
    if (controlled?.size) awarenessProtocol.removeAwarenessStates(this.awareness, [...controlled], null)
    if (this.peers.size > 0) return
    await this.flush()
    this.idleCheck()
  }

  private idleCheck(): void {
    if (this.peers.size === 0 && !this.timer) this.options.onIdle?.()
  }

  /** Stores now what is pending, if anything. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer)
      this.timer = undefined
      this.run()
    }
    await this.storing
  }

  private cleanups: (() => void)[] = []

  /** Runs `cleanup` when the room is destroyed. */
  onDestroy(cleanup: () => void): void {
    this.cleanups.push(cleanup)
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup()
    if (this.timer) clearTimeout(this.timer)
    this.awareness.destroy()
    this.doc.destroy()
  }

  private schedule(afterMs = this.options.debounceMs, retry = false): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.run(retry)
    }, afterMs)
  }

  /** One store at a time, in order: a later state never lands before an earlier one. */
  private run(retry = false): void {
    const by = this.lastWriter
    if (by === undefined) return
    void this.queue(async () => {
      // What the store is about to read: the editors whose changes it covers are told, after.
      const covered = Y.encodeStateVector(this.doc)
      try {
        await this.options.store(this.doc, by)
      } catch (error) {
        // The editors see why their words are not in the draft (src/blocks/collab/Plugin.client.tsx).
        // A refusal waits for the next change; a fault (a busy database) is tried again.
        this.broadcast(refusedMessage(refusalReason(error)))
        if (!isRefusal(error) && !this.timer) this.schedule(this.options.retryMs ?? 10_000, true)
        throw error
      }
      this.broadcast(storedMessage(covered))
      // A retry that stored the words of editors who have all gone.
      if (retry) this.idleCheck()
    })
  }

  private broadcast(message: Uint8Array): void {
    for (const peer of this.peers.keys()) peer.send(message)
  }
}
