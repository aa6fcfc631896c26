import type { CollectionConfig, Validate, Where } from 'payload'

import { editorNoteField, firstPublishedAtField, slugField } from '@/fields/slug'
import { requiredInDefaultLocale } from '@/fields/localized'
import { contentDefaults } from '@collections/contentDefaults'
import { lastEditedByField, recordApprovalHooks } from '@collections/recordApproval'
import { labelled } from '@/content/labels'
import { participantKinds, scoStatuses } from '@/content/vocabulary'
import { revalidateHooks } from '@/cache/hooks'
import { withMediaVisibility } from '@/access/mediaVisibility'
import { withSearchIndex } from '@/server/search/hooks'
import { mediaUsedField } from '@/fields/mediaUsed'
import { textLimits } from '@/fields/limitCheck'
import { dayOnly } from '@/fields/dates'

/** A period's end must not come before its start. */
const notBeforeFrom: Validate = (value, { siblingData }) => {
  const from = (siblingData as { from?: string | null }).from
  if (value && from && new Date(value as string) < new Date(from))
    return 'The end date cannot be earlier than the start date.'
  return true
}

export const Participants: CollectionConfig<'participants'> = {
  slug: 'participants',
  ...contentDefaults,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'slug', '_status'],
    // The list reads its columns only, not the joins and bodies of each row (as Topics).
    enableListViewSelectAPI: true,
    listSearchableFields: ['name', 'shortName', 'slug'],
    group: 'Records',
    description: 'People, organisations and countries that take part in events, speak, or sign documents.',
  },
  defaultSort: 'name',
  hooks: withSearchIndex(
    'participants',
    withMediaVisibility('participants', {
      ...revalidateHooks('participants'),
      ...recordApprovalHooks('participant'),
    }),
  ),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', localized: true, validate: requiredInDefaultLocale },
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: labelled(participantKinds),
          defaultValue: 'person',
        },
      ],
    },
    slugField('name'),
    {
      name: 'shortName',
      type: 'text',
      localized: true,
      admin: { description: 'Acronym or short form, e.g. "UNODC".' },
    },
    {
      name: 'aliases',
      type: 'text',
      hasMany: true,
      admin: { description: 'Other spellings found in sources ("Bahrein"), so that search finds them.' },
    },
    { name: 'photo', type: 'upload', relationTo: 'media', admin: { description: 'Portrait, logo or flag.' } },
    { name: 'bio', type: 'textarea', localized: true, label: 'Short biography or description' },
    { name: 'website', type: 'text', maxLength: textLimits.url },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'participants',
      label: 'Parent organisation',
      filterOptions: ({ id }): Where =>
        id === undefined
          ? { kind: { equals: 'organisation' } }
          : { kind: { equals: 'organisation' }, id: { not_equals: id } },
      admin: { condition: (data) => data?.kind === 'organisation' },
    },
    {
      name: 'positions',
      type: 'array',
      admin: {
        condition: (data) => data?.kind === 'person',
        description:
          'Titles held over time; pages and releases name a person by the title they held that day.',
        initCollapsed: false,
      },
      fields: [
        { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale },
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'participants',
          filterOptions: { kind: { in: ['organisation', 'country'] } },
        },
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'date', admin: { date: dayOnly } },
            {
              name: 'to',
              type: 'date',
              validate: notBeforeFrom,
              admin: { date: dayOnly },
            },
          ],
        },
      ],
    },
    {
      name: 'scoStatus',
      type: 'array',
      label: 'SCO status',
      admin: {
        condition: (data) => data?.kind === 'country',
        description: 'Member state, observer or dialogue partner, with dates.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'status', type: 'select', required: true, options: labelled(scoStatuses) },
            { name: 'from', type: 'date', required: true, admin: { date: dayOnly } },
            {
              name: 'to',
              type: 'date',
              validate: notBeforeFrom,
              admin: { date: dayOnly },
            },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Where this participant appears',
      admin: { initCollapsed: true },
      fields: [
        { name: 'speeches', type: 'join', collection: 'speeches', on: 'speaker' },
        { name: 'events', type: 'join', collection: 'events', on: 'participation.participant' },
        { name: 'organisedEvents', type: 'join', collection: 'events', on: 'organisers' },
        { name: 'releases', type: 'join', collection: 'press-releases', on: 'participants' },
        { name: 'documents', type: 'join', collection: 'documents', on: 'parties' },
        {
          name: 'suborganisations',
          type: 'join',
          collection: 'participants',
          on: 'parent',
          // Not by name: Payload 3.90.1 sorts a join on a localized field of a drafts collection
          // through the versions table's unaliased name, and every read with drafts (the admin's
          // edit view, ?draft=true) failed with "no such column: _participants_v.id". See
          // docs/upstream.md.
          defaultSort: 'slug',
        },
      ],
    },
    editorNoteField,
    firstPublishedAtField,
    lastEditedByField,
    mediaUsedField('participants'),
  ],
}
