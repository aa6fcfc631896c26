import type { Media } from '@/payload-types'

/** A populated relationship, or undefined when it is only an id (unpublished or not loaded). */
export function populated<T extends object>(value: number | string | T | null | undefined): T | undefined {
  return value && typeof value === 'object' ? value : undefined
}

/** The populated records of a hasMany relationship, dropping ids the reader may not see. */
export function populatedList<T extends object>(
  values: readonly (number | string | T)[] | null | undefined,
): T[] {
  return (values ?? []).filter((value): value is T => Boolean(value) && typeof value === 'object')
}

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

/** Ids of a relationship list, whether populated or not. */
export function idsOf(values: readonly (number | string | { id: number | string })[] | null | undefined) {
  return (values ?? []).map((value) => (typeof value === 'object' ? value.id : value))
}
