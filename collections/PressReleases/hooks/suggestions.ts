import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { mayDecide, suggesterName } from '@/access/suggestionRights'
import { idOf } from '@/content/relations'
import {
  refusedDecisionMessage,
  stampSuggestions,
  suggestionChanges,
  type CoEditingSave,
} from '@/content/suggestionChanges'
import type { PressRelease } from '@/payload-types'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Suggestions are decided by the release's author and editors, and withdrawn by whoever proposed
 * them (src/access/suggestionRights.ts), whatever sends the body: the admin's form, REST, GraphQL
 * or the Local API with a user. A save that drops a suggestion its user may not decide is refused,
 * naming `body`; who proposed a suggestion and when is the server's to say, never the client's.
 * Saves without a user (the scheduler, jobs, seed) are the system's own. The co-editing store
 * saves as the room's last writer, who is not necessarily whoever removed a suggestion: the room
 * checks each connection instead (src/collab/suggestionGuard.ts).
 */
export const guardSuggestionDecisions: CollectionBeforeChangeHook<PressRelease> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const user = req.user
  if (!user || (req.context as CoEditingSave).coEditing || data.body === undefined) return data
  const mine = { by: String(user.id), byName: suggesterName(user), at: new Date().toISOString() }
  // The stored copy Payload read for this update with access overridden, so with its staff marks
  // (src/fields/staffMarks.ts keeps them on such reads): the latest draft, in the request's locale.
  // On a duplicate it is the release copied, whose suggestions keep their suggesters; the copy is
  // a new release, so nothing is decided by leaving one out.
  const stored: unknown = originalDoc?.body
  const authorId = idOf(originalDoc?.author)
  const refused: string[] = []
  const judged = (before: unknown, after: unknown) => {
    if (operation === 'update')
      for (const suggestion of suggestionChanges(before, after).decided)
        if (!mayDecide(user, authorId, suggestion)) refused.push(refusedDecisionMessage(suggestion))
    return stampSuggestions(after, before, mine)
  }
  const body: unknown =
    req.locale === 'all' && isObject(data.body) && !('root' in data.body)
      ? Object.fromEntries(
          Object.entries(data.body).map(([locale, state]) => [
            locale,
            judged(isObject(stored) ? stored[locale] : undefined, state),
          ]),
        )
      : judged(stored, data.body)
  if (refused.length > 0)
    throw new APIError(
      refused.join(' '),
      403,
      { errors: refused.map((message) => ({ path: 'body', message })) },
      true,
    )
  return { ...data, body: body as PressRelease['body'] }
}
