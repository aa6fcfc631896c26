/**
 * An inline comment's anchor (issue 15, item 4): the first comment of a thread may name a range
 * of the body. The range is an inline mark node in the body itself (Lexical's MarkNode, type
 * `mark`, which holds the ids of the threads that cover it and may overlap), so it follows the
 * words as they are edited, merged or co-edited; the thread keeps the mark's id and the words
 * quoted when it was written. The mark is a staff mark (./staffMarks.ts): the public never
 * reads it.
 */
export const commentMarkType = 'mark'

/** A mark's id as the editor makes it (`newAnchorId`); anything else is refused by the server. */
export const anchorIdPattern = /^c-[A-Za-z0-9_-]{8,40}$/

/** The words a thread quotes, cut here (a selection of a whole page is still one line in the sidebar). */
export const quoteLength = 300

export function newAnchorId(): string {
  const random = globalThis.crypto.randomUUID().replace(/-/g, '')
  return `c-${random.slice(0, 20)}`
}

/** The selected words as a thread quotes them: one line, cut at `quoteLength`. */
export function quoteOf(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > quoteLength ? `${line.slice(0, quoteLength - 1)}…` : line
}

type Node = { type?: unknown; ids?: unknown; children?: unknown }

/** The ids of the comment marks in a body (an editor state), in document order, each once. */
export function anchorIdsIn(state: unknown): string[] {
  const found = new Set<string>()
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { type, ids, children } = node as Node
    if (type === commentMarkType && Array.isArray(ids))
      for (const id of ids) if (typeof id === 'string') found.add(id)
    if (Array.isArray(children)) children.forEach(walk)
  }
  walk((state as { root?: unknown } | null)?.root)
  return [...found]
}
