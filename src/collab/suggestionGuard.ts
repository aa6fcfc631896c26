import * as Y from 'yjs'

import { mayAcceptOrReject, mayDecide, suggesterName } from '@/access/suggestionRights'
import { suggestionKey } from '@/content/suggestionChanges'
import { suggestionShapeOf, type SuggestionKind, type SuggestionMeta } from '@/content/suggestions'

/**
 * Who decides a suggestion (src/access/suggestionRights.ts), held per connection in a co-editing
 * room. The room's store saves as its last writer, who need not be whoever removed a suggestion,
 * so the release's save hook cannot judge it there: the room does, as each change arrives. A
 * change from a peer who is neither an editor nor the release's author, that removes a suggestion
 * the peer did not propose or adds one in someone else's name, is undone on the server (a
 * Y.UndoManager per such peer, tracking only that peer's changes), so every editor gets the
 * suggestion back and the store writes it back.
 */

type Found = Map<string, SuggestionMeta & { kind: SuggestionKind }>

/**
 * The suggestions of a document as Lexical's Yjs binding lays it out (@lexical/yjs 0.50): every
 * element node is a Y.XmlText inside its parent's, every decorator node (a paragraph mark) a
 * Y.XmlElement there, each with its `__type` and properties as attributes.
 */
export function suggestionsInDoc(doc: Y.Doc): Found {
  const found: Found = new Map()
  const walk = (type: Y.XmlText | Y.XmlElement) => {
    const shape = suggestionShapeOf(type.getAttribute('__type'))
    if (shape) {
      const attribute = (name: string) => String((type.getAttribute(name) as unknown) ?? '')
      const meta = {
        kind: shape.kind,
        suggestionId: attribute('__suggestionId'),
        by: attribute('__by'),
        byName: attribute('__byName'),
        at: attribute('__at'),
      }
      const key = suggestionKey(meta)
      if (!found.has(key)) found.set(key, meta)
      return
    }
    if (type instanceof Y.XmlElement) return
    for (const { insert } of type.toDelta() as { insert: unknown }[])
      if (insert instanceof Y.XmlText || insert instanceof Y.XmlElement) walk(insert)
  }
  walk(doc.get('root', Y.XmlText))
  return found
}

type User = { id: number | string; collection?: string; name?: unknown; email?: unknown }
type Watched = { user: User; authorId: number | string | undefined; undo: Y.UndoManager }

/** What a peer's change did that it may not do, if anything. */
function refusal(watched: Watched, before: Found, after: Found): string | undefined {
  for (const [key, suggestion] of before)
    if (!after.has(key) && !mayDecide(watched.user, watched.authorId, suggestion))
      return `removed ${suggestion.byName || 'a colleague'}'s suggestion ${key}`
  for (const [key, suggestion] of after)
    if (
      !before.has(key) &&
      (suggestion.by !== String(watched.user.id) || suggestion.byName !== suggesterName(watched.user))
    )
      return `added suggestion ${key} in the name of ${suggestion.byName || '(nobody)'}, user ${suggestion.by || '(none)'}`
  return undefined
}

const changed = (transaction: Y.Transaction) =>
  transaction.changed.size > 0 || transaction.deleteSet.clients.size > 0

class RoomGuard {
  readonly peers = new Map<object, Watched>()
  /** The suggestions as they were after the last change; undefined once someone else changed the doc. */
  private known: Found | undefined
  private reverting = false

  constructor(
    private doc: Y.Doc,
    private onRevert: (user: User, reason: string) => void,
  ) {
    doc.on('beforeTransaction', (transaction: Y.Transaction) => {
      if (this.peers.has(transaction.origin as object) && !this.known) this.known = suggestionsInDoc(doc)
    })
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (!this.peers.has(transaction.origin as object) && changed(transaction)) this.known = undefined
    })
    // After every transaction's cleanup, the peers' undo managers included, so an undo is possible.
    doc.on('afterAllTransactions', (_doc: Y.Doc, transactions: Y.Transaction[]) => {
      if (this.reverting) return
      const touched = transactions.find((t) => this.peers.has(t.origin as object) && changed(t))
      const watched = touched && this.peers.get(touched.origin as object)
      if (!watched || !this.known) return
      const after = suggestionsInDoc(doc)
      const reason = refusal(watched, this.known, after)
      if (reason) {
        this.reverting = true
        try {
          watched.undo.undo()
        } finally {
          this.reverting = false
        }
        this.known = suggestionsInDoc(doc)
        this.onRevert(watched.user, reason)
      } else this.known = after
      watched.undo.clear()
    })
  }
}

const guards = new WeakMap<Y.Doc, RoomGuard>()

/**
 * Watches `peer` (the transaction origin its changes are applied with) in `doc`'s room, unless
 * it may decide every suggestion anyway; returns what stops watching it when it leaves.
 */
export function guardSuggestions(
  doc: Y.Doc,
  peer: object,
  user: User,
  authorId: number | string | undefined,
  onRevert: (user: User, reason: string) => void = () => undefined,
): () => void {
  if (mayAcceptOrReject(user, authorId)) return () => undefined
  let guard = guards.get(doc)
  if (!guard) guards.set(doc, (guard = new RoomGuard(doc, onRevert)))
  // captureTimeout 0: each change of the peer's is its own step, so an undo takes back that one only.
  const undo = new Y.UndoManager(doc.get('root', Y.XmlText), {
    trackedOrigins: new Set([peer]),
    captureTimeout: 0,
  })
  guard.peers.set(peer, { user, authorId, undo })
  return () => {
    guard.peers.delete(peer)
    undo.destroy()
  }
}
