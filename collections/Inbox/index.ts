import type { CollectionBeforeValidateHook, CollectionConfig, Endpoint } from 'payload'

import { ownedBy } from '@/access/own'
import { nobody } from '@/access/roles'
import { labelled } from '@/content/labels'
import { dayAndTime } from '@/fields/dates'
import type { InboxItem as InboxRecord } from '@/payload-types'
import { inboxKindLabels, inboxKinds, inboxSlug } from '@/workflow/inbox'

const own = ownedBy('recipient')
const fixed = { update: () => false }

/** Read or unread is the only thing a reader changes (`readAt`: any moment, or null), and the time is the server's. */
const stampRead: CollectionBeforeValidateHook<InboxRecord> = ({ data, operation }) => {
  if (operation === 'update' && data && 'readAt' in data)
    data.readAt = data.readAt ? new Date().toISOString() : null
  return data
}

/** POST /api/inbox/read-all: every unread item of the caller's inbox, read now. */
const readAll: Endpoint = {
  path: '/read-all',
  method: 'post',
  handler: async (req) => {
    if (!req.user)
      return Response.json({ errors: [{ message: 'Log in to read your inbox.' }] }, { status: 401 })
    const { docs } = await req.payload.update({
      collection: inboxSlug,
      where: { readAt: { exists: false } },
      data: { readAt: new Date().toISOString() },
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
    return Response.json({ read: docs.length })
  },
}

/** Each user's inbox (src/workflow/inbox.ts): written by the server, read and marked read by its owner only. */
export const Inbox: CollectionConfig<'inbox'> = {
  slug: inboxSlug,
  labels: { singular: 'Inbox item', plural: 'Inbox' },
  access: { read: own, create: nobody, update: own, delete: nobody },
  // Shown on the dashboard (src/workflow/inbox/Inbox.tsx), not as a list of its own.
  admin: { hidden: true, useAsTitle: 'title' },
  typescript: { interface: 'InboxItem' },
  defaultSort: '-createdAt',
  // The dashboard's query: one user's items, unread first by date.
  indexes: [{ fields: ['recipient', 'readAt', 'createdAt'] }],
  endpoints: [readAll],
  hooks: { beforeValidate: [stampRead] },
  fields: [
    // Always set (src/workflow/inbox.ts), yet not required: a deleted user's items then lose their
    // owner (SQLite's ON DELETE SET NULL on a NOT NULL column would refuse the user's deletion) and
    // nobody reads them.
    { name: 'recipient', type: 'relationship', relationTo: 'users', index: true, access: fixed },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: labelled(inboxKinds, inboxKindLabels),
      access: fixed,
    },
    { name: 'release', type: 'relationship', relationTo: 'press-releases', required: true, access: fixed },
    { name: 'comment', type: 'relationship', relationTo: 'comments', access: fixed },
    { name: 'actor', type: 'relationship', relationTo: 'users', access: fixed },
    { name: 'title', type: 'text', required: true, maxLength: 300, access: fixed },
    { name: 'readAt', type: 'date', admin: { date: dayAndTime } },
  ],
}
