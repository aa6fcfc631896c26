import type { CollectionConfig } from 'payload'

import { adminField, adminOrSelf, adminsOnly, roleLabels, roles, staffAdmin, staffOnly } from '@/access/roles'
import { labelled } from '@/content/labels'

import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { checkNewPassword, checkResetPassword, writeOnly } from './hooks/passwordRules'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: 'Staff user', plural: 'Staff users' },
  auth: { tokenExpiration: 60 * 60 * 8, useAPIKey: false },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: 'Administration',
  },
  access: {
    admin: staffAdmin,
    // Staff see each other's names (authors, assignees, mentions); the public sees no one.
    read: staffOnly,
    create: adminsOnly,
    update: adminOrSelf,
    delete: adminsOnly,
    unlock: adminsOnly,
  },
  hooks: {
    beforeOperation: [checkResetPassword],
    beforeValidate: [checkNewPassword],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: 'Full name' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'press-officer',
      options: labelled(roles, roleLabels),
      saveToJWT: true,
      access: { create: adminField, update: adminField },
      admin: { position: 'sidebar', description: 'Only administrators can change roles.' },
      hooks: { beforeChange: [firstUserIsAdmin] },
    },
    {
      // Asked when changing one's own password (hooks/passwordRules.ts); virtual, so never stored.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      access: { read: writeOnly },
      admin: {
        description: 'Needed to change your own password.',
        condition: (data, _siblingData, { user }) => Boolean(user && data?.id === user.id),
      },
    },
  ],
}
