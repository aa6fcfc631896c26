import type { CollectionConfig, Validate } from 'payload'

import { eventTypes, participationRoles } from '@/content/vocabulary'
import { editorNoteField, firstPublishedAtField, slugField } from '@/fields/slug'
import { contentDefaults } from '@collections/contentDefaults'
import { lastEditedByField, recordApprovalHooks } from '@collections/recordApproval'
import { labelled } from '@/content/labels'
import { requiredInDefaultLocale } from '@/fields/localized'
import { zonedDate } from '@/fields/timeZone'
import { revalidateHooks } from '@/cache/hooks'
import { withMediaVisibility } from '@/access/mediaVisibility'
import { withSearchIndex } from '@/server/search/hooks'
import { mediaUsedField } from '@/fields/mediaUsed'
import { textLimits } from '@/fields/limitCheck'
import { dayAndTime } from '@/fields/dates'

const endsAfterStart: Validate = (value, { siblingData }) => {
  const start = (siblingData as { startsAt?: string | null }).startsAt
  if (value && start && new Date(value as string) < new Date(start))
    return 'The event cannot end before it starts: check the end date and time.'
  return true
}

export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  ...contentDefaults,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'startsAt', 'city', '_status'],
    // The list reads its columns only, not the joins and bodies of each row (as Topics).
    enableListViewSelectAPI: true,
    listSearchableFields: ['title', 'city', 'slug'],
    group: 'Records',
  },
  defaultSort: '-startsAt',
  // The public lists: published events by date (both adapters).
  indexes: [{ fields: ['_status', 'startsAt'] }],
  hooks: withSearchIndex(
    'events',
    withMediaVisibility('events', { ...revalidateHooks('events'), ...recordApprovalHooks('event') }),
  ),
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale },
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          options: labelled(eventTypes),
          defaultValue: 'meeting',
        },
        {
          name: 'series',
          type: 'text',
          localized: true,
          admin: { description: 'e.g. "UN-SCO high-level special events"' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          timezone: zonedDate({ required: true }),
          admin: { date: dayAndTime, description: 'In the event’s own time zone.' },
        },
        {
          name: 'endsAt',
          type: 'date',
          timezone: zonedDate(),
          validate: endsAfterStart,
          admin: { date: dayAndTime },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'venue', type: 'text', localized: true },
        { name: 'city', type: 'text', localized: true, validate: requiredInDefaultLocale },
      ],
    },
    {
      name: 'presidency',
      type: 'relationship',
      relationTo: 'participants',
      label: 'Held under the SCO presidency of',
      filterOptions: { kind: { equals: 'country' } },
    },
    { name: 'organisers', type: 'relationship', relationTo: 'participants', hasMany: true },
    {
      name: 'participation',
      type: 'array',
      label: 'Participation list',
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'participant', type: 'relationship', relationTo: 'participants', required: true },
            { name: 'role', type: 'select', required: true, options: labelled(participationRoles) },
            { name: 'note', type: 'text', localized: true },
          ],
        },
      ],
    },
    {
      name: 'attendance',
      type: 'number',
      min: 0,
      admin: { description: 'Approximate number of people who attended.' },
    },
    { name: 'description', type: 'richText', localized: true },
    {
      name: 'livestream',
      type: 'group',
      fields: [
        { name: 'url', type: 'text', maxLength: textLimits.url, label: 'Livestream or recording URL' },
        { name: 'note', type: 'text', localized: true },
      ],
    },
    { name: 'gallery', type: 'upload', relationTo: 'media', hasMany: true },
    {
      name: 'documents',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      label: 'Related documents',
    },
    {
      type: 'collapsible',
      label: 'Speeches and releases',
      fields: [
        { name: 'speeches', type: 'join', collection: 'speeches', on: 'event' },
        { name: 'releases', type: 'join', collection: 'press-releases', on: 'event' },
      ],
    },
    editorNoteField,
    firstPublishedAtField,
    lastEditedByField,
    mediaUsedField('events'),
  ],
}
