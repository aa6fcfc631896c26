import {
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  ValidationError,
} from 'payload'

import { verifyPassword } from '@/server/passwordHash'
import { passwordProblem } from '@/server/passwordPolicy'
import type { User } from '@/payload-types'

const refuse = (path: string, message: string) =>
  new ValidationError({ collection: 'users', errors: [{ path, message }] })

/**
 * A new password must meet the policy (src/server/passwordPolicy.ts), on create and update.
 * Changing one's own password also asks for the current one, so that a session left open on a
 * shared computer cannot be turned into the account itself; an admin setting someone else's
 * does not (they could delete and recreate the account anyway). Payload reads `password` before
 * collection hooks run, so refusing here is the way to stop it being hashed.
 */
export const checkNewPassword: CollectionBeforeValidateHook<User> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const given = data as Partial<User> & { password?: unknown; currentPassword?: unknown }
  const current = given.currentPassword
  // A virtual field: never stored, never passed on.
  delete given.currentPassword
  if (given.password === undefined || given.password === null || given.password === '') return data
  const problem = passwordProblem(given.password)
  if (problem) throw refuse('password', problem)
  const own = operation === 'update' && req.user?.collection === 'users' && req.user.id === originalDoc?.id
  if (!own) return data
  if (typeof current !== 'string' || current === '')
    throw refuse('currentPassword', 'Enter your current password to set a new one.')
  const stored = await req.payload.db.findOne<{ id: number | string; hash?: string; salt?: string }>({
    collection: 'users',
    req,
    where: { id: { equals: originalDoc!.id } },
  })
  if (!stored || !(await verifyPassword(stored, current)))
    throw refuse('currentPassword', 'The current password is not correct.')
  return data
}

/** A reset through the emailed token sets a password without the collection's update hooks. */
export const checkResetPassword: CollectionBeforeOperationHook<'users'> = ({ args, operation }) => {
  if (operation !== 'resetPassword') return args
  const problem = passwordProblem((args.data as { password?: unknown } | undefined)?.password)
  if (problem) throw refuse('password', problem)
  return args
}
