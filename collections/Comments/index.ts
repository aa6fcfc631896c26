import type { CollectionConfig, Where } from 'payload'

import { isAdmin, isStaff, staffOnly } from '@/access/roles'
import { checkboxWords } from '@/fields/checkboxWords'
import { dayAndTime } from '@/fields/dates'

import { setAuthor } from './hooks/author'
import { findMentions, notifyMentioned } from './hooks/mentions'
import { replyOnSameRelease } from './hooks/replies'
import { resolveEndpoint } from './resolve'

/** Staff may edit and delete their own comments; admins any. */
const ownOrAdmin: NonNullable<CollectionConfig['access']>['update'] = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (isStaff(req.user) && req.user) return { author: { equals: req.user.id } } satisfies Where
  return false
}

/**
 * Review threads on a release, for staff only, shown beside the text in the release's sidebar
 * (src/workflow/conversation). A reply points at the comment it answers; a mention is stored as
 * a reference to the colleague (src/content/mentions.ts), who is told by email and in their inbox.
 * A thread is about the whole release; an inline comment will add an optional `anchor` (the
 * range of the body it is about) without changing the rest of the model.
 */
export const Comments: CollectionConfig<'comments'> = {
  slug: 'comments',
  labels: { singular: 'Comment', plural: 'Comments' },
  access: { read: staffOnly, create: staffOnly, update: ownOrAdmin, delete: ownOrAdmin },
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['body', 'author', 'release', 'createdAt'],
    group: 'Newsroom',
    description:
      'Review comments on releases. Write @name to mention a colleague; they receive an email and an inbox item.',
  },
  endpoints: [resolveEndpoint],
  defaultSort: 'createdAt',
  // A release's thread, oldest first, and the join that lists it on the release (both adapters).
  indexes: [{ fields: ['release', 'createdAt'] }],
  fields: [
    { name: 'release', type: 'relationship', relationTo: 'press-releases', required: true, index: true },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'comments',
      label: 'In reply to',
      filterOptions: ({ data }) => (data?.release ? { release: { equals: data.release } } : true),
    },
    { name: 'body', type: 'textarea', required: true, maxLength: 5000, label: 'Comment' },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'mentions',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Found in the text; told by email.' },
    },
    {
      name: 'resolved',
      type: 'checkbox',
      defaultValue: false,
      // Set through POST /api/comments/:id/resolve by any colleague (./resolve.ts), with who and when.
      access: { update: () => false },
      admin: { position: 'sidebar', components: checkboxWords('Resolved', 'Open') },
    },
    {
      name: 'resolvedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'resolvedAt',
      type: 'date',
      access: { update: () => false },
      admin: { readOnly: true, position: 'sidebar', date: dayAndTime },
    },
    {
      name: 'replies',
      type: 'join',
      collection: 'comments',
      on: 'parent',
      admin: { defaultColumns: ['body', 'author'] },
    },
  ],
  hooks: {
    beforeChange: [setAuthor, replyOnSameRelease, findMentions],
    afterChange: [notifyMentioned],
  },
}
