import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import type { User } from '@/payload-types'

export type StaffUser = User & { collection: 'users' }
export type Staff = Record<'admin' | 'editor' | 'officer', StaffUser>

const roleOf = { admin: 'admin', editor: 'editor', officer: 'press-officer' } as const satisfies Record<
  keyof Staff,
  Role
>

/**
 * One user per role, shaped as Payload hands them to access functions (with `collection`),
 * to pass as `user` with `overrideAccess: false`.
 */
export async function createStaff(payload: Payload, prefix = 'test'): Promise<Staff> {
  const staff: Partial<Staff> = {}
  // One after another, admin first: the very first account of a newsroom is always an admin.
  for (const key of ['admin', 'editor', 'officer'] as const) {
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: `${prefix}-${key}@communique.test`,
        password: `${prefix}-${key}-password`,
        name: `${key} ${prefix}`,
        role: roleOf[key],
      },
    })
    staff[key] = { ...user, collection: 'users' }
  }
  return staff as Staff
}
