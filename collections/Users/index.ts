import type { CollectionConfig } from 'payload'

import { adminField, adminOrSelf, adminsOnly, roleLabels, roles, staffAdmin, staffOnly } from '@/access/roles'
import { labelled } from '@/content/labels'

import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { resetPasswordEmail } from './resetPasswordEmail'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: 'Staff user', plural: 'Staff users' },
  auth: { tokenExpiration: 60 * 60 * 8, useAPIKey: false, forgotPassword: resetPasswordEmail },
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
  ],
}
