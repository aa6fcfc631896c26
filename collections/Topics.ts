import type { CollectionConfig } from 'payload'

import { firstPublishedAtField, slugField } from '@/fields/slug'
import { contentDefaults } from '@collections/contentDefaults'
import { lastEditedByField, recordApprovalHooks } from '@collections/recordApproval'
import { requiredInDefaultLocale } from '@/fields/localized'
import { revalidateHooks } from '@/cache/hooks'
import { checkboxWords } from '@/fields/checkboxWords'

export const Topics: CollectionConfig<'topics'> = {
  slug: 'topics',
  ...contentDefaults,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status'],
    group: 'Records',
    // The list reads its columns only, not the join of each topic's releases: ten topics cost
    // 151 ms read whole at 100,000 releases, against 5.6 ms at 1,000 (docs/benchmarks.md).
    enableListViewSelectAPI: true,
  },
  defaultSort: 'title',
  hooks: { ...revalidateHooks('topics'), ...recordApprovalHooks('topic') },
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale },
    slugField('title'),
    { name: 'description', type: 'textarea', localized: true },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', components: checkboxWords('Featured', 'Not featured') },
    },
    {
      name: 'releases',
      type: 'join',
      collection: 'press-releases',
      on: 'topics',
      admin: { defaultColumns: ['headline', '_status'] },
    },
    firstPublishedAtField,
    lastEditedByField,
  ],
}
