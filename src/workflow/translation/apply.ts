import { APIError, type Payload, type PayloadRequest } from 'payload'

import { isStaff, workflowActor } from '@/access/roles'
import { translationLocales, type Locale } from '@/content/locales'
import { keepingLocale } from '@/content/quoteCheck'
import type { PressRelease } from '@/payload-types'

import { idOf } from '@/content/relations'

import { recordActivity, releaseTitle } from '../activity'
import type { WorkflowContext } from '../context'
import { actorName, deliverToInbox } from '../inbox'

import { decideTranslation, languageName, translationActionLabel, type TranslationInput } from './actions'
import { partsOf } from './parts'
import { settle, type TranslationState } from './status'
import { ownText, releaseTextIn } from './text'

/**
 * Takes a translation action (src/workflow/translation/actions.ts decides) and writes the new
 * state. The state is stored on the release, not in a collection of its own: it versions with
 * the text it describes, so the published copy carries the statuses of the translations it
 * holds, and an approval given to a draft cannot make an older, unapproved published text public.
 */

type States = Partial<Record<Locale, TranslationState>>

/** Every language's state brought up to date with the text as stored (read with `locale: 'all'`). */
export function settledStates(
  release: Pick<PressRelease, 'headline' | 'summary' | 'dateline' | 'body' | 'translations'>,
): States {
  const english = partsOf(releaseTextIn(release, 'en', 'all'))
  const stored = (release.translations ?? {}) as States
  return Object.fromEntries(
    translationLocales.map((locale) => [
      locale,
      settle(stored[locale] ?? {}, { english, own: ownText(partsOf(releaseTextIn(release, locale, 'all'))) }),
    ]),
  )
}

async function staffUserId(req: PayloadRequest, id: number | string | null): Promise<number | string | null> {
  if (id === null) return null
  const user = await req.payload
    .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    .catch(() => null)
  if (!user || !isStaff({ ...user, collection: 'users' }))
    throw new APIError('assignee: must be the id of a staff user.', 400, { field: 'assignee' }, true)
  return user.id
}

/** Writes translation states as a bookkeeping change: no text changes, so no review step either. */
export async function writeTranslationStates(
  payload: Payload,
  release: Pick<PressRelease, 'id' | 'editorialStatus' | '_status'>,
  translations: States,
  req?: PayloadRequest,
): Promise<PressRelease> {
  const write = (context?: WorkflowContext) =>
    payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { translations } as Partial<PressRelease>,
      // A published release without unpublished changes takes the new states in its public copy
      // at once (an approval then shows on the site); otherwise they wait in the draft, with its text.
      draft: !(release._status === 'published' && release.editorialStatus === 'published'),
      // The states are not localized; the English validates the rest (a shared `req` may carry
      // another locale, or "all", from the caller's last Local API call).
      locale: 'en',
      depth: 0,
      req,
      overrideAccess: true,
      // Without a request, a context of its own; with one, its context (the Local API would copy a
      // given context into the request for good: payload/dist/utilities/createLocalReq.js).
      ...(context && { context }),
    })
  if (!req) return write({ translationAction: true })
  const context = req.context as WorkflowContext
  context.translationAction = true
  try {
    return await write()
  } finally {
    // The Local API gave `req` a copy of its context, flag included: clear both.
    context.translationAction = undefined
    ;(req.context as WorkflowContext).translationAction = undefined
  }
}

/** The state of a translation marked done now: the English and its own text as they are. */
function markedDone(release: Parameters<typeof settledStates>[0], locale: Locale): TranslationState {
  return {
    source: partsOf(releaseTextIn(release, 'en', 'all')),
    doneHash: ownText(partsOf(releaseTextIn(release, locale, 'all'))).hash,
    approved: false,
    status: 'translated',
  }
}

/**
 * The states of translations a person already approved, as of the English the release has now:
 * every language with text approved (others as they settle). For trusted loaders only (the demo
 * seed, the archive generator); never reachable from an API.
 */
export function approvedStates(release: Parameters<typeof settledStates>[0]): States {
  const states = settledStates(release)
  for (const locale of translationLocales)
    if (states[locale]?.status !== 'missing')
      states[locale] = {
        ...states[locale],
        ...markedDone(release, locale),
        approved: true,
        status: 'approved',
      }
  return states
}

/**
 * For trusted code that loads translations a person already approved (the demo seed): every
 * language with text becomes approved as of the English it has now. Not reachable from any API.
 */
export async function approveLoadedTranslations(
  payload: Payload,
  id: number | string,
  req?: PayloadRequest,
): Promise<void> {
  const release = await payload.findByID({
    collection: 'press-releases',
    id,
    draft: true,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    req,
  })
  await writeTranslationStates(payload, release, approvedStates(release), req)
}

/** The latest version of a release, every language, as the desk's user may read it. */
export async function releaseForDesk(req: PayloadRequest, id: number | string): Promise<PressRelease> {
  if (!req.user) throw new APIError('Log in to work on translations.', 401, null, true)
  return keepingLocale(req, () =>
    req.payload.findByID({
      collection: 'press-releases',
      id,
      draft: true,
      locale: 'all',
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    }),
  )
}

export async function applyTranslationAction(
  req: PayloadRequest,
  id: number | string,
  input: TranslationInput,
): Promise<PressRelease> {
  const release = await releaseForDesk(req, id)
  const states = settledStates(release)
  const { locale, action } = input
  const state = states[locale] ?? {}
  const decision = decideTranslation({
    action,
    locale,
    status: state.status ?? 'missing',
    approved: Boolean(state.approved),
    actor: workflowActor(req.user),
  })
  if (!decision.ok) throw new APIError(decision.reason, decision.status, null, true)
  const assignedBefore = idOf(state.assignee)
  if (action === 'assign') {
    // Officers take a language themselves (or let go of their own); editors hand it to anyone.
    const self = String(req.user!.id)
    const current = state.assignee as { id?: unknown } | number | string | null | undefined
    const currentId = current && typeof current === 'object' ? current.id : current
    const who = input.assignee ?? null
    const ownMove = who === null ? currentId == null || String(currentId) === self : String(who) === self
    const assignee = await staffUserId(req, who)
    if (!ownMove && workflowActor(req.user) !== 'editor')
      throw new APIError('Only an editor can assign a translation to someone else.', 403, null, true)
    state.assignee = assignee
  }
  if (action === 'done') Object.assign(state, markedDone(release, locale))
  if (action === 'approve') Object.assign(state, { approved: true, status: 'approved', machine: false })
  if (action === 'reopen') Object.assign(state, { doneHash: null, approved: false, status: 'in_translation' })
  states[locale] = state
  const doc = await writeTranslationStates(req.payload, release, states, req)
  const headline = (release.headline as unknown as Record<string, string> | null)?.en
  await recordActivity(req, {
    action: 'translation',
    summary: `${languageName(locale)}: ${translationActionLabel[action]}: ${releaseTitle({ headline })}`,
    collectionSlug: 'press-releases',
    docId: doc.id,
    release: doc.id,
    note: input.note?.trim() || undefined,
  })
  const assignee = idOf(state.assignee)
  if (action === 'assign' && assignee !== undefined && String(assignee) !== String(assignedBefore))
    await deliverToInbox(req, [
      {
        recipient: assignee,
        kind: 'translation_assigned',
        release: doc.id,
        title: `${actorName(req)} assigned you the ${languageName(locale)} translation of ${releaseTitle({ headline })}`,
      },
    ])
  return doc
}
