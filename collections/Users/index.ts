import type { CollectionConfig } from 'payload'

import { adminField, adminOrSelf, adminsOnly, roleLabels, roles, staffAdmin, staffOnly } from '@/access/roles'
import { labelled } from '@/content/labels'
import { env } from '@/server/env'
import { isHttps } from '@/server/transport'

import { forgotPasswordEndpoint } from './forgotPassword'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { guardLogin, logLogin } from './hooks/loginGuard'
import { checkNewPassword, checkResetPassword } from './hooks/passwordRules'
import { resetPasswordEmail } from './resetPasswordEmail'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: 'Staff user', plural: 'Staff users' },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    useAPIKey: false,
    // Sent only over HTTPS when the site is served over it; Lax keeps it off cross-site posts.
    cookies: { secure: isHttps(env().serverUrl), sameSite: 'Lax' },
    // No per-account lockout: it let anyone lock a colleague out. Failures are limited per client
    // address instead (hooks/loginGuard.ts, forgotPassword.ts).
    maxLoginAttempts: 0,
    forgotPassword: resetPasswordEmail,
  },
  endpoints: [forgotPasswordEndpoint],
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
    beforeOperation: [guardLogin, checkResetPassword],
    afterLogin: [logLogin],
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
      // Shown instead of the initials where colleagues see who is in a release (issue 15, item 2):
      // an image of ours, never one fetched from an outside service such as Gravatar.
      name: 'avatar',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { contains: 'image/' } },
      admin: { description: 'Optional: a photo shown to colleagues instead of your initials.' },
    },
    {
      // Asked when changing one's own password (hooks/passwordRules.ts); virtual, so never stored.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      // Readable, so that the admin shows the field (it hides fields one cannot read); it has no
      // value to read: never stored, dropped before validation (hooks/passwordRules.ts).
      hooks: { afterRead: [() => undefined] },
      admin: {
        components: { Field: '/collections/Users/CurrentPasswordField#CurrentPasswordField' },
        description: 'Needed to change your own password.',
        condition: (data, _siblingData, { user }) => Boolean(user && data?.id === user.id),
      },
    },
  ],
}
