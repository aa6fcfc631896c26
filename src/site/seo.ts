import type { Metadata } from 'next'

import { htmlLang, ogLocale, type Locale } from '@/i18n'
import { languageAlternates, localePath, sitePaths } from '@/i18n/paths'
import { env } from '@/server/env'
import { locales } from '@/content/locales'

/** The public origin (SERVER_URL), for canonical URLs, feeds, the sitemap and JSON-LD. */
export function siteOrigin(): string {
  return env().serverUrl
}

export function absoluteUrl(path: string): string {
  return new URL(path, siteOrigin()).toString()
}

type PageMeta = {
  locale: Locale
  /** The page's path without the language segment, e.g. "news/some-slug". */
  path: string
  title: string
  description?: string | null
  image?: { url: string; alt: string; width?: number; height?: number }
  type?: 'website' | 'article'
  publishedTime?: string
  modifiedTime?: string
  /** Pages that must not be indexed (search results, previews). */
  noindex?: boolean
  /** Feeds of this page (a topic's), instead of the site's. */
  feeds?: Record<string, string>
}

/**
 * hreflang alternates of one page keyed by the BCP 47 tags of <html lang> (en, ru, zh-Hans,
 * x-default): one set for page metadata and the sitemap.
 */
export function hreflangAlternates(path: string, base = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(languageAlternates(path, base)).map(([key, value]) => [
      key === 'x-default' ? key : htmlLang[key as Locale],
      value,
    ]),
  )
}

/** Title, description, canonical URL, hreflang alternates, Open Graph and Twitter card of a page. */
export function pageMetadata(meta: PageMeta): Metadata {
  const url = localePath(meta.locale, meta.path)
  const description = meta.description ?? undefined
  const images = meta.image
    ? [{ url: meta.image.url, alt: meta.image.alt, width: meta.image.width, height: meta.image.height }]
    : undefined
  return {
    title: meta.title,
    description,
    metadataBase: new URL(siteOrigin()),
    alternates: {
      canonical: url,
      // Replacing the layout's alternates would drop its feed links: name the site feeds again
      // unless the page has its own (a topic's feeds).
      types: meta.feeds ?? {
        'application/rss+xml': localePath(meta.locale, sitePaths.rss),
        'application/atom+xml': localePath(meta.locale, sitePaths.atom),
      },
      languages: hreflangAlternates(meta.path),
    },
    openGraph: {
      type: meta.type ?? 'website',
      url,
      title: meta.title,
      description,
      locale: ogLocale[meta.locale],
      alternateLocale: locales.filter((other) => other !== meta.locale).map((other) => ogLocale[other]),
      ...(images ? { images } : {}),
      ...(meta.publishedTime ? { publishedTime: meta.publishedTime } : {}),
      ...(meta.modifiedTime ? { modifiedTime: meta.modifiedTime } : {}),
    },
    // X reads the title, description and image from Open Graph when its own tags are absent; the
    // card type alone keeps Next from copying them (patches/next+16.4.5.patch): ~1.5 KB a page.
    twitter: { card: images ? 'summary_large_image' : 'summary' },
    ...(meta.noindex ? { robots: { index: false, follow: true } } : {}),
  }
}
