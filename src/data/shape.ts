import type { Locale } from '@/content/locales'
import { populated, populatedList, type Id } from '@/content/relations'
import { localePath, sitePaths } from '@/i18n/paths'
import type { Media } from '@/payload-types'

import { fallbackLang, type FallbackCollection } from './english'

/**
 * The pieces fetchers reshape raw records into (vercel/commerce's `reshapeProduct`): images with
 * their size and alt text, texts with their language, links with their address. Pages render
 * these and never unpack a Payload document themselves.
 */

export type Image = { url: string; alt: string; width?: number; height?: number }

/** An image of a given size with its alt text from the media record. */
export function imageOf(
  value: number | Media | null | undefined,
  size: 'thumbnail' | 'card' | 'hero' | 'og' = 'card',
): Image | undefined {
  const media = populated<Media>(value)
  if (!media?.url || !media.mimeType?.startsWith('image/')) return undefined
  const sized = media.sizes?.[size]
  return {
    url: sized?.url ?? media.url,
    alt: media.alt ?? '',
    width: (sized?.url ? sized.width : media.width) ?? undefined,
    height: (sized?.url ? sized.height : media.height) ?? undefined,
  }
}

/** A localized text as a page shows it: `lang` is 'en' when it fell back to English. */
export type Localized<T = string> = { text: T; lang?: 'en' }

/**
 * A field of a marked record with its language; undefined when it is empty. `text` is the
 * value itself when `field` names a group's or an array row's field ('livestream.note').
 */
export function textOf<T = string>(
  record: object,
  field: string,
  text: T | null | undefined = (record as Record<string, T | null | undefined>)[field],
): Localized<T> | undefined {
  return text ? localized(text, fallbackLang(record, field)) : undefined
}

/** A text with its language, marked only when it fell back to English. */
export function localized<T>(text: T, lang: 'en' | undefined): Localized<T> {
  return { text, ...(lang && { lang }) }
}

/**
 * A linked record's name or title as a page shows it: `href` is its page in this language
 * (none without a slug), `lang` 'en' when the name fell back to English.
 */
export type RecordLink = { id: Id; text: string; lang?: 'en'; href?: string }

/** The field that names a record of each collection, and the page of a record. */
export const titleField: Record<FallbackCollection, string> = {
  'press-releases': 'headline',
  events: 'title',
  speeches: 'title',
  participants: 'name',
  documents: 'title',
  topics: 'title',
}
const pageOf: Record<FallbackCollection, (slug: string) => string> = {
  'press-releases': sitePaths.release,
  events: sitePaths.event,
  speeches: sitePaths.speech,
  participants: sitePaths.participant,
  documents: sitePaths.document,
  topics: sitePaths.topic,
}

type Linked = { id: Id; slug?: string | null }

/** The link to a (populated, marked) record of a collection, in this language. */
export function linkTo(locale: Locale, collection: FallbackCollection, record: Linked): RecordLink {
  const text = (record as Record<string, unknown>)[titleField[collection]]
  const lang = fallbackLang(record, titleField[collection])
  return {
    id: record.id,
    text: typeof text === 'string' ? text : '',
    ...(lang && { lang }),
    ...(record.slug && { href: localePath(locale, pageOf[collection](record.slug)) }),
  }
}

/** The link to a relationship's record; undefined when it is only an id (unpublished or not loaded). */
export function linkOf(
  locale: Locale,
  collection: FallbackCollection,
  value: Id | Linked | null | undefined,
): RecordLink | undefined {
  const record = populated(value)
  return record && linkTo(locale, collection, record)
}

/** The links to a hasMany relationship's records, leaving out the ids the reader may not see. */
export function linksOf(
  locale: Locale,
  collection: FallbackCollection,
  values: readonly (Id | Linked)[] | null | undefined,
): RecordLink[] {
  return populatedList(values).map((record) => linkTo(locale, collection, record))
}

/** Whether a record's name or title is in this language (false when it fell back to English). */
export function isTranslated(collection: FallbackCollection, record: object): boolean {
  return !fallbackLang(record, titleField[collection])
}
