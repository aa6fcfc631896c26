import { z } from 'zod'

import { localeLabels, translationLocales, type Locale } from '@/content/locales'
import { parseInput, type Parsed } from '@/server/requestInput'

import type { Actor } from '../transitions'

import { translationStatusLabel, type TranslationStatus } from './status'

/**
 * What people do to a translation, as data plus a function (like src/workflow/transitions.ts):
 * press officers translate and mark done, editors approve (the source's own rule), anyone on
 * the staff assigns. The statuses that follow from the text are never set by hand.
 */

export const translationActions = ['done', 'approve', 'reopen', 'assign', 'machine'] as const
export type TranslationAction = (typeof translationActions)[number]

export const translationActionLabel: Record<TranslationAction, string> = {
  done: 'Mark translation done',
  approve: 'Approve translation',
  reopen: 'Return to translation',
  assign: 'Assign',
  machine: 'Machine draft',
}

const localeCodes = translationLocales as unknown as [Locale, ...Locale[]]
const id = z.union([z.number().int().positive(), z.string().min(1).max(64)], {
  error: 'must be a user id',
})

/** The body of POST /api/press-releases/:id/translation. */
export const translationInputSchema = z
  .object(
    {
      locale: z.enum(localeCodes, { error: `must be one of: ${translationLocales.join(', ')}` }),
      action: z.enum(translationActions, { error: `must be one of: ${translationActions.join(', ')}` }),
      /** With "assign": the staff user who translates this language, or null for nobody. */
      assignee: id.nullable().optional(),
      /** Why a translation goes back (the translator reads it in the activity log). */
      note: z.string({ error: 'must be text' }).max(2000, 'must be at most 2000 characters').optional(),
    },
    { error: 'must be a JSON object such as {"locale": "ru", "action": "done"}' },
  )
  .superRefine((input, ctx) => {
    if (input.action === 'assign' && input.assignee === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['assignee'],
        message: 'is needed with "assign" (a user id, or null)',
      })
  })
export type TranslationInput = z.output<typeof translationInputSchema>

/** The translation endpoint's body, or a 400 that names the field. */
export function parseTranslationInput(body: unknown): Parsed<TranslationInput> {
  return parseInput(translationInputSchema, body, 'body')
}

export type TranslationDecision = { ok: true } | { ok: false; status: 403 | 409; reason: string }

/** Whether `actor` may take `action` on a translation in this status (and with this approval). */
export function decideTranslation({
  action,
  locale,
  status,
  approved,
  actor,
  machineAvailable = false,
}: {
  action: TranslationAction
  locale: Locale
  status: TranslationStatus
  /** An approval is kept under "needs update" (it returns if the English is changed back). */
  approved: boolean
  actor: Actor | undefined
  /** Whether a machine-translation service is configured (MACHINE_TRANSLATION_URL). */
  machineAvailable?: boolean
}): TranslationDecision {
  const language = localeLabelInEnglish[locale]
  const refuse = (code: 403 | 409, reason: string): TranslationDecision => ({
    ok: false,
    status: code,
    reason,
  })
  if (!actor) return refuse(403, 'Only staff can work on translations.')
  const now = `the ${language} translation is ${translationStatusLabel[status].toLowerCase()}`
  switch (action) {
    case 'assign':
      return { ok: true }
    case 'done':
      if (status === 'missing') return refuse(409, `There is no ${language} text to mark done yet.`)
      if (status === 'approved' || status === 'translated') return refuse(409, `Nothing to mark: ${now}.`)
      return { ok: true }
    case 'approve':
      if (actor !== 'editor') return refuse(403, 'Only an editor can approve a translation.')
      if (status !== 'translated')
        return refuse(
          409,
          status === 'needs_update'
            ? `The English changed since the ${language} translation was done: update it and mark it done again first.`
            : `Only a translation marked done can be approved; ${now}.`,
        )
      return { ok: true }
    case 'machine':
      if (!machineAvailable)
        return refuse(409, 'Machine drafts are off: the server has no MACHINE_TRANSLATION_URL.')
      if (status !== 'missing')
        return refuse(409, `A machine draft is only made where there is no text yet; ${now}.`)
      return { ok: true }
    case 'reopen':
      if (status === 'missing' || status === 'in_translation')
        return refuse(409, `Nothing to return: ${now}.`)
      if (approved && actor !== 'editor')
        return refuse(403, 'Only an editor can return an approved translation.')
      return { ok: true }
  }
}

/** Language names in the admin's English ("Russian"), beside their own names (localeLabels). */
export const localeLabelInEnglish: Record<Locale, string> = { en: 'English', ru: 'Russian', zh: 'Chinese' }

/** "Russian (Русский)". */
export const languageName = (locale: Locale) => `${localeLabelInEnglish[locale]} (${localeLabels[locale]})`
