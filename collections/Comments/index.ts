import type { CollectionConfig, Where } from 'payload'

import { isAdmin, isStaff, staffOnly } from '@/access/roles'
import { checkboxWords } from '@/fields/checkboxWords'

import { setAuthor } from './hooks/author'
import { findMentions, notifyMentioned } from './hooks/mentions'
import { replyOnSameRelease } from './hooks/replies'

/** Staff may edit and delete their own comments; admins any. */
const ownOrAdmin: NonNullable<CollectionConfig['access']>['update'] = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (isStaff(req.user) && req.user) return { author: { equals: req.user.id } } satisfies Where
  return false
}

/**
 * Review threads on a release, for staff only. A reply points at the comment it answers;
 * "@name" mentions a colleague, who is told by email.
 */
export const Comments: CollectionConfig<'comments'> = {
  slug: 'comments',
  labels: { singular: 'Comment', plural: 'Comments' },
  access: { read: staffOnly, create: staffOnly, update: ownOrAdmin, delete: ownOrAdmin },
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['body', 'author', 'release', 'createdAt'],
    group: 'Newsroom',
    description: 'Review comments on releases. Write @name to mention a colleague; they receive an email.',
  },
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
      admin: { position: 'sidebar', components: checkboxWords('Resolved', 'Open') },
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
