import type { LocalizationConfigWithLabels } from 'payload'

/** The languages of the newsroom; English is the default and the fallback. */
export const locales = ['en', 'ru', 'zh'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

export const localeLabels: Record<Locale, string> = { en: 'English', ru: 'Русский', zh: '中文' }

/** The languages a text is translated into from the default one (the seed's translations). */
export const translationLocales: readonly Locale[] = locales.filter((locale) => locale !== defaultLocale)

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** Payload's `localization`, built from the list above: a missing translation reads as English. */
export const localization: LocalizationConfigWithLabels = {
  locales: locales.map((code) => ({ code, label: localeLabels[code] })),
  defaultLocale,
  fallback: true,
}

/**
 * The translation languages of a release the public may read: those whose translation an editor
 * approved (its `translations` states, src/workflow/translation). One rule for the site's reads
 * and the search index, which must never match a pending translation's words.
 *
 * A translation that "needs update" (the English changed since) keeps its approval while its own
 * text is the one approved: the public goes on reading the last approved translation, as a press
 * office expects, not the English all of a sudden; only staff see that it needs an update. Any
 * edit of the translation's own text takes the approval away (src/workflow/translation/status.ts).
 */
export function approvedTranslationLocales(translations: unknown): Locale[] {
  const states = (translations ?? {}) as Partial<
    Record<Locale, { status?: unknown; approved?: unknown } | null>
  >
  return translationLocales.filter((locale) => {
    const state = states[locale]
    return state?.status === 'approved' || (state?.status === 'needs_update' && state.approved === true)
  })
}
