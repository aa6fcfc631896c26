import slugify from '@sindresorhus/slugify'
import { ValidationError, type CollectionSlug, type Field, type FieldHook } from 'payload'

import { staffField } from '@/access/roles'

import { textLimits } from './limitCheck'
import { dayAndTime } from './dates'

/** URL-safe form of a title: transliterated, lower-case, dash-separated. */
export function toSlug(value: string): string {
  return slugify(value, { decamelize: false }).slice(0, 96).replace(/-+$/, '')
}

/** The n-th slug tried for a base: `base`, then `base-2`, `base-3`, ... */
export function slugCandidate(base: string, n: number): string {
  return n === 1 ? base : `${base}-${n}`
}

/**
 * Finds a free slug in the collection: `base`, then `base-2`, `base-3`, ...
 * Bounded: gives up with a clear error after 50 tries rather than looping.
 */
async function uniqueSlug(
  base: string,
  collection: CollectionSlug,
  ownId: number | string | undefined,
  req: Parameters<FieldHook>[0]['req'],
): Promise<string> {
  for (let n = 1; n <= 50; n++) {
    const candidate = slugCandidate(base, n)
    const { totalDocs } = await req.payload.count({
      collection,
      req,
      where: {
        and: [
          { slug: { equals: candidate } },
          ...(ownId === undefined ? [] : [{ id: { not_equals: ownId } }]),
        ],
      },
    })
    if (totalDocs === 0) return candidate
  }
  throw new ValidationError({
    collection,
    errors: [{ message: `No free slug found for "${base}": choose one by hand.`, path: 'slug' }],
  })
}

/**
 * A unique `slug`, generated from the English `sourceField` when left empty, and stable once
 * the record has been published (`firstPublishedAt` set): links in the wild must keep working.
 */
export function slugField(sourceField: string): Field {
  const beforeValidate: FieldHook = async ({ collection, data, originalDoc, req, value, operation }) => {
    const current = typeof value === 'string' ? value.trim() : ''
    const published = Boolean(originalDoc?.firstPublishedAt)
    if (published && originalDoc?.slug && current && current !== originalDoc.slug) {
      throw new ValidationError({
        collection: collection?.slug,
        errors: [
          {
            message: `The slug cannot change once published (it is "${originalDoc.slug}"): links to it would break.`,
            path: 'slug',
          },
        ],
      })
    }
    if (published && originalDoc?.slug) return originalDoc.slug
    let base = current ? toSlug(current) : ''
    if (!base && (req.locale === 'en' || !req.locale || operation === 'create')) {
      const source = data?.[sourceField] ?? originalDoc?.[sourceField]
      const title = typeof source === 'string' ? source : (source?.en ?? '')
      base = toSlug(title)
    }
    if (!base) return originalDoc?.slug ?? value
    if (!collection) return base
    return uniqueSlug(base, collection.slug as CollectionSlug, originalDoc?.id, req)
  }

  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    maxLength: textLimits.slug,
    label: 'Slug',
    admin: {
      position: 'sidebar',
      description:
        'Part of the public address. Generated from the title when left empty; fixed once published.',
    },
    hooks: { beforeValidate: [beforeValidate] },
  }
}

/**
 * Set on the first publication and never changed afterwards; locks the slug and dates the
 * record for readers and feeds.
 */
export const firstPublishedAtField: Field = {
  name: 'firstPublishedAt',
  type: 'date',
  label: 'First published',
  admin: { position: 'sidebar', readOnly: true, date: dayAndTime },
  hooks: {
    beforeChange: [
      ({ data, originalDoc, value }) => {
        if (originalDoc?.firstPublishedAt) return originalDoc.firstPublishedAt
        if (data?._status === 'published') return value ?? new Date().toISOString()
        return null
      },
    ],
  },
}

export const editorNoteField: Field = {
  name: 'editorNote',
  type: 'textarea',
  label: 'Note for editors',
  admin: {
    position: 'sidebar',
    description: 'Never shown to the public: disagreements between sources, open questions, reminders.',
  },
  access: { read: staffField },
}
