import { randomBytes } from 'node:crypto'

import { ValidationError, type CollectionConfig } from 'payload'

import { editorsOnly, nobody } from '@/access/roles'
import { recordActivity } from '@/workflow/activity'

export const embargoLinksSlug = 'embargo-links'

export const newEmbargoToken = (): string => randomBytes(24).toString('base64url')

/**
 * Private, expiring links through which accredited journalists read an embargoed release
 * before it lifts. Editors create and revoke them; a link is never deleted, so the log of who
 * was given access stays complete.
 */
export const EmbargoLinks: CollectionConfig<typeof embargoLinksSlug> = {
  slug: embargoLinksSlug,
  labels: { singular: 'Journalist link', plural: 'Journalist links' },
  access: { read: editorsOnly, create: editorsOnly, update: editorsOnly, delete: nobody },
  admin: {
    useAsTitle: 'recipient',
    defaultColumns: ['recipient', 'release', 'expiresAt', 'revoked'],
    group: 'Newsroom',
    description:
      'Private links to an embargoed release for accredited journalists. Revoke a link to stop it at once.',
  },
  fields: [
    {
      name: 'release',
      type: 'relationship',
      relationTo: 'press-releases',
      required: true,
      index: true,
      admin: { description: 'A release under embargo (set by the Embargo action).' },
    },
    { name: 'recipient', type: 'text', required: true, label: 'Journalist and outlet' },
    {
      name: 'expiresAt',
      type: 'date',
      label: 'Expires',
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: 'The link stops working at this moment. Left empty, it lasts until the embargo lifts.',
      },
    },
    { name: 'revoked', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
    {
      name: 'revokedAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, condition: (d) => Boolean(d?.revoked) },
    },
    {
      name: 'token',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
      hooks: {
        beforeChange: [
          ({ operation, originalDoc }) => (operation === 'create' ? newEmbargoToken() : originalDoc?.token),
        ],
      },
    },
    {
      name: 'url',
      type: 'text',
      virtual: true,
      label: 'Link to send',
      admin: { readOnly: true, description: 'Send this link to the journalist only.' },
      hooks: {
        afterRead: [
          ({ data, req }) =>
            data?.token
              ? `${req.payload.config.serverURL || 'http://localhost:3000'}/embargo/${data.token}`
              : undefined,
        ],
      },
    },
  ],
  hooks: {
    beforeValidate: [
      async ({ data, operation, req }) => {
        if (operation !== 'create' || !data?.release) return data
        const id = typeof data.release === 'object' ? data.release.id : data.release
        const release = await req.payload
          .findByID({ collection: 'press-releases', id, draft: true, depth: 0, req, overrideAccess: true })
          .catch(() => null)
        const until = release?.embargoUntil ? new Date(release.embargoUntil) : undefined
        if (!until || until.getTime() <= Date.now())
          throw new ValidationError({
            collection: embargoLinksSlug,
            errors: [{ path: 'release', message: 'Journalist links are only for a release under embargo.' }],
          })
        // By default a link lasts until the embargo lifts: then the public page takes over.
        if (!data.expiresAt) data.expiresAt = until.toISOString()
        return data
      },
    ],
    beforeChange: [
      ({ data, originalDoc }) => {
        if (data.revoked && !originalDoc?.revoked) data.revokedAt = new Date().toISOString()
        if (originalDoc?.revoked) Object.assign(data, { revoked: true, revokedAt: originalDoc.revokedAt })
        return data
      },
    ],
    afterChange: [
      async ({ doc, operation, previousDoc, req }) => {
        const revokedNow = operation === 'update' && doc.revoked && !previousDoc?.revoked
        if (operation !== 'create' && !revokedNow) return doc
        const release = typeof doc.release === 'object' ? doc.release.id : doc.release
        await recordActivity(req, {
          action: revokedNow ? 'embargoLinkRevoked' : 'embargoLink',
          summary: `${revokedNow ? 'Journalist link revoked' : 'Journalist link created'} for ${doc.recipient}`,
          collectionSlug: embargoLinksSlug,
          docId: doc.id,
          release,
        })
        return doc
      },
    ],
  },
}
