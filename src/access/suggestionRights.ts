import type { SuggestionMeta } from '@/content/suggestions'

import { isEditor } from './roles'

/**
 * Who decides a suggestion (issue 15, item 5), the one rule the editor's buttons
 * (src/blocks/suggestions/useSuggestionRights.ts), the release's save hook
 * (collections/PressReleases/hooks/suggestions.ts) and the co-editing room
 * (src/collab/suggestionGuard.ts) all ask: the release's author (its `author` field) and editors
 * accept or reject any suggestion; whoever proposed one may withdraw it (reject their own).
 */

/** A user as the server (TypedUser) or the admin's client (ClientUser) holds it. */
type Someone = { collection?: string; id?: number | string } | null | undefined

const idText = (id: unknown): string | undefined =>
  typeof id === 'number' || typeof id === 'string' ? String(id) : undefined

/** The name a suggestion shows for its suggester, as the editor writes it and the server checks it. */
export function suggesterName(user: { id: number | string; name?: unknown; email?: unknown }): string {
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  return text(user.name) || text(user.email) || `user ${user.id}`
}

/** May `user` accept or reject anyone's suggestion in a release whose author is `authorId`? */
export function mayAcceptOrReject(user: Someone, authorId: number | string | null | undefined): boolean {
  if (isEditor(user)) return true
  const id = idText(user?.id)
  return id !== undefined && id === idText(authorId)
}

/** May `user` withdraw `suggestion` (it is theirs)? */
export function mayWithdraw(user: Someone, suggestion: Pick<SuggestionMeta, 'by'>): boolean {
  const id = idText(user?.id)
  return id !== undefined && suggestion.by === id
}

/** May `user` make `suggestion` go away, by a decision or a withdrawal? */
export function mayDecide(
  user: Someone,
  authorId: number | string | null | undefined,
  suggestion: Pick<SuggestionMeta, 'by'>,
): boolean {
  return mayAcceptOrReject(user, authorId) || mayWithdraw(user, suggestion)
}
