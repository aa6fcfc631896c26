import type { FieldHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * The very first account (the admin's "create first user" screen) must be able to manage the
 * rest, whatever the form sent.
 */
export const firstUserIsAdmin: FieldHook<User, User['role'] | undefined> = async ({
  collection,
  operation,
  req,
  value,
}) => {
  if (operation !== 'create' || !collection) return value
  const { totalDocs } = await req.payload.count({ collection: collection.slug, req, overrideAccess: true })
  return totalDocs === 0 ? 'admin' : value
}
