import {
  openSuggestions,
  proposalWords,
  suggestionShapeOf,
  type OpenSuggestion,
  type SuggestionKind,
  type SuggestionMeta,
} from './suggestions'

/**
 * How two bodies' suggestions differ, and the server's who-and-when on them: what the release's
 * save hook (collections/PressReleases/hooks/suggestions.ts) judges with the rule of who decides
 * (src/access/suggestionRights.ts).
 */

/** A proposal's identity in a body: its kind and id (a replacement is a deletion and an insertion). */
export const suggestionKey = (s: { kind: SuggestionKind; suggestionId: string }) =>
  `${s.kind}:${s.suggestionId}`

export type SuggestionChanges = { decided: OpenSuggestion[]; added: OpenSuggestion[] }

/** Which suggestions of `before` are gone from `after` (decided), and which of `after` are new. */
export function suggestionChanges(before: unknown, after: unknown): SuggestionChanges {
  const was = new Map(openSuggestions(before).map((s) => [suggestionKey(s), s]))
  const is = new Map(openSuggestions(after).map((s) => [suggestionKey(s), s]))
  return {
    decided: [...was].filter(([key]) => !is.has(key)).map(([, s]) => s),
    added: [...is].filter(([key]) => !was.has(key)).map(([, s]) => s),
  }
}

/** "Only the release's author or an editor can accept or reject Elena's suggestion to add “…”; …" */
export function refusedDecisionMessage(suggestion: OpenSuggestion): string {
  const whose = suggestion.byName ? `${suggestion.byName}'s` : "a colleague's"
  return (
    `Only the release's author or an editor can accept or reject ${whose} suggestion to ${proposalWords(suggestion, 'to', 60)}; ` +
    `only ${suggestion.byName || 'whoever proposed it'} can withdraw it. It is still in the body: reload it to see it again.`
  )
}

type Node = { type?: unknown; children?: unknown[] } & Record<string, unknown>

/**
 * `state` with every suggestion's who and when taken from the server, never from the writer: a
 * suggestion `before` held keeps the meta stored there, a new one gets `mine` (the saver's).
 */
export function stampSuggestions(
  state: unknown,
  before: unknown,
  mine: Omit<SuggestionMeta, 'suggestionId'>,
) {
  const stored = new Map(openSuggestions(before).map((s) => [suggestionKey(s), s]))
  const walk = (value: unknown): unknown => {
    if (!value || typeof value !== 'object') return value
    const node = value as Node
    const children = Array.isArray(node.children) ? node.children.map(walk) : node.children
    const shape = suggestionShapeOf(node.type)
    if (!shape) return children ? { ...node, children } : node
    const suggestionId = typeof node.suggestionId === 'string' ? node.suggestionId : ''
    const known = stored.get(suggestionKey({ kind: shape.kind, suggestionId }))
    const meta = known ? { by: known.by, byName: known.byName, at: known.at } : mine
    return { ...node, children, suggestionId, ...meta }
  }
  const root = (state as { root?: unknown } | null)?.root
  return root ? { ...(state as object), root: walk(root) } : state
}

/**
 * The `req.context` of the co-editing store's save (src/collab/store.ts). It saves as the room's
 * last writer, who is not necessarily whoever removed a suggestion, so the release's save hook
 * leaves its suggestions alone: the room has checked each connection's changes already
 * (src/collab/suggestionGuard.ts).
 */
export const coEditingSave = { coEditing: true } as const
export type CoEditingSave = Partial<typeof coEditingSave>
