import type { Field, FieldHook } from 'payload'

import { mediaIdsOf, mediaSources, valueAt, type MediaSourceSlug } from '@/access/mediaSources'
import { staffField } from '@/access/roles'
import { isLocale } from '@/content/locales'

import { dayAndTime } from './dates'
import { existingIds } from './existingIds'

/** A localized value read in every locale: an object keyed by locale codes only. */
const isLocaleMap = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value as object).length > 0 &&
  Object.keys(value as object).every(isLocale)

/** `{ a: { b: value } }` for the path `a.b`: a partial record that `mediaIdsOf` reads. */
const nested = (path: string, value: unknown): unknown =>
  path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value)

/**
 * The media a record shows, recomputed on every save (whatever a client sends) from the write
 * over the stored record, with the rich text of the other locales as stored. Kept in each
 * version like any field, so the stored (published) copy says what the public sees and a draft
 * version what it would: src/access/mediaVisibility.ts and mediaUse.ts query it (rels are indexed).
 */
function computeMediaUsed(slug: MediaSourceSlug): FieldHook {
  const source = mediaSources[slug]
  return async ({ siblingData, siblingDocWithLocales, originalDoc, req }) => {
    const original = (originalDoc ?? {}) as Record<string, unknown>
    const current: Record<string, unknown> = {}
    for (const path of [...source.uploads, ...source.richText]) {
      const [top] = path.split('.') as [string]
      current[top] = siblingData[top] !== undefined ? siblingData[top] : original[top]
    }
    // A write in one locale changes that locale's rich text; the others stay as stored.
    const others: unknown[] = []
    if (req.locale !== 'all')
      for (const path of source.richText) {
        const stored = valueAt(siblingDocWithLocales, path)
        if (isLocaleMap(stored))
          for (const [locale, value] of Object.entries(stored))
            if (locale !== req.locale) others.push(nested(path, value))
      }
    const ids = mediaIdsOf(source, current, ...others)
    // A block may still name a file deleted since: keeping it would fail the save.
    return existingIds(req, 'media', ids)
  }
}

/** The hidden `mediaUsed` field of a media source collection (src/access/mediaSources.ts). */
export function mediaUsedField(slug: MediaSourceSlug): Field {
  return {
    name: 'mediaUsed',
    type: 'relationship',
    relationTo: 'media',
    hasMany: true,
    // Ids only, for staff only: the public reads the files themselves.
    maxDepth: 0,
    access: { read: staffField },
    admin: { hidden: true },
    hooks: { beforeChange: [computeMediaUsed(slug)] },
  }
}

const nobody = () => false

/**
 * On each media file: from when the public may fetch it (null: not at all). Written only by
 * src/access/mediaVisibility.ts through the database adapter; no API writer may set it.
 */
export const publicFromField: Field = {
  name: 'publicFrom',
  type: 'date',
  index: true,
  label: 'Public from',
  access: { create: nobody, update: nobody },
  admin: {
    position: 'sidebar',
    readOnly: true,
    date: dayAndTime,
    description: 'Set by publication: when a published record showing this file became (or becomes) public.',
  },
}
