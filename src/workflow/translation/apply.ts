import { APIError, type PayloadRequest } from 'payload'

import { isStaff, workflowActor } from '@/access/roles'
import { translationLocales, type Locale } from '@/content/locales'
import { keepingLocale } from '@/content/quoteCheck'
import type { PressRelease } from '@/payload-types'

import { recordActivity, releaseTitle } from '../activity'
import type { WorkflowContext } from '../context'

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
  req: PayloadRequest,
  release: Pick<PressRelease, 'id' | 'editorialStatus' | '_status'>,
  translations: States,
): Promise<PressRelease> {
  const context = req.context as WorkflowContext
  context.translationAction = true
  try {
    return await req.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { translations } as Partial<PressRelease>,
      // A published release without unpublished changes takes the new states in its public copy
      // at once (an approval then shows on the site); otherwise they wait in the draft, with its text.
      draft: !(release._status === 'published' && release.editorialStatus === 'published'),
      depth: 0,
      req,
      overrideAccess: true,
    })
  } finally {
    context.translationAction = undefined
  }
}

export async function applyTranslationAction(
  req: PayloadRequest,
  id: number | string,
  input: TranslationInput,
): Promise<PressRelease> {
  if (!req.user) throw new APIError('Log in to work on translations.', 401, null, true)
  const release = await keepingLocale(req, () =>
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
  if (action === 'assign') state.assignee = await staffUserId(req, input.assignee ?? null)
  if (action === 'done')
    Object.assign(state, {
      source: partsOf(releaseTextIn(release, 'en', 'all')),
      doneHash: ownText(partsOf(releaseTextIn(release, locale, 'all'))).hash,
      approved: false,
      status: 'translated',
    })
  if (action === 'approve') Object.assign(state, { approved: true, status: 'approved' })
  if (action === 'reopen') Object.assign(state, { doneHash: null, approved: false, status: 'in_translation' })
  states[locale] = state
  const doc = await writeTranslationStates(req, release, states)
  const headline = (release.headline as unknown as Record<string, string> | null)?.en
  await recordActivity(req, {
    action: 'translation',
    summary: `${languageName(locale)}: ${translationActionLabel[action]}: ${releaseTitle({ headline })}`,
    collectionSlug: 'press-releases',
    docId: doc.id,
    release: doc.id,
    note: input.note?.trim() || undefined,
  })
  return doc
}
