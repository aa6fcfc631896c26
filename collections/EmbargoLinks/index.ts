import type { CollectionConfig } from 'payload'

import { editorsOnly, nobody } from '@/access/roles'

import { requireEmbargoedRelease, scheduledReleases } from './hooks/embargoedRelease'
import { keepRevocation, logLinkActivity } from './hooks/revocation'
import { assignToken, linkUrl } from './hooks/token'
import { dayAndTime } from '@/fields/dates'
import { checkboxWords } from '@/fields/checkboxWords'

/**
 * Private, expiring links through which accredited journalists read an embargoed release
 * before it lifts. Editors create and revoke them; a link is never deleted on its own, only with
 * its release (src/workflow/releaseDeletion.ts), and the activity log keeps who was given access.
 */
export const EmbargoLinks: CollectionConfig<'embargo-links'> = {
  slug: 'embargo-links',
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
      filterOptions: scheduledReleases,
      // Payload checks filterOptions on save against the published copy, which a draft's
      // schedule never reaches (drafts are versions): requireEmbargoedRelease checks the latest
      // version instead, with a message that says what to do.
      validate: (value: unknown) => (value ? true : 'Choose a scheduled or embargoed release.'),
      admin: {
        description:
          'A scheduled or embargoed release (set by the Schedule or Embargo action). Links are easiest made from the release’s review panel.',
      },
    },
    { name: 'recipient', type: 'text', required: true, label: 'Journalist and outlet' },
    {
      name: 'expiresAt',
      type: 'date',
      label: 'Expires',
      admin: {
        date: dayAndTime,
        description: 'The link stops working at this moment. Left empty, it lasts until the embargo lifts.',
      },
    },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', components: checkboxWords('Revoked', 'Active') },
    },
    {
      name: 'revokedAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, date: dayAndTime, condition: (d) => Boolean(d?.revoked) },
    },
    {
      name: 'token',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
      hooks: { beforeChange: [assignToken] },
    },
    {
      name: 'url',
      type: 'text',
      virtual: true,
      label: 'Link to send',
      admin: { readOnly: true, description: 'Send this link to the journalist only.' },
      hooks: { afterRead: [linkUrl] },
    },
  ],
  hooks: {
    beforeValidate: [requireEmbargoedRelease],
    beforeChange: [keepRevocation],
    afterChange: [logLinkActivity],
  },
}
