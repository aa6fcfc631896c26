import type { GlobalConfig } from 'payload'

import { adminsOnly } from '@/access/roles'
import { revalidateSettings } from '@/cache/hooks'
import { requiredInDefaultLocale } from '@/fields/localized'

export const settingsSlug = 'settings'

export const Settings: GlobalConfig<typeof settingsSlug> = {
  slug: settingsSlug,
  label: 'Newsroom settings',
  typescript: { interface: 'Settings' },
  admin: { group: 'Administration' },
  access: { read: () => true, update: adminsOnly },
  hooks: { afterChange: [revalidateSettings] },
  fields: [
    { name: 'organisationName', type: 'text', localized: true, validate: requiredInDefaultLocale },
    {
      name: 'boilerplate',
      type: 'textarea',
      localized: true,
      admin: { description: 'The "About the organisation" paragraph printed at the end of every release.' },
    },
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
