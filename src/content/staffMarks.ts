/**
 * Marks that staff put into a body while they work on it (inline comment anchors, suggested
 * insertions and deletions of words and of paragraph breaks) and that the public must never see.
 * This is the one list of them: the public copy of a body, its stored plain text (which search
 * indexes) and the site's rendering all go through `publicCopy`.
 *
 * - `unwrap`: the node's children are public text; the node itself is not (a comment anchor
 *   around words, a suggested deletion whose words are still in force until accepted).
 * - `drop`: the node and everything in it are staff-only (a suggested insertion not accepted,
 *   a proposal to join two paragraphs, which stay two until it is accepted).
 * - `join`: a proposed paragraph break: until accepted, the paragraph holding it and the next
 *   are one, as they were before it was proposed.
 */
export type StaffMarkRule = 'unwrap' | 'drop' | 'join'

export const staffMarks: Readonly<Record<string, StaffMarkRule>> = {
  suggestedInsertion: 'drop',
  suggestedDeletion: 'unwrap',
  suggestedParagraphBreak: 'join',
  suggestedParagraphJoin: 'drop',
  // An inline comment's anchor (./commentAnchors.ts): Lexical's MarkNode around the words.
  mark: 'unwrap',
}

type Node = { type?: unknown; children?: unknown[] } & Record<string, unknown>

type Rules = Readonly<Record<string, StaffMarkRule>>

const ruleOf = (node: unknown, rules: Rules): StaffMarkRule | undefined => {
  const type = (node as Node | null)?.type
  return typeof type === 'string' && Object.hasOwn(rules, type) ? rules[type] : undefined
}

function publicChildren(children: unknown[], rules: Rules): unknown[] {
  const kept: unknown[] = []
  // Whether the last kept node held a proposed paragraph break: the next one joins it.
  let joinNext = false
  for (const child of children) {
    const node = child as Node
    const rule = ruleOf(child, rules)
    if (rule === 'drop' || rule === 'join') continue
    const children = Array.isArray(node?.children) ? publicChildren(node.children, rules) : undefined
    if (rule === 'unwrap') {
      kept.push(...(children ?? []))
      continue
    }
    const previous = kept.at(-1) as Node | undefined
    if (joinNext && children && Array.isArray(previous?.children))
      kept[kept.length - 1] = { ...previous, children: [...previous.children, ...children] }
    else kept.push(children ? { ...node, children } : child)
    joinNext = !!children && (node.children ?? []).some((c) => ruleOf(c, rules) === 'join')
  }
  return kept
}

/** Whether a body holds any staff mark (so that untouched bodies are returned as they are). */
export function hasStaffMarks(state: unknown, rules = staffMarks): boolean {
  const walk = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false
    const n = node as Node
    if (ruleOf(n, rules)) return true
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
