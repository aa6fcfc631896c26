import type { CollectionSlug, GlobalSlug } from 'payload'

import { idOf, type Id } from '@/content/relations'

/**
 * Every place a public record shows a media file: THE list that the stored visibility of media
 * (src/access/mediaVisibility.ts), the `mediaUsed` field (src/fields/mediaUsed.ts) and the
 * "file in use" rule (src/access/mediaUse.ts) read. A new upload or rich-text field that the
 * public site shows is one line here (and, for a new collection, `mediaUsedField` plus
 * `withMediaVisibility` in its config).
 */
export type MediaSource = {
  /** Upload fields, dotted for groups (`seo.image`); hasMany and localized values are read too. */
  uploads: readonly string[]
  /** Rich-text fields whose captioned-image blocks and upload nodes show images, in every locale. */
  richText: readonly string[]
  /** A date field before which a published record is still hidden from the public (an embargo). */
  hiddenUntil?: string
  /** How the "file in use" message names a record: its kind and its title field. */
  label: string
  title: string
}

export const mediaSources = {
  'press-releases': {
    uploads: ['heroImage', 'seo.image'],
    richText: ['body'],
    hiddenUntil: 'embargoUntil',
    label: 'release',
    title: 'headline',
  },
  events: { uploads: ['gallery'], richText: ['description'], label: 'event', title: 'title' },
  participants: { uploads: ['photo'], richText: [], label: 'participant', title: 'name' },
  documents: { uploads: ['file'], richText: [], label: 'document', title: 'title' },
  speeches: { uploads: [], richText: ['text'], label: 'speech', title: 'title' },
} as const satisfies Partial<Record<CollectionSlug, MediaSource>>

export type MediaSourceSlug = keyof typeof mediaSources

/**
 * Globals the public always reads (no drafts): a file they hold is public while they hold it
 * (the organisation's mark shows on the login page and in the site's structured data).
 */
export const globalMediaSources: Partial<Record<GlobalSlug, readonly string[]>> = { settings: ['logo'] }

export const mediaSourceSlugs = Object.keys(mediaSources) as MediaSourceSlug[]

export function isMediaSource(slug: string): slug is MediaSourceSlug {
  return Object.hasOwn(mediaSources, slug)
}

/** Images placed in rich text (captioned-image blocks and upload nodes), in any locale shape. */
export function blockImages(value: unknown, found: Set<Id>): void {
  if (Array.isArray(value)) return value.forEach((item) => blockImages(item, found))
  if (!value || typeof value !== 'object') return
  const node = value as {
    type?: unknown
    fields?: { image?: unknown }
    relationTo?: unknown
    value?: unknown
  }
  if (node.type === 'block' && node.fields?.image !== undefined) {
    const id = idOf(node.fields.image)
    if (id !== undefined) found.add(id)
  }
  // Images inserted with the editor's own upload button.
  if (node.type === 'upload' && node.relationTo === 'media') {
    const id = idOf(node.value)
    if (id !== undefined) found.add(id)
  }
  for (const child of Object.values(value)) if (child && typeof child === 'object') blockImages(child, found)
}

/** The media ids of an upload value: one, a list, or a map of locales to either. */
export function uploadIds(value: unknown, found: Set<Id>): void {
  if (Array.isArray(value)) return value.forEach((item) => uploadIds(item, found))
  const id = idOf(value)
  if (id !== undefined) return void found.add(id)
  if (value && typeof value === 'object') for (const item of Object.values(value)) uploadIds(item, found)
}

/** The value at a dotted path (`seo.image`) of a record, or undefined. */
export function valueAt(doc: unknown, path: string): unknown {
  let value: unknown = doc
  for (const key of path.split('.')) {
    if (!value || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/**
 * The media a record of `source` shows, from `parts`: records or partial records (the write's
 * data, the stored record in every locale), each read for every field of the source.
 */
export function mediaIdsOf(source: Pick<MediaSource, 'uploads' | 'richText'>, ...parts: unknown[]): Id[] {
  const found = new Set<Id>()
  for (const part of parts) {
    for (const path of source.uploads) uploadIds(valueAt(part, path), found)
    for (const path of source.richText) blockImages(valueAt(part, path), found)
  }
  const unique = new Map<string, Id>()
  for (const id of found) if (!unique.has(String(id))) unique.set(String(id), id)
  return [...unique.values()]
}
