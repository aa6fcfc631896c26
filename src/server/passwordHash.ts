import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

/**
 * Checks a password against the hash Payload stored, for the two places Payload offers no hook
 * that knows the answer: the current password asked before a change, and login, where the
 * verdict must be known to log it and to count it per client address.
 *
 * Mirrors Payload 3.90's formats (payload/dist/auth/strategies/local/generatePasswordSaltHash.js):
 * `pbkdf2-sha256-v1:<hex>` (600,000 iterations, 32 bytes), or the legacy bare hex (25,000, 512).
 * Payload does not export its checker; tests/auth.test.ts logs in through Payload after this
 * check, so a change of format upstream fails that test instead of locking everyone out.
 */
const pbkdf2Async = promisify(pbkdf2)

const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

export type StoredPassword = { hash?: unknown; salt?: unknown }

export async function verifyPassword(stored: StoredPassword, password: string): Promise<boolean> {
  const { hash, salt } = stored
  if (typeof hash !== 'string' || typeof salt !== 'string') return false
  const current = hash.startsWith(CURRENT_PREFIX)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const expected = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const actual = await pbkdf2Async(password, salt, iterations, keyLength, 'sha256')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/**
 * The same work as checking a current hash, for an email that has no account: without it an
 * unknown email answers in 5 ms and a known one in 140 ms, which tells who works here.
 */
export async function hashForNothing(password: string): Promise<false> {
  await pbkdf2Async(
    password,
    randomBytes(32).toString('hex'),
    CURRENT.iterations,
    CURRENT.keyLength,
    'sha256',
  )
  return false
}
