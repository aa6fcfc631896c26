import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { isLocale, type Locale } from '@/content/locales'
import { keepingLocale } from '@/content/quoteCheck'
import type { Id } from '@/content/relations'
import { countOpenSuggestions, keepStaffMarks } from '@/content/suggestions'
import type { PressRelease } from '@/payload-types'

import type { WorkflowContext } from './context'
import { localeLabelInEnglish } from './translation/actions'

/**
 * Suggestions block the text's way to the public (issue 15, item 5): Submit, Approve, Schedule,
 * Embargo and Publish (the workflow's actions, the scheduler at the time, and Payload's own
 * publish or an in-place correction through any API) are refused while the body holds an open
 * suggestion in any language. One rule, asked by src/workflow/apply.ts, src/workflow/jobs.ts and
 * the release's beforeChange hook below.
 */

export type OpenByLocale = Partial<Record<Locale, number>>

/**
 * How many suggestions are open in each language of a release's latest text: `body` (the text
 * being written in the request's language) takes the place of what is stored in that language.
 */
export async function openSuggestionsByLocale(
  req: PayloadRequest,
  { id, body }: { id?: Id; body?: unknown },
): Promise<OpenByLocale> {
  const open: OpenByLocale = {}
  const add = (locale: string | undefined, value: unknown) => {
    const count = countOpenSuggestions(value)
    const code: Locale = isLocale(locale) ? locale : 'en'
    if (count > 0) open[code] = (open[code] ?? 0) + count
  }
  const writing = req.locale
  if (body !== undefined) {
    if (writing === 'all' && body && typeof body === 'object' && !('root' in body))
      for (const [locale, state] of Object.entries(body)) add(locale, state)
    else add(writing ?? undefined, body)
  }
  if (id === undefined || (body !== undefined && writing === 'all')) return open
  // The scheduler reads without a user: it asks for the marks, and `req` gets its own context
  // back (Payload's createLocalReq replaces req.context with one merged with the read's).
  const context = req.context
  const stored = await keepingLocale(req, () =>
    req.payload
      .findByID({
        collection: 'press-releases',
        id,
        draft: true,
        locale: 'all',
        depth: 0,
        select: { body: true },
        overrideAccess: true,
        disableErrors: true,
        // A copy: Payload makes it the request's context, which hooks write to.
        context: { ...keepStaffMarks },
        req,
      })
      .finally(() => {
        req.context = context
      }),
  )
  const byLocale = (stored?.body ?? {}) as unknown as Record<string, unknown>
  if ('root' in byLocale) {
    if (body === undefined) add('en', byLocale)
    return open
  }
  for (const [locale, state] of Object.entries(byLocale))
    if (body === undefined || locale !== writing) add(locale, state)
  return open
}

/** "“Publish now” is refused: the body holds 3 open suggestions (English 2, Russian 1). …" */
export function openSuggestionsMessage(action: string, open: OpenByLocale): string | undefined {
  const entries = Object.entries(open) as [Locale, number][]
  const total = entries.reduce((sum, [, count]) => sum + count, 0)
  if (total === 0) return undefined
  const where = entries.map(([locale, count]) => `${localeLabelInEnglish[locale]} ${count}`).join(', ')
  return (
    `“${action}” is refused: the body holds ${total} open suggestion${total > 1 ? 's' : ''} (${where}). ` +
    'The author or an editor accepts or rejects each one in the body first.'
  )
}

/** The refusal, as the API answers it: 409 naming `body`, with the counts by language. */
export function openSuggestionsError(action: string, open: OpenByLocale): APIError | undefined {
  const message = openSuggestionsMessage(action, open)
  return message ? new APIError(message, 409, { field: 'body', openSuggestions: open }, true) : undefined
}

/**
 * Payload's own publish (the REST/GraphQL/Local API `_status: published`) and an editor's
 * in-place change of a published release write the public copy without a workflow action.
 */
export const refuseOpenSuggestionsOnPublish: CollectionBeforeChangeHook<PressRelease> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const context = req.context as WorkflowContext
  if (context.workflowTransition || context.releaseRestore) return data
  const writesPublicCopy =
    data._status === 'published' ||
    (operation === 'update' &&
      !context.releaseDraftSave &&
      originalDoc?._status === 'published' &&
      data._status !== 'draft')
  if (!writesPublicCopy) return data
  const open = await openSuggestionsByLocale(req, {
    id: operation === 'update' ? originalDoc?.id : undefined,
    body: data.body,
  })
  const error = openSuggestionsError('Publish', open)
  if (error) throw error
  return data
}
