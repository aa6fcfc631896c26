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
 */
export function approvedTranslationLocales(translations: unknown): Locale[] {
  const states = (translations ?? {}) as Partial<Record<Locale, { status?: unknown } | null>>
  return translationLocales.filter((locale) => states[locale]?.status === 'approved')
}
