import type { GlobalConfig } from 'payload'

import { refreshGlobalMedia } from '@/access/mediaVisibility'
import { adminsOnly, anyone } from '@/access/roles'
import { revalidateSettings } from '@/cache/hooks'
import { requiredInDefaultLocale } from '@/fields/localized'
import { timeZoneField } from '@/fields/timeZone'

export const Settings: GlobalConfig<'settings'> = {
  slug: 'settings',
  label: 'Newsroom settings',
  typescript: { interface: 'Settings' },
  admin: { group: 'Administration' },
  access: { read: anyone, update: adminsOnly },
  hooks: { afterChange: [revalidateSettings, refreshGlobalMedia('settings')] },
  fields: [
    { name: 'organisationName', type: 'text', localized: true, validate: requiredInDefaultLocale },
    {
      // The organisation's mark: the admin's login page and header, and the publisher's logo in
      // the site's structured data (issue 10, item 6). Public once chosen (src/access/publicMedia.ts).
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      admin: {
        description:
          'The organisation’s mark (a PNG or JPEG, ideally square, at least 112 × 112 pixels). Shown on the admin’s login page and header and as the publisher’s logo to search engines. Without one, the name is shown as text.',
      },
    },
    {
      name: 'boilerplate',
      type: 'textarea',
      localized: true,
      admin: { description: 'The "About the organisation" paragraph printed at the end of every release.' },
    },
    timeZoneField({
      name: 'timeZone',
      label: 'Time zone',
      description: 'The organisation’s own zone: what the schedule and embargo pickers offer first.',
    }),
    {
      name: 'pressContacts',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true },
            { name: 'title', type: 'text', localized: true },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email' },
            { name: 'phone', type: 'text' },
          ],
        },
      ],
    },
  ],
}
