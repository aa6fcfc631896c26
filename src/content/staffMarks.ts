/**
 * Marks that staff put into a body while they work on it (inline comment anchors, suggested
 * insertions and deletions) and that the public must never see. This is the one list of them:
 * the public copy of a body, its stored plain text (which search indexes) and the site's
 * rendering all go through `publicCopy`.
 *
 * - `unwrap`: the node's children are public text; the node itself is not (a comment anchor
 *   around words, a suggested deletion whose words are still in force until accepted).
 * - `drop`: the node and everything in it are staff-only (a suggested insertion not accepted).
 */
export type StaffMarkRule = 'unwrap' | 'drop'

export const staffMarks: Readonly<Record<string, StaffMarkRule>> = {
  suggestedInsertion: 'drop',
  suggestedDeletion: 'unwrap',
  // An inline comment's anchor (./commentAnchors.ts): Lexical's MarkNode around the words.
  mark: 'unwrap',
}

type Node = { type?: unknown; children?: unknown[] } & Record<string, unknown>

function publicChildren(children: unknown[], rules: Readonly<Record<string, StaffMarkRule>>): unknown[] {
  return children.flatMap((child) => {
    if (!child || typeof child !== 'object') return [child]
    const node = child as Node
    const rule = typeof node.type === 'string' ? rules[node.type] : undefined
    if (rule === 'drop') return []
    const children = Array.isArray(node.children) ? publicChildren(node.children, rules) : undefined
    if (rule === 'unwrap') return children ?? []
    return [children ? { ...node, children } : node]
  })
}

/** Whether a body holds any staff mark (so that untouched bodies are returned as they are). */
export function hasStaffMarks(state: unknown, rules = staffMarks): boolean {
  const walk = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false
    const n = node as Node
    if (typeof n.type === 'string' && n.type in rules) return true
    return Array.isArray(n.children) && n.children.some(walk)
  }
  return walk((state as { root?: unknown } | null)?.root)
}

/** The body as the public may read it: every staff mark removed as its rule says. */
export function publicCopy<T>(state: T, rules = staffMarks): T {
  if (!hasStaffMarks(state, rules)) return state
  const root = (state as unknown as { root: Node }).root
  const children = Array.isArray(root.children) ? publicChildren(root.children, rules) : []
  return { ...state, root: { ...root, children } } as T
}
