import { notFound, permanentRedirect } from 'next/navigation'

import { isLocale, type Locale } from '@/i18n'
import { localePath } from '@/i18n/paths'

/** First segments of English URLs, which are also reachable without the /en prefix. */
const sections = new Set(['news', 'events', 'participants', 'documents', 'speeches', 'topics', 'search'])

/**
 * The page's language from its route params. A known section without a language
 * ("/news/some-slug") moves permanently to its English URL; anything else is a 404.
 */
export async function localeParam(params: Promise<{ locale: string; rest?: string[] }>): Promise<Locale> {
  const { locale, rest = [] } = await params
  if (isLocale(locale)) return locale
  if (sections.has(locale)) permanentRedirect(localePath('en', [locale, ...rest].join('/')))
  notFound()
}

/** A slug from the URL as Payload stores it (decoded, at most 200 characters). */
export function slugParam(value: string): string {
  try {
    return decodeURIComponent(value).slice(0, 200)
  } catch {
    return value.slice(0, 200)
  }
}
