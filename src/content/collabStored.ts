import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/**
 * The room's word to its editors that their changes are in the stored draft: after each store,
 * the state vector of the document it stored (a message type of ours beside y-websocket's sync,
 * awareness and auth). An editor whose own changes it covers has nothing waiting: the workflow
 * panel offers its actions again (they apply to the stored draft, not to the live text).
 */
export const messageStored = 10

export function storedMessage(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageStored)
  encoding.writeVarUint8Array(encoder, stateVector)
  return encoding.toUint8Array(encoder)
}

/** Reads a stored message's body (after its type): how much of `doc`'s own changes it covers. */
export function storedClock(decoder: decoding.Decoder, doc: Y.Doc): number {
  return Y.decodeStateVector(decoding.readVarUint8Array(decoder)).get(doc.clientID) ?? 0
}

/** Whether `doc` holds changes of its own that no stored message has covered yet. */
export const hasUnstored = (doc: Y.Doc, stored: number): boolean =>
  Y.getState(doc.store, doc.clientID) > stored
