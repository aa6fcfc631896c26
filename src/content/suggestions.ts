import { editorStates } from './lexical'

/**
 * Suggestions (track changes) in a release body, as stored: an inline element node around the
 * words an editor proposes to insert or to delete, or a mark at the end of a paragraph that
 * proposes to split it there (a new paragraph) or to join it with the next, each carrying who
 * proposed it and when. The editor's side (nodes, suggesting mode, accept and reject) is
 * src/blocks/suggestions; this is what the server needs without Lexical: which suggestions a
 * stored body holds.
 */

export const suggestedInsertionType = 'suggestedInsertion'
export const suggestedDeletionType = 'suggestedDeletion'
/** A paragraph break proposed at the end of the paragraph that holds it (the next one was split off). */
export const suggestedParagraphBreakType = 'suggestedParagraphBreak'
/** A proposal to join the paragraph that holds it with the next (a paragraph break deleted). */
export const suggestedParagraphJoinType = 'suggestedParagraphJoin'

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

/**
 * What a suggestion node proposes: to insert or to delete (the kind decides who may do what with
 * it, src/access/suggestionRights.ts), words or a paragraph break.
 */
export type SuggestionShape = { kind: SuggestionKind; paragraph: boolean }

const shapes = new Map<unknown, SuggestionShape>([
  [suggestedInsertionType, { kind: 'insertion', paragraph: false }],
  [suggestedDeletionType, { kind: 'deletion', paragraph: false }],
  [suggestedParagraphBreakType, { kind: 'insertion', paragraph: true }],
  [suggestedParagraphJoinType, { kind: 'deletion', paragraph: true }],
])

/** The shape of a suggestion node of type `type`; undefined for any other node. */
export const suggestionShapeOf = (type: unknown): SuggestionShape | undefined => shapes.get(type)

export type OpenSuggestion = SuggestionMeta & SuggestionShape & { text: string }

/** Words cut at `max` characters, with an ellipsis. */
export const excerpt = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/**
 * What a suggestion proposes, in words: "add “today”", "start a new paragraph" (`to`), or
 * "adding “today”", "joining two paragraphs" (`ing`), its words cut at `max` characters.
 */
export function proposalWords(s: OpenSuggestion, form: 'to' | 'ing', max = 80): string {
  const insert = s.kind === 'insertion'
  if (s.paragraph) {
    const [verb, what] = insert ? ['start', 'a new paragraph'] : ['join', 'two paragraphs']
    return `${form === 'to' ? verb : `${verb}ing`} ${what}`
  }
  const verb = insert ? (form === 'to' ? 'add' : 'adding') : form === 'to' ? 'delete' : 'deleting'
  return `${verb} “${excerpt(s.text, max)}”`
}

type Node = { type?: unknown; text?: unknown; children?: unknown[] } & Record<string, unknown>

const textOf = (node: Node): string =>
  typeof node.text === 'string' ? node.text : (node.children ?? []).map((c) => textOf(c as Node)).join('')

/** The open suggestions of one editor state, one per id (a proposal may span several nodes). */
export function openSuggestions(state: unknown): OpenSuggestion[] {
  const found = new Map<string, OpenSuggestion>()
  const walk = (value: unknown) => {
    if (!value || typeof value !== 'object') return
    const node = value as Node
    const shape = suggestionShapeOf(node.type)
    if (shape) {
      const id = typeof node.suggestionId === 'string' ? node.suggestionId : ''
      const key = `${shape.kind}:${id}`
      const seen = found.get(key)
      if (seen) seen.text += textOf(node)
      else
        found.set(key, {
          ...shape,
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
