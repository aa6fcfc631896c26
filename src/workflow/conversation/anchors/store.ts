/**
 * What the body's editor and the conversation beside it share about inline comments, in the
 * browser: which marks the text holds now, which threads are open, the words being commented on
 * before their thread exists, and which thread has the reader's attention. The editor's plugin
 * (./AnchorsPlugin.client.tsx) and the sidebar (../Conversation.client.tsx) are mounted apart by
 * Payload's edit view, so they meet here rather than through React context.
 */
export type Focus = { mark: string; from: 'editor' | 'sidebar'; at: number }
export type Draft = { mark: string; quote: string }

export type AnchorState = {
  /** The marks in the body as edited now; null until the editor has read its text. */
  present: ReadonlySet<string> | null
  /** Every mark this view's text has held since it was opened (a mark not among them came from a colleague). */
  seen: ReadonlySet<string>
  /** Marks with an open thread: highlighted. A resolved thread's mark stays in the text, unlit. */
  open: ReadonlySet<string>
  draft: Draft | null
  focused: Focus | null
}

let state: AnchorState = { present: null, seen: new Set(), open: new Set(), draft: null, focused: null }
const listeners = new Set<() => void>()
const removers = new Set<(mark: string) => void>()

export const anchorState = (): AnchorState => state

export function subscribeAnchors(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function setAnchors(change: Partial<AnchorState>): void {
  state = { ...state, ...change }
  for (const listener of listeners) listener()
}

/** The editor says which marks its text holds now. */
export function setPresent(present: ReadonlySet<string> | null): void {
  if (sameMarks(present, state.present)) return
  setAnchors({ present, seen: present ? new Set([...state.seen, ...present]) : new Set() })
}

export function focusAnchor(mark: string, from: Focus['from']): void {
  setAnchors({ focused: { mark, from, at: Date.now() } })
}

/** The editor takes a mark out of the text (a comment given up before it was sent). */
export function onRemoveAnchor(remove: (mark: string) => void): () => void {
  removers.add(remove)
  return () => removers.delete(remove)
}

export function dropDraft(): void {
  const mark = state.draft?.mark
  setAnchors({ draft: null })
  if (mark) for (const remove of removers) remove(mark)
}

/** Two sets with the same members (so that an unchanged body does not re-render the sidebar). */
export const sameMarks = (a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean =>
  a === b || (a !== null && b !== null && a.size === b.size && [...a].every((mark) => b.has(mark)))
