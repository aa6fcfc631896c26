import { commonPasswords } from './commonPasswords'

/**
 * What a staff password must be (issue 11): long enough that guessing it online is hopeless,
 * and not one that every guessing list tries first. Length over composition rules, as NIST SP
 * 800-63B §3.1.1.2 advises: https://pages.nist.gov/800-63-4/sp800-63b.html#passwordver
 */
export const MIN_PASSWORD_LENGTH = 12
/** Far above any passphrase; a bound on the hashing work one request can ask for. */
export const MAX_PASSWORD_LENGTH = 256

const common = new Set(commonPasswords)

export function isCommonPassword(password: string): boolean {
  return common.has(password.trim().toLowerCase())
}

/** Why this password is refused, as one sentence for the form; undefined when it is accepted. */
export function passwordProblem(password: unknown): string | undefined {
  if (typeof password !== 'string') return 'Password must be text.'
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH)
    return `Password must be at least ${MIN_PASSWORD_LENGTH} characters long (it has ${length}).`
  if (length > MAX_PASSWORD_LENGTH) return `Password must be at most ${MAX_PASSWORD_LENGTH} characters long.`
  if (new Set(password).size === 1) return 'Password must not be one character repeated.'
  if (isCommonPassword(password)) return 'Password is one of the most common passwords: choose another.'
  return undefined
}
