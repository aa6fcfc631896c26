import { APIError, type PayloadRequest } from 'payload'

import { workflowActor } from '@/access/roles'
import { keepingLocale } from '@/content/quoteCheck'
import type { Locale } from '@/content/locales'
import type { PressRelease } from '@/payload-types'

import { recordActivity, releaseTitle } from '../../activity'
import type { WorkflowContext } from '../../context'
import { decideTranslation, languageName } from '../actions'
import { releaseForDesk, settledStates } from '../apply'
import { hasParts, partsOf, type ReleaseText } from '../parts'
import { releaseTextIn } from '../text'

import { machineTranslator } from './provider'
import { translateReleaseText } from './releaseText'
import { MachineTranslationError, type MachineTranslator } from './translator'

/**
 * The desk's "Machine draft" on a missing language (issue 13, item 4), in two steps so that no
 * database transaction stays open while a remote service thinks: `prepareMachineDraft` reads
 * and asks the service (nothing written; a failure leaves the release as it was), then
 * `writeMachineDraft`, inside the endpoint's transaction, checks the language is still missing
 * and saves the text as a draft in that language, marked as a machine draft
 * (collections/PressReleases/hooks/translations.ts). Like any translation it is public only
 * once an editor approves it.
 */

function decide(req: PayloadRequest, release: PressRelease, locale: Locale, machineAvailable: boolean) {
  const state = settledStates(release)[locale] ?? {}
  const decision = decideTranslation({
    action: 'machine',
    locale,
    status: state.status ?? 'missing',
    approved: Boolean(state.approved),
    actor: workflowActor(req.user),
    machineAvailable,
  })
  if (!decision.ok) throw new APIError(decision.reason, decision.status, null, true)
}

export async function prepareMachineDraft(
  req: PayloadRequest,
  id: number | string,
  locale: Locale,
  translator: MachineTranslator | undefined = machineTranslator(),
): Promise<ReleaseText> {
  const release = await releaseForDesk(req, id)
  decide(req, release, locale, Boolean(translator))
  const english = releaseTextIn(release, 'en', 'all')
  if (!hasParts(partsOf(english)))
    throw new APIError('There is no English text to translate yet.', 409, null, true)
  try {
    return await translateReleaseText(english, (texts) =>
      translator!.translate(texts, { from: 'en', to: locale }),
    )
  } catch (error) {
    if (!(error instanceof MachineTranslationError)) throw error
    // 424 Failed Dependency: the request was fine, the service it needs was not; never a 5xx.
    throw new APIError(
      `No machine draft: ${error.message} Nothing was changed; try again later or translate by hand.`,
      424,
      null,
      true,
    )
  }
}

export async function writeMachineDraft(
  req: PayloadRequest,
  id: number | string,
  locale: Locale,
  text: ReleaseText,
): Promise<PressRelease> {
  // Someone may have started the translation while the service was working: theirs wins.
  const release = await releaseForDesk(req, id)
  decide(req, release, locale, true)
  const context = req.context as WorkflowContext
  context.machineDraft = locale
  let doc: PressRelease
  try {
    doc = await keepingLocale(req, () =>
      req.payload.update({
        collection: 'press-releases',
        id,
        locale,
        draft: true,
        data: {
          headline: text.headline ?? undefined,
          summary: text.summary ?? undefined,
          dateline: { place: text.dateline?.place ?? undefined },
          body: (text.body ?? undefined) as PressRelease['body'],
        } as Partial<PressRelease>,
        depth: 0,
        req,
        user: req.user,
        overrideAccess: false,
      }),
    )
  } finally {
    context.machineDraft = undefined
    ;(req.context as WorkflowContext).machineDraft = undefined
  }
  const headline = (release.headline as unknown as Record<string, string> | null)?.en
  await recordActivity(req, {
    action: 'translation',
    summary: `${languageName(locale)}: Machine draft: ${releaseTitle({ headline })}`,
    collectionSlug: 'press-releases',
    docId: doc.id,
    release: doc.id,
  })
  return doc
}
