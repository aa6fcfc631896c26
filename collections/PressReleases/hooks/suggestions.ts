import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'

import { mayDecide, suggesterName } from '@/access/suggestionRights'
import { keepingLocale } from '@/content/quoteCheck'
import { idOf } from '@/content/relations'
import {
  refusedDecisionMessage,
  stampSuggestions,
  suggestionChanges,
  type CoEditingSave,
} from '@/content/suggestionChanges'
import { keepStaffMarks } from '@/content/suggestions'
import type { PressRelease } from '@/payload-types'
import type { WorkflowContext } from '@/workflow/context'

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
  const context = req.context as CoEditingSave & WorkflowContext
  // A restore is judged in every language before it starts (guardSuggestionRestore below).
  if (!user || context.coEditing || context.releaseRestore || data.body === undefined) return data
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
  if (refused.length > 0) throw refusal(refused)
  return { ...data, body: body as PressRelease['body'] }
}

const refusal = (messages: string[]) =>
  new APIError(
    messages.join(' '),
    403,
    { errors: messages.map((message) => ({ path: 'body', message })) },
    true,
  )

/**
 * Restoring a version writes its body in every language, while Payload runs the save hooks with
 * the default language only: the restore is judged here, every language of the version against
 * the latest draft. Its suggestions keep their stored who and when: the server wrote them.
 */
export const guardSuggestionRestore: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const user = req.user
  const id = (args as { id?: number | string }).id
  if (operation !== 'restoreVersion' || !user || id === undefined) return args
  const read = { depth: 0, locale: 'all' as const, overrideAccess: true, disableErrors: true, req }
  // Payload makes a Local API read's context the request's: each read gets its own copy.
  const context = req.context
  const version = await keepingLocale(req, () =>
    req.payload.findVersionByID({
      ...read,
      collection: 'press-releases',
      id: String(id),
      context: { ...keepStaffMarks },
    }),
  ).finally(() => {
    req.context = context
  })
  const parent = idOf(version?.parent)
  if (!version || parent === undefined) return args
  const latest = await keepingLocale(req, () =>
    req.payload.findByID({
      ...read,
      collection: 'press-releases',
      id: parent,
      draft: true,
      select: { body: true, author: true },
      context: { ...keepStaffMarks },
    }),
  ).finally(() => {
    req.context = context
  })
  const byLocale = (body: unknown) => (isObject(body) && !('root' in body) ? body : { en: body })
  const was = byLocale(latest?.body)
  const restored = byLocale(version.version.body)
  const authorId = idOf(latest?.author)
  const refused = Object.keys(was).flatMap((locale) =>
    suggestionChanges(was[locale], restored[locale])
      .decided.filter((suggestion) => !mayDecide(user, authorId, suggestion))
      .map(refusedDecisionMessage),
  )
  if (refused.length > 0) throw refusal(refused)
  return args
}
