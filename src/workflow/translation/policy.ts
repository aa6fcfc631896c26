import { approvedTranslationLocales, translationLocales, type Locale } from '@/content/locales'

import { localeLabelInEnglish } from './actions'
import { translationStatusLabel, type TranslationState, type TranslationStatus } from './status'

/**
 * Per release, what publication waits for (issue 13, item 2): the English alone, the other
 * languages following as each is approved (the public reads English, with the fallback note,
 * where a translation is not approved yet), or every language approved first.
 */
export const translationPolicies = [
  { value: 'follow', label: 'Publish when the English is approved (other languages follow)' },
  { value: 'hold', label: 'Hold until every language is approved' },
] as const
export type TranslationPolicy = (typeof translationPolicies)[number]['value']

export type WithTranslations = {
  translationPolicy?: TranslationPolicy | null
  translations?: Partial<Record<Locale, Pick<TranslationState, 'status'> | null>> | null
}

export function translationStatusIn(release: WithTranslations, locale: Locale): TranslationStatus {
  return release.translations?.[locale]?.status ?? 'missing'
}

/** The languages whose translation the public may read: approved, and not outdated since. */
export function approvedLocales(release: WithTranslations): Locale[] {
  return approvedTranslationLocales(release.translations)
}

/** The languages a release held for translations still waits for (none in "follow" mode). */
export function pendingLanguages(release: WithTranslations): Locale[] {
  if (release.translationPolicy !== 'hold') return []
  return translationLocales.filter((locale) => translationStatusIn(release, locale) !== 'approved')
}

/** Why a publication is held: "… Russian (needs update), Chinese (missing)." */
export function heldForTranslations(what: string, release: WithTranslations): string | undefined {
  const pending = pendingLanguages(release)
  if (pending.length === 0) return undefined
  const list = pending
    .map(
      (locale) =>
        `${localeLabelInEnglish[locale]} (${translationStatusLabel[translationStatusIn(release, locale)].toLowerCase()})`,
    )
    .join(', ')
  return (
    `“${what}” is held: this release waits until every language is approved, and ${list} ` +
    `${pending.length > 1 ? 'are' : 'is'} not. Approve ${pending.length > 1 ? 'them' : 'it'}, or set ` +
    '“Publish when the English is approved” under Translations.'
  )
}
