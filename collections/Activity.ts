import type { CollectionConfig } from 'payload'

import { nobody, staffOnly } from '@/access/roles'
import { activityActions } from '@/workflow/activity'
import { editorialStatuses } from '@/workflow/status'
import { dayAndTime } from '@/fields/dates'

/**
 * The activity log: who did what to which record, when, from which status to which. Entries are
 * written only by the server's own hooks (with access overridden); through every API, nobody
 * (not even an admin) can create, change or delete one.
 */
export const Activity: CollectionConfig<'activity'> = {
  slug: 'activity',
  labels: { singular: 'Activity', plural: 'Activity log' },
  access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'summary',
    // The release column shows its headline as it is now (the summary quotes it as it was).
    defaultColumns: ['at', 'summary', 'release', 'actor', 'fromStatus', 'toStatus'],
    group: 'Newsroom',
    description: 'Every transition, publication, schedule, restore and deletion. Append-only.',
  },
  defaultSort: '-at',
  timestamps: true,
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      admin: { date: dayAndTime },
    },
    { name: 'action', type: 'select', required: true, options: [...activityActions], index: true },
    // Quotes a headline (at most 300 characters) after the action.
    { name: 'summary', type: 'text', required: true, maxLength: 1_000 },
    { name: 'collectionSlug', type: 'text', required: true, index: true },
    { name: 'docId', type: 'text', required: true, index: true },
    { name: 'release', type: 'relationship', relationTo: 'press-releases', index: true },
    { name: 'fromStatus', type: 'select', options: [...editorialStatuses] },
    { name: 'toStatus', type: 'select', options: [...editorialStatuses] },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    {
      name: 'actorName',
      type: 'text',
      admin: { description: 'Kept as written, should the user be deleted.' },
    },
    { name: 'note', type: 'textarea' },
  ],
}
