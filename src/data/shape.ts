import { populated } from '@/content/relations'
import type { Media } from '@/payload-types'

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

/** What `markEnglish` (records.ts) leaves on a record: its fields shown in English on this page. */
export type EnglishFields = { englishFields?: string[] }

/**
 * The lang attribute of a field on this page: 'en' when it fell back to English. Takes a
 * RecordDetail, or a record of a list or a linked record that `markEnglish` has marked.
 */
export function fallbackLang(checked: object, field: string): 'en' | undefined {
  return (checked as EnglishFields).englishFields?.includes(field) ? 'en' : undefined
}
