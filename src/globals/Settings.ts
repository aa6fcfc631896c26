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
