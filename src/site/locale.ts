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

export type RecordPageProps = { params: Promise<{ locale: string; slug: string }> }

type RecordRequest = { locale: Locale; slug: string; viewer: Viewer }

/**
 * What a record page and its metadata read: the page's language, slug and viewer, and the
 * record's view (null when there is none the viewer may see). Fetchers are cached per request
 * (React `cache`) and the viewer is one object per request, so metadata and page share one read.
 */
export function recordPage<View>(
  fetch: (viewer: Viewer, slug: string, locale: Locale) => Promise<View | null>,
): (params: RecordPageProps['params']) => Promise<RecordRequest & { record: View | null }> {
  return async (params) => {
    const locale = await localeParam(params)
    const slug = slugParam((await params).slug)
    const viewer = await currentViewer()
    return { locale, slug, viewer, record: await fetch(viewer, slug, locale) }
  }
}
