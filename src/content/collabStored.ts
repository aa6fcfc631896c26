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

/**
 * The room's word that its last store was refused, and why: the live text is not in the draft
 * until a later store succeeds (the editors keep their words; the next change, or the room's retry
 * after a fault, stores again). Cleared by the next stored message.
 */
export const messageRefused = 11

type Refusal = { status?: unknown; message?: unknown; data?: { errors?: { message?: unknown }[] } }

/** Whether `error` is the request refused (4xx: what was typed breaks a rule), not a fault. */
export const isRefusal = (error: unknown): boolean => {
  const status = Number((error as Refusal | null)?.status)
  return status >= 400 && status < 500
}

/**
 * What the editors are told: a refusal's own words (Payload's, naming the field), and never a
 * fault's internals (a database error), which only the server's log gets.
 */
export function refusalReason(error: unknown): string {
  if (!isRefusal(error)) return 'the server could not store them just now, and tries again shortly'
  const { message, data } = error as Refusal
  const details = (data?.errors ?? []).map((item) => item.message).filter((text) => typeof text === 'string')
  return details.length > 0 ? details.join('; ') : String(message)
}

export function refusedMessage(reason: string): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageRefused)
  encoding.writeVarString(encoder, reason)
  return encoding.toUint8Array(encoder)
}

/** Reads a refused message's body (after its type): the reason. */
export const readRefusal = (decoder: decoding.Decoder): string => decoding.readVarString(decoder)
