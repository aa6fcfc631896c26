/** The languages of the newsroom; English is the default and the fallback. */
export const locales = ['en', 'ru', 'zh'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

export const localeLabels: Record<Locale, string> = { en: 'English', ru: 'Русский', zh: '中文' }

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
