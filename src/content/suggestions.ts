import { editorStates } from './lexical'

/**
 * Suggestions (track changes) in a release body, as stored: an inline element node around the
 * words an editor proposes to insert or to delete, carrying who proposed it and when. The
 * editor's side (nodes, suggesting mode, accept and reject) is src/blocks/suggestions; this is
 * what the server needs without Lexical: which suggestions a stored body holds.
 */

export const suggestedInsertionType = 'suggestedInsertion'
export const suggestedDeletionType = 'suggestedDeletion'

/**
 * The `req.context` of a trusted server read without a staff user (the scheduler) that must see
 * a body's staff marks: src/fields/staffMarks.ts removes them from every other such read.
 */
export const keepStaffMarks = { keepStaffMarks: true } as const

export type SuggestionKind = 'insertion' | 'deletion'

/** Who proposed a suggestion and when; one id for every node one proposal made. */
export type SuggestionMeta = {
  suggestionId: string
  /** The suggester's user id, as text. */
  by: string
  /** Their name (or email) when they proposed it, for the popover and the list. */
  byName: string
  /** ISO instant. */
  at: string
}

export type OpenSuggestion = SuggestionMeta & { kind: SuggestionKind; text: string }

type Node = { type?: unknown; text?: unknown; children?: unknown[] } & Record<string, unknown>

const kindOf = (type: unknown): SuggestionKind | undefined =>
  type === suggestedInsertionType ? 'insertion' : type === suggestedDeletionType ? 'deletion' : undefined

const textOf = (node: Node): string =>
  typeof node.text === 'string' ? node.text : (node.children ?? []).map((c) => textOf(c as Node)).join('')

/** The open suggestions of one editor state, one per id (a proposal may span several nodes). */
export function openSuggestions(state: unknown): OpenSuggestion[] {
  const found = new Map<string, OpenSuggestion>()
  const walk = (value: unknown) => {
    if (!value || typeof value !== 'object') return
    const node = value as Node
    const kind = kindOf(node.type)
    if (kind) {
      const id = typeof node.suggestionId === 'string' ? node.suggestionId : ''
      const key = `${kind}:${id}`
      const seen = found.get(key)
      if (seen) seen.text += textOf(node)
      else
        found.set(key, {
          kind,
          suggestionId: id,
          by: String(node.by ?? ''),
          byName: String(node.byName ?? ''),
          at: String(node.at ?? ''),
          text: textOf(node),
        })
      return
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk((state as { root?: unknown } | null)?.root)
  return [...found.values()]
}

/** How many suggestions are open in a rich-text value (one state, or a map of them by locale). */
export function countOpenSuggestions(value: unknown): number {
  return editorStates(value).reduce<number>((sum, state) => sum + openSuggestions(state).length, 0)
}
