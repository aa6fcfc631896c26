import type { Access, Where } from 'payload'

import { isStaff } from './roles'

/**
 * Records that belong to one staff user (their inbox): each reads and updates only their own,
 * admins included: an inbox is private, and nobody needs to read a colleague's.
 */
export const ownedBy =
  (field: string): Access =>
  ({ req }) =>
    isStaff(req.user) && req.user ? ({ [field]: { equals: req.user.id } } satisfies Where) : false
