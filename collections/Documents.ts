import type { CollectionConfig } from 'payload'

import { documentTypes } from '@/content/vocabulary'
import { editorNoteField, firstPublishedAtField, slugField } from '@/fields/slug'
import { contentDefaults } from '@collections/contentDefaults'
import { lastEditedByField, recordApprovalHooks } from '@collections/recordApproval'
import { labelled } from '@/content/labels'
import { requiredInDefaultLocale } from '@/fields/localized'
import { revalidateHooks } from '@/cache/hooks'
import { withMediaVisibility } from '@/access/mediaVisibility'
import { withSearchIndex } from '@/server/search/hooks'
import { mediaUsedField } from '@/fields/mediaUsed'
import { textLimits } from '@/fields/limitCheck'
import { dayOnly } from '@/fields/dates'

export const Documents: CollectionConfig<'documents'> = {
  slug: 'documents',
  ...contentDefaults,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'symbol', 'type', 'date', '_status'],
    // The list reads its columns only, not the joins and bodies of each row (as Topics).
    enableListViewSelectAPI: true,
    listSearchableFields: ['title', 'symbol', 'slug'],
    group: 'Records',
  },
  defaultSort: '-date',
  // The public lists: published documents by date (both adapters).
  indexes: [{ fields: ['_status', 'date'] }],
  hooks: withSearchIndex(
    'documents',
    withMediaVisibility('documents', {
      ...revalidateHooks('documents'),
      ...recordApprovalHooks('document'),
    }),
  ),
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale },
    slugField('title'),
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', required: true, options: labelled(documentTypes) },
        {
          name: 'symbol',
          type: 'text',
          index: true,
          label: 'Official symbol',
          admin: { description: 'e.g. A/RES/59/48' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          label: 'Adopted or signed on',
          admin: { date: dayOnly },
        },
        { name: 'place', type: 'text', localized: true },
      ],
    },
    { name: 'parties', type: 'relationship', relationTo: 'participants', hasMany: true },
    { name: 'summary', type: 'textarea', localized: true },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'media',
      label: 'File (PDF)',
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    {
      name: 'link',
      type: 'text',
      maxLength: textLimits.url,
      label: 'External link',
      validate: (value: unknown) =>
        !value || /^https?:\/\/\S+$/.test(String(value)) || 'The link must be a full http(s) address.',
    },
    {
      name: 'related',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      label: 'Related documents',
    },
    {
      type: 'collapsible',
      label: 'Cited by',
      admin: { initCollapsed: true },
      fields: [
        { name: 'releases', type: 'join', collection: 'press-releases', on: 'citedDocuments' },
        { name: 'events', type: 'join', collection: 'events', on: 'documents' },
      ],
    },
    editorNoteField,
    firstPublishedAtField,
    lastEditedByField,
    mediaUsedField('documents'),
  ],
}
