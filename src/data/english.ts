import type { Locale } from '@/content/locales'

import { payloadClient } from './payload'
import type { Viewer } from './viewer'

/**
 * English fallback. A Russian or Chinese page reads records with fallback to English; the text
 * shown that way is marked here, so that views can say so (lang="en", the fallback note).
 */

/** The linked records: events, speeches, participants, documents and topics. */
export type RecordSlug = 'events' | 'speeches' | 'participants' | 'documents' | 'topics'

/** Collections whose localized text falls back to English on the public site. */
export type FallbackCollection = RecordSlug | 'press-releases'

/** What `markEnglish` leaves on a record: its fields shown in English on this page. */
export type EnglishFields = { englishFields?: string[] }

/**
 * The localized text a record's own page shows: checked for English fallback. A field of an
 * array's rows ('quotes.quote') counts as English when none of its rows has text of its own.
 */
export const pageText: Record<RecordSlug, readonly string[]> = {
  events: ['title', 'venue', 'city', 'series', 'description', 'participation.note', 'livestream.note'],
  speeches: ['title', 'text', 'quotes.quote'],
  participants: ['name', 'shortName', 'bio', 'positions.title'],
  documents: ['title', 'summary', 'place'],
  topics: ['title', 'description'],
}

/** The localized text lists, and pages linking to a record, show of it. */
const listedText: Record<FallbackCollection, readonly string[]> = {
  'press-releases': ['headline', 'summary', 'dateline.place'],
  events: ['title', 'venue', 'city'],
  speeches: ['title'],
  participants: ['name'],
  documents: ['title'],
  topics: ['title'],
}

/** Non-empty values at a dotted path ('title', 'quotes.quote'), through arrays of rows. */
function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path))
  if (path.length === 0) return value === null || value === undefined || value === '' ? [] : [value]
  if (!value || typeof value !== 'object') return []
  return valuesAt((value as Record<string, unknown>)[path[0]!], path.slice(1))
}

/** Whether a record has text at this dotted path. */
export function hasText(record: object, path: string): boolean {
  return valuesAt(record, path.split('.')).length > 0
}

/**
 * The fields (dotted paths) that a record shows in English because this language has no text
 * of its own: `shown` is the record read with fallback to English, `own` the same record read
 * in this language without fallback (undefined when that read did not return it).
 */
export function englishFieldsOf(shown: object, own: object | undefined, fields: readonly string[]): string[] {
  return fields.filter((field) => hasText(shown, field) && !(own && hasText(own, field)))
}

/** A Payload `select` of these dotted paths: ['title', 'quotes.quote'] → { title: true, quotes: { quote: true } }. */
export function selectOf(fields: readonly string[]): Record<string, unknown> {
  const select: Record<string, unknown> = {}
  for (const field of fields) {
    const [head, ...rest] = field.split('.') as [string, ...string[]]
    if (rest.length === 0) select[head] = true
    else {
      const inner = select[head]
      select[head] = {
        ...(inner && typeof inner === 'object' ? inner : {}),
        ...selectOf([rest.join('.')]),
      }
    }
  }
  return select
}

/**
 * Marks the records of one collection, read in `locale` with fallback to English, with the
 * fields they show in English (`englishFields`, read by `fallbackLang`): one query without
 * fallback for all of them, however many; nothing at all in English. Takes list items or the
 * values of a relationship (ids of records the reader may not see are skipped).
 */
export async function markEnglish(
  viewer: Viewer,
  locale: Locale,
  collection: FallbackCollection,
  values: readonly unknown[],
  fields: readonly string[] = listedText[collection],
): Promise<void> {
  if (locale === 'en') return
  const records = values.filter(
    (value): value is { id: number | string } & EnglishFields =>
      typeof value === 'object' && value !== null && 'id' in value,
  )
  // Only text that is shown can have fallen back.
  const checked = fields.filter((field) => records.some((record) => hasText(record, field)))
  if (checked.length === 0) {
    for (const record of records) record.englishFields = []
    return
  }
  const payload = await payloadClient()
  const ids = [...new Set(records.map((record) => record.id))]
  const { docs } = (await payload.find({
    collection,
    where: { id: { in: ids } },
    locale,
    fallbackLocale: false,
    pagination: false,
    depth: 0,
    draft: viewer.draft,
    user: viewer.user,
    overrideAccess: false,
    joins: false as never,
    select: selectOf(checked) as never,
  })) as { docs: { id: number | string }[] }
  const own = new Map(docs.map((doc) => [String(doc.id), doc]))
  for (const record of records)
    record.englishFields = englishFieldsOf(record, own.get(String(record.id)), checked)
}

/** Linked records shown beside a record or a list: their collection and relationship values. */
export type Related = [FallbackCollection, readonly unknown[]]

/**
 * Marks records (their `fields`, by default what lists show) and the linked records shown with
 * them: a query per collection.
 */
export async function markWithRelated(
  viewer: Viewer,
  locale: Locale,
  [collection, records]: Related,
  related: readonly Related[],
  fields?: readonly string[],
): Promise<void> {
  await Promise.all([
    markEnglish(viewer, locale, collection, records, fields),
    ...related.map(([relatedCollection, values]) => markEnglish(viewer, locale, relatedCollection, values)),
  ])
}

/** The lang attribute of a field on this page: 'en' when it fell back to English (see `markEnglish`). */
export function fallbackLang(checked: object, field: string): 'en' | undefined {
  return (checked as EnglishFields).englishFields?.includes(field) ? 'en' : undefined
}

/** 'en' when every localized field a text is made of, that has text, is shown in English. */
export function textLang(record: object, fields: readonly string[] | undefined): 'en' | undefined {
  const shown = (fields ?? []).filter((field) => hasText(record, field))
  return shown.length > 0 && shown.every((field) => fallbackLang(record, field)) ? 'en' : undefined
}
