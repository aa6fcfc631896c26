import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import type { User } from '@/payload-types'

export type StaffUser = User & { collection: 'users' }
export type Staff = Record<'admin' | 'editor' | 'officer', StaffUser>
/** One user per role; `public` is a reader without an account (Payload's `user: null`). */
export type Users = Staff & { public: null }
export type TestRole = keyof Users

export const testRoles: TestRole[] = ['public', 'officer', 'editor', 'admin']

const roleOf = { admin: 'admin', editor: 'editor', officer: 'press-officer' } as const satisfies Record<
  keyof Staff,
  Role
>

export const passwordOf = (key: keyof Staff) => `test-${key}-password`

/**
 * One user per role, shaped as Payload hands them to access functions (with `collection`),
 * to pass as `user` with `overrideAccess: false`.
 */
export async function createUsers(payload: Payload): Promise<Users> {
  const staff: Partial<Staff> = {}
  // One after another, admin first: the very first account of a newsroom is always an admin.
  for (const key of ['admin', 'editor', 'officer'] as const) {
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: `test-${key}@communique.test`,
        password: passwordOf(key),
        name: `${key} test`,
        role: roleOf[key],
      },
    })
    staff[key] = { ...user, collection: 'users' }
  }
  return { ...(staff as Staff), public: null }
}
