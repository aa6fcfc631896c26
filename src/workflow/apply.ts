import { APIError, type PayloadRequest } from 'payload'

import { workflowActor } from '@/access/roles'
import { releaseQuoteProblems, unverifiedQuotesMessage } from '@/content/quoteCheck'
import type { PressRelease } from '@/payload-types'

import { recordActivity, releaseTitle } from './activity'
import type { WorkflowContext } from './context'
import {
  earlyLiftSentence,
  earlyLiftTitle,
  movedEarlierSentence,
  movedEarlierTitle,
  msAhead,
  msEarlier,
} from './earlyLift'
import { resolveInstant } from './instant'
import { notifyTransition } from './notify'
import type { EditorialStatus } from './status'
import { openSuggestionsByLocale, openSuggestionsError } from './suggestionGate'
import type { TransitionInput } from './transitionInput'
import { heldForTranslations } from './translation/policy'
import { decide, workflowRules } from './transitions'

const httpStatus = { forbidden: 403, conflict: 409, invalid: 400 } as const

/** What a release must have before it can be approved, scheduled or published (drafts may lack it). */
export function missingForPublication(release: Partial<PressRelease>): string[] {
  const blank = (value: unknown) => typeof value !== 'string' || value.trim() === ''
  const missing: string[] = []
  if (blank(release.headline)) missing.push('headline')
  if (blank(release.dateline?.place)) missing.push('dateline place')
  if (!release.dateline?.date) missing.push('dateline date')
  if (blank(release.summary)) missing.push('summary')
  const body = release.body as { root?: { children?: unknown[] } } | null | undefined
  if (!body?.root?.children?.length) missing.push('body')
  return missing
}

/**
 * Takes a workflow action on a release: decides (src/workflow/transitions.ts), writes the new
 * state, logs it, queues what follows (the scheduled publication, the emails). `system` is the
 * scheduler acting on an editor's earlier decision; everyone else acts as themselves.
 */
export async function applyTransition(
  req: PayloadRequest,
  id: number | string,
  input: TransitionInput,
  { system = false }: { system?: boolean } = {},
): Promise<PressRelease> {
  const { payload } = req
  if (!system && !req.user) throw new APIError('Log in to change the status of a release.', 401, null, true)
  const latest = await payload.findByID({
    collection: 'press-releases',
    id,
    draft: true,
    depth: 0,
    req,
    overrideAccess: system,
    user: req.user,
  })
  const from: EditorialStatus = latest.editorialStatus ?? 'draft'
  const at = resolveInstant(input.at, input.timezone)
  const now = new Date()
  const embargoed = Boolean(latest.embargoUntil)
  const decision = decide({
    action: input.action,
    from,
    actor: system ? 'editor' : workflowActor(req.user),
    reason: input.reason,
    at,
    planned: { at: latest.publishAt, embargoed },
    liftEarly: input.liftEarly,
    now,
  })
  if (!decision.ok)
    throw new APIError(
      decision.reason,
      httpStatus[decision.refusal],
      decision.field ? { field: decision.field } : null,
      true,
    )
  // `decide` let an early publication through only with the override and a reason: say so.
  const ahead =
    input.action === 'publish' && from === 'scheduled' ? msAhead(latest.publishAt, now) : undefined
  // …and a new schedule or embargo time earlier than the planned one likewise (an early lift in disguise).
  const earlier =
    (input.action === 'schedule' || input.action === 'embargo') && from === 'scheduled'
      ? msEarlier(latest.publishAt, at, now)
      : undefined
  const user = req.user as { name?: string | null; email?: string | null } | null
  const by = user?.name || user?.email || 'an editor'
  const reason = input.reason ?? ''
  const earlyLift =
    ahead !== undefined
      ? {
          title: earlyLiftTitle(embargoed),
          sentence: earlyLiftSentence({ embargoed, by, ms: ahead, reason }),
        }
      : earlier !== undefined
        ? {
            title: movedEarlierTitle(embargoed),
            sentence: movedEarlierSentence({ embargoed, by, ms: earlier, reason }),
          }
        : undefined

  const { action } = input
  const to = decision.to
  if (action !== 'submit' && action !== 'requestChanges' && action !== 'unpublish') {
    const missing = missingForPublication(latest)
    if (missing.length > 0)
      throw new APIError(
        `“${workflowRules[action].label}” needs a complete release: the English ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing.`,
        400,
        null,
        true,
      )
  }
  // Open suggestions hold the text where it is, the scheduler's publication included (issue 15).
  if (action !== 'requestChanges' && action !== 'unpublish') {
    const refused = openSuggestionsError(
      workflowRules[action].label,
      await openSuggestionsByLocale(req, { id }),
    )
    if (refused) throw refused
  }
  // "Hold until every language is approved" (issue 13): the English's approval alone does not publish.
  if (!system && (action === 'publish' || action === 'schedule' || action === 'embargo')) {
    const held = heldForTranslations(workflowRules[action].label, latest)
    if (held) throw new APIError(held, 409, null, true)
  }
  // Every quote verified before the text moves on (the scheduler acts on an earlier check).
  if (!system && action !== 'requestChanges' && action !== 'unpublish') {
    const problems = await releaseQuoteProblems(req, { id })
    if (problems.length > 0)
      throw new APIError(
        `“${workflowRules[action].label}” is refused. ${unverifiedQuotesMessage(problems)}`,
        400,
        null,
        true,
      )
  }
  const timezone = input.timezone ?? 'UTC'
  const clearTimes = { publishAt: null, publishAt_tz: null, embargoUntil: null, embargoUntil_tz: null }
  const data: Partial<PressRelease> = { editorialStatus: to }
  // Publishing and unpublishing write the public copy; every other step is a new draft version.
  const draft = action !== 'publish' && action !== 'unpublish'
  if (action === 'publish') Object.assign(data, { _status: 'published', reviewNote: null, ...clearTimes })
  if (action === 'unpublish') data._status = 'draft'
  if (action === 'requestChanges') data.reviewNote = input.reason?.trim()
  if (action === 'approve' || action === 'submit') data.reviewNote = null
  if (action === 'schedule') Object.assign(data, clearTimes, { publishAt: at, publishAt_tz: timezone })
  if (action === 'embargo')
    Object.assign(data, {
      publishAt: at,
      publishAt_tz: timezone,
      embargoUntil: at,
      embargoUntil_tz: timezone,
    })

  const context = req.context as WorkflowContext
  context.workflowTransition = { action }
  let doc: PressRelease
  try {
    doc = await payload.update({
      collection: 'press-releases',
      id,
      data,
      draft,
      depth: 0,
      req,
      overrideAccess: true,
    })
  } finally {
    context.workflowTransition = undefined
  }

  const moment = at ? `${new Date(at).toISOString().replace('T', ' ').slice(0, 16)} UTC (${timezone})` : ''
  const when = moment && ` for ${moment}`
  const liftedEmbargo = system && latest.embargoUntil ? ' (embargo lifted)' : ''
  const title = releaseTitle(doc)
  await recordActivity(req, {
    action,
    summary: earlyLift
      ? `${earlyLift.sentence} — ${earlier !== undefined ? `${workflowRules[action].label}${when}: ` : ''}${title}`
      : `${workflowRules[action].label}${when}${liftedEmbargo}: ${title}`,
    collectionSlug: 'press-releases',
    docId: doc.id,
    release: doc.id,
    fromStatus: from,
    toStatus: to,
    note: input.reason?.trim() || undefined,
  })

  if ((action === 'schedule' || action === 'embargo') && at) {
    await payload.jobs.queue({
      task: 'publishScheduledRelease',
      input: { releaseId: String(doc.id), at },
      waitUntil: new Date(at),
      req,
    })
  }
  const outcome =
    earlier === undefined
      ? undefined
      : `“${doc.headline ?? doc.id}” is now ${action === 'embargo' ? 'embargoed until' : 'scheduled for'} ${moment}.`
  await notifyTransition(req, {
    release: doc,
    action,
    reason: input.reason,
    earlyLift: earlyLift && { ...earlyLift, outcome },
  })
  return doc
}
