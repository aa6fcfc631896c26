import type { CollectionConfig, Where } from 'payload'

import { editorsOnly, isStaff, staffOnly } from '@/access/roles'
import { contentDefaults } from '@/lib/content'

import { pressReleaseFields } from './fields'

export const pressReleasesSlug = 'press-releases'

/** The public reads a release only when it is published and its embargo, if any, has lifted. */
export function publicReleaseWhere(now: Date = new Date()): Where {
  return {
    and: [
      { _status: { equals: 'published' } },
      { or: [{ embargoUntil: { exists: false } }, { embargoUntil: { less_than_equal: now.toISOString() } }] },
    ],
  }
}

export const PressReleases: CollectionConfig<typeof pressReleasesSlug> = {
  slug: pressReleasesSlug,
  labels: { singular: 'Press release', plural: 'Press releases' },
  access: {
    ...contentDefaults.access,
    read: ({ req }) => (isStaff(req.user) ? true : publicReleaseWhere()),
    create: staffOnly,
    delete: editorsOnly,
  },
  versions: contentDefaults.versions,
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'editorialStatus', 'dateline.date', 'author', '_status'],
    listSearchableFields: ['headline', 'slug', 'summary'],
    group: 'Newsroom',
  },
  defaultSort: '-dateline.date',
  fields: pressReleaseFields,
}
