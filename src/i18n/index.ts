import { defaultLocale, isLocale, localeLabels, locales, type Locale } from '@/content/locales'

import { en, type Messages } from './messages/en'
import { ru } from './messages/ru'
import { zh } from './messages/zh'

export { defaultLocale, isLocale, localeLabels, locales, type Locale, type Messages }

const dictionaries: Record<Locale, Messages> = { en, ru, zh }

export function messages(locale: Locale): Messages {
  return dictionaries[locale]
}

/** Fills "{name}" placeholders: format('Page {page}', { page: 2 }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match))
}

/** BCP 47 tags for Intl and for <html lang>, hreflang and og:locale. */
export const htmlLang: Record<Locale, string> = { en: 'en', ru: 'ru', zh: 'zh-Hans' }
export const ogLocale: Record<Locale, string> = { en: 'en_GB', ru: 'ru_RU', zh: 'zh_CN' }
export const intlLocale: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU', zh: 'zh-CN' }

/** The best of our languages for an Accept-Language header ("ru-RU,ru;q=0.9,en;q=0.8"). */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.find((p) => p.trim().startsWith('q='))
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.trim().slice(2)) || 0 : 1 }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q)
  return ranked.map((entry) => entry.lang).find(isLocale) ?? defaultLocale
}
