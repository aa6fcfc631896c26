import { createHash } from 'node:crypto'

import type { Locale } from '@/content/locales'

import { hasParts, type Parts, type ReleaseText } from './parts'

/**
 * A release's text in one language out of what a read or a write holds: one language's values
 * (a read or write in that language) or maps of every language's (`locale: 'all'`).
 */

type Source = { headline?: unknown; summary?: unknown; dateline?: unknown; body?: unknown }

const pick = (value: unknown, locale: Locale, byLocale: boolean): unknown =>
  byLocale ? (value as Record<string, unknown> | null | undefined)?.[locale] : value

/** The text of `locale` in a document read or written in `docLocale` ('all' for every language). */
export function releaseTextIn(
  doc: Source | null | undefined,
  locale: Locale,
  docLocale: string,
): ReleaseText {
  const byLocale = docLocale === 'all'
  const place = (doc?.dateline as { place?: unknown } | null | undefined)?.place
  return {
    headline: pick(doc?.headline, locale, byLocale) as string | null | undefined,
    summary: pick(doc?.summary, locale, byLocale) as string | null | undefined,
    dateline: { place: pick(place, locale, byLocale) as string | null | undefined },
    body: pick(doc?.body, locale, byLocale),
  }
}

/** What a write leaves stored: its own values where it sends them, the stored ones elsewhere. */
export function mergedText(data: Source, original: Source | null | undefined): Source {
  const has = (key: keyof Source) =>
    Object.prototype.hasOwnProperty.call(data, key) && data[key] !== undefined
  const dataPlace = data.dateline as { place?: unknown } | null | undefined
  const placeSent = Boolean(dataPlace && Object.prototype.hasOwnProperty.call(dataPlace, 'place'))
  return {
    headline: has('headline') ? data.headline : original?.headline,
    summary: has('summary') ? data.summary : original?.summary,
    body: has('body') ? data.body : original?.body,
    dateline: {
      place: placeSent ? dataPlace!.place : (original?.dateline as { place?: unknown } | null)?.place,
    },
  }
}

/** A translation's own text as the status needs it: whether it has any, and a hash of it. */
export function ownText(parts: Parts): { hasText: boolean; hash: string } {
  return { hasText: hasParts(parts), hash: createHash('sha256').update(JSON.stringify(parts)).digest('hex') }
}
