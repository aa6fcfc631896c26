import { notFound, permanentRedirect } from 'next/navigation'

import { currentViewer, type Viewer } from '@/data/viewer'
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

/** A URL segment decoded, or undefined when it is not valid percent-encoding. */
export function decodeParam(value: string): string | undefined {
  try {
    return decodeURIComponent(value)
  } catch {
    return undefined
  }
}

/** A slug from the URL as Payload stores it (decoded, at most 200 characters). */
export function slugParam(value: string): string {
  return (decodeParam(value) ?? value).slice(0, 200)
}

/** What a record page (and its metadata) reads: its language, slug and viewer. */
export async function recordRequest(
  params: Promise<{ locale: string; slug: string }>,
): Promise<{ locale: Locale; slug: string; viewer: Viewer }> {
  const locale = await localeParam(params)
  const slug = slugParam((await params).slug)
  return { locale, slug, viewer: await currentViewer() }
}
