import type { Where } from 'payload'

import { defaultLocale, isLocale, translationLocales, type Locale } from '@/content/locales'

/**
 * A public `where` on a translated field never matches a translation the public may not read
 * (issue 13): `?locale=ru&where[headline][like]=…` would otherwise say whether a pending Russian
 * headline holds a word, though the public reads the English there. Each condition on a
 * localized field in a translation language becomes "this language's value where the release's
 * translation is public (`publicLanguages`), the English value elsewhere", which is exactly
 * what the public reads. Explicit paths (`headline.ru`) are caught as well.
 */

/** The release's field saying whether the public reads this language (collections/PressReleases/translationFields.ts). */
export const publicLanguageField = (locale: Locale) => `${locale}Public` as const

const flag = (locale: Locale) => `publicLanguages.${publicLanguageField(locale)}`
const isPublic = (locale: Locale): Where => ({ [flag(locale)]: { equals: true } })
const isNotPublic = (locale: Locale): Where => ({
  or: [{ [flag(locale)]: { equals: false } }, { [flag(locale)]: { exists: false } }],
})

/**
 * The localized field and the language a where path names, if it may name a translated one:
 * `'all'` when the read is in every language (`locale=all`), where any language's value matches.
 */
function translatedPath(
  path: string,
  localized: readonly string[],
  locale: string,
): { field: string; locale: Locale | 'all' } | undefined {
  for (const field of localized) {
    if (path === field) {
      if (locale === defaultLocale) return undefined
      return { field, locale: isLocale(locale) ? locale : 'all' }
    }
    const rest = path.startsWith(`${field}.`) ? path.slice(field.length + 1) : undefined
    if (rest && isLocale(rest)) return rest === defaultLocale ? undefined : { field, locale: rest }
  }
  return undefined
}

/** The condition as the public may ask it of this language (or of every language). */
function asPublic(field: string, locale: Locale | 'all', condition: unknown): Where {
  const inLanguage = (code: Locale) => ({ [`${field}.${code}`]: condition }) as Where
  if (locale === 'all')
    return {
      or: [
        inLanguage(defaultLocale),
        ...translationLocales.map((code) => ({ and: [isPublic(code), inLanguage(code)] })),
      ],
    }
  return {
    or: [
      { and: [isPublic(locale), inLanguage(locale)] },
      { and: [isNotPublic(locale), inLanguage(defaultLocale)] },
    ],
  }
}

/** The where as the public may ask it; unchanged when it names no translated field. */
export function publicWhere(where: Where, localized: readonly string[], locale: string): Where {
  const out: Where = {}
  const and: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      out[key] = (value as Where[]).map((inner) => publicWhere(inner, localized, locale))
      continue
    }
    const named = translatedPath(key, localized, locale)
    if (!named) out[key] = value
    else and.push(asPublic(named.field, named.locale, value))
  }
  if (and.length === 0) return out
  return Object.keys(out).length === 0 ? (and.length === 1 ? and[0]! : { and }) : { and: [out, ...and] }
}
