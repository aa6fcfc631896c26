import { approvedTranslationLocales, defaultLocale, locales, type Locale } from '@/content/locales'

import { indexTokens, wordTokens } from './analyze'
import type { EntryText, SearchCollection, SearchEntry } from './types'

/**
 * A record's index entries, one per language, from the record as stored (read with
 * `locale: 'all'`, so each localized field is `{ en, ru, zh }`). A language without text of its
 * own for a field shows and indexes the English one, marked so (the page puts lang="en" on it),
 * as the site reads records with fallback to English.
 */

type Doc = Record<string, unknown>
/** A linked participant's names in every language (only published participants are passed). */
export type Names = { name?: unknown; shortName?: unknown; aliases?: unknown }

type Localized = { text: string; english: boolean }

/** `readable`: whether the public may read this language's own text (an approved translation). */
function localized(value: unknown, locale: Locale, readable = true): Localized {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const byLocale = value as Partial<Record<Locale, unknown>>
    const own = readable ? byLocale[locale] : undefined
    if (typeof own === 'string' && own.trim()) return { text: own, english: false }
    const fallback = byLocale[defaultLocale]
    return {
      text: typeof fallback === 'string' ? fallback : '',
      english: locale !== defaultLocale && Boolean(fallback),
    }
  }
  return { text: typeof value === 'string' ? value : '', english: false }
}

const at = (doc: Doc, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Doc | undefined)?.[key], doc)

const plainList = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item.length > 0)
    : []

const asText = ({ text, english }: Localized): EntryText => (english ? { text, english } : { text })

/** The names of people and organisations in one language, with their other spellings. */
export function namesIn(people: Names[], locale: Locale): string {
  return people
    .flatMap((person) => [
      localized(person.name, locale).text,
      localized(person.shortName, locale).text,
      ...plainList(person.aliases),
    ])
    .filter(Boolean)
    .join(' · ')
}

type Parts = {
  title: Localized
  /** Excerpt sources, in order of preference. */
  texts: Localized[]
  /** Indexed with the body but not shown (a dateline's place). */
  extra?: string[]
  date?: unknown
}

function partsOf(collection: SearchCollection, doc: Doc, locale: Locale): Parts {
  // A release's translation is indexed once approved, as the public reads it; until then its
  // entry in that language holds the English, as the page shows.
  const readable =
    collection !== 'press-releases' ||
    locale === defaultLocale ||
    approvedTranslationLocales(doc.translations).includes(locale)
  const l = (path: string) => localized(at(doc, path), locale, readable)
  switch (collection) {
    case 'press-releases':
      return {
        title: l('headline'),
        texts: [l('summary'), l('headline'), l('bodyText')],
        extra: [l('dateline.place').text],
        date: at(doc, 'dateline.date'),
      }
    case 'events': {
      const venue = l('venue')
      const city = l('city')
      const place = {
        text: [venue.text, city.text].filter(Boolean).join(', '),
        english: venue.english || city.english,
      }
      return { title: l('title'), texts: [l('title'), place, l('series')], date: doc.startsAt }
    }
    case 'speeches': {
      const quotes = (Array.isArray(doc.quotes) ? (doc.quotes as Doc[]) : []).map((row) =>
        localized(row.quote, locale),
      )
      return { title: l('title'), texts: [l('title'), ...quotes, l('fullText')], date: doc.date }
    }
    case 'participants':
      return {
        title: l('name'),
        texts: [
          l('bio'),
          l('shortName'),
          ...plainList(doc.aliases).map((text) => ({ text, english: false })),
          l('name'),
        ],
      }
    case 'documents':
      return {
        title: l('title'),
        texts: [
          { text: typeof doc.symbol === 'string' ? doc.symbol : '', english: false },
          l('summary'),
          l('title'),
        ],
        extra: [l('place').text],
        date: doc.date,
      }
  }
}

/** When the public may find it: null now (a lift passed counts as none); a release under embargo, from its lift. */
function publicFromOf(collection: SearchCollection, doc: Doc, now: Date): string | null {
  if (collection !== 'press-releases' || typeof doc.embargoUntil !== 'string') return null
  const lift = new Date(doc.embargoUntil)
  return lift > now ? lift.toISOString() : null
}

/**
 * The entries of a record as stored: none unless it is published (drafts, unpublished and
 * withdrawn records are never in the index). `people`: the published participants it names
 * (a release's participants and its speeches' speakers, a speech's speaker, an event's organisers
 * and participation list, a document's parties).
 */
export function entriesOf(
  collection: SearchCollection,
  doc: Doc,
  people: Names[] = [],
  now: Date = new Date(),
): SearchEntry[] {
  if (doc._status !== 'published' || typeof doc.slug !== 'string' || !doc.slug) return []
  return locales.map((locale) => {
    const parts = partsOf(collection, doc, locale)
    const texts = parts.texts.filter((text) => text.text).map(asText)
    const names = namesIn(people, locale)
    const ownNames = collection === 'participants' ? [] : [names]
    return {
      collection,
      recordId: String(doc.id),
      locale,
      slug: doc.slug as string,
      title: parts.title.text,
      titleEnglish: parts.title.english,
      texts,
      date: typeof parts.date === 'string' ? parts.date : null,
      publicFrom: publicFromOf(collection, doc, now),
      tokens: {
        title: indexTokens(parts.title.text),
        names: indexTokens(ownNames.join(' ')),
        body: indexTokens([...parts.texts.map((text) => text.text), ...(parts.extra ?? [])].join(' \n ')),
        words: wordTokens(parts.title.text),
      },
    }
  })
}
