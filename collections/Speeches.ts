import type { CollectionConfig } from 'payload'

import { editorNoteField, firstPublishedAtField, slugField } from '@/fields/slug'
import { requiredInDefaultLocale } from '@/fields/localized'
import { contentDefaults } from '@collections/contentDefaults'
import { lastEditedByField, recordApprovalHooks } from '@collections/recordApproval'
import { revalidateHooks } from '@/cache/hooks'
import { withMediaVisibility } from '@/access/mediaVisibility'
import { withSearchIndex } from '@/server/search/hooks'
import { mediaUsedField } from '@/fields/mediaUsed'
import { plainTextOf } from '@/fields/plainText'
import { labelled } from '@/content/labels'
import { languageNames, speechDeliveries, speechDeliveryLabels, speechLanguages } from '@/content/vocabulary'
import { defaultLocale } from '@/content/locales'
import { textLimits } from '@/fields/limitCheck'
import { dayOnly } from '@/fields/dates'

export const Speeches: CollectionConfig<'speeches'> = {
  slug: 'speeches',
  ...contentDefaults,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'speaker', 'event', 'date', '_status'],
    // The list reads its columns only, not the joins and bodies of each row (as Topics).
    enableListViewSelectAPI: true,
    group: 'Records',
  },
  defaultSort: '-date',
  // The public lists: published speeches by date (both adapters).
  indexes: [{ fields: ['_status', 'date'] }],
  hooks: withSearchIndex(
    'speeches',
    withMediaVisibility('speeches', {
      ...revalidateHooks('speeches'),
      ...recordApprovalHooks('speech'),
    }),
  ),
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale },
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'speaker',
          type: 'relationship',
          relationTo: 'participants',
          required: true,
          filterOptions: { kind: { equals: 'person' } },
        },
        { name: 'event', type: 'relationship', relationTo: 'events' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'date', type: 'date', required: true, admin: { date: dayOnly } },
        {
          name: 'delivery',
          type: 'select',
          required: true,
          defaultValue: 'as-delivered',
          options: labelled(speechDeliveries, speechDeliveryLabels),
        },
        {
          name: 'language',
          type: 'select',
          required: true,
          defaultValue: defaultLocale,
          options: labelled(speechLanguages, languageNames),
        },
      ],
    },
    { name: 'text', type: 'richText', localized: true, label: 'Full text' },
    plainTextOf('text', 'fullText'),
    {
      name: 'quotes',
      type: 'array',
      label: 'Key quotes',
      admin: {
        description: 'Verbatim sentences that releases may quote; a quote block must use one of these.',
      },
      fields: [{ name: 'quote', type: 'textarea', localized: true, validate: requiredInDefaultLocale }],
    },
    { name: 'videoUrl', type: 'text', maxLength: textLimits.url, label: 'Video URL' },
    { name: 'releases', type: 'join', collection: 'press-releases', on: 'speeches' },
    editorNoteField,
    firstPublishedAtField,
    lastEditedByField,
    mediaUsedField('speeches'),
  ],
}
