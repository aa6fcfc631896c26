import {
  APIError,
  AuthenticationError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { hashForNothing, verifyPassword } from '@/server/passwordHash'
import { clientAddress, createLimiter } from '@/server/rateLimit'
import { recordActivity } from '@/workflow/activity'

/**
 * Login, guarded per client address (src/server/rateLimit.ts). Payload's own per-account lockout
 * is off (maxLoginAttempts: 0 in ../index.ts): five wrong guesses by anyone locked a colleague
 * out for ten minutes. Instead an address gets five free failures, then waits longer before each
 * answer (up to 8 s), and after twenty in fifteen minutes is answered 429 with Retry-After.
 *
 * The password is checked here, before Payload checks it again: only here is the verdict known,
 * to count it and log it, whether the login came by REST, GraphQL or the Local API. An unknown
 * email gets the same hashing work as a known one, so the answer's time says nothing about who
 * has an account (issue 11: 140 ms against 5 ms). A successful login pays the hash twice.
 */
export const loginLimiter = createLimiter({
  windowMs: 15 * 60_000,
  freeFailures: 5,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxFailures: 20,
  maxAddresses: 10_000,
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What a visitor typed, as the log may show it. */
const shown = (text: string) => text.slice(0, 120)

export class TooManyAttempts extends APIError {
  constructor(req: PayloadRequest, what: string, retryAfterSeconds: number) {
    super(
      `Too many ${what} from your address: try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      429,
      { retryAfterSeconds },
      true,
    )
    // Named here, not from the class (a minified build renames classes): payload.config.ts's
    // loggingLevels finds it by this name.
    this.name = 'TooManyAttempts'
    // Payload's error response merges these (payload/dist/utilities/routeError.js).
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
  }
}

export const guardLogin: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const address = clientAddress(req.headers)
  const gate = loginLimiter.check(address)
  if (!gate.allowed) throw new TooManyAttempts(req, 'failed logins', gate.retryAfterSeconds)
  if (gate.delayMs) await sleep(gate.delayMs)

  const data = (args.data ?? {}) as { email?: unknown; password?: unknown }
  const email = typeof data.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = data.password
  // Missing fields: Payload answers 400 naming them.
  if (!email || typeof password !== 'string' || !password.trim()) return args

  const user = await req.payload.db.findOne<{ id: number | string; hash?: string; salt?: string }>({
    collection: 'users',
    req,
    where: { email: { equals: email } },
  })
  const accepted = user ? await verifyPassword(user, password) : await hashForNothing(password)
  if (accepted) return args

  const { limitedNow } = loginLimiter.fail(address)
  const by = { actorName: `Visitor at ${address}` }
  await recordActivity(req, {
    action: 'loginFailed',
    summary: `Failed login as ${shown(email)}${user ? '' : ' (no such account)'}`,
    collectionSlug: 'users',
    docId: user?.id ?? '-',
    note: `From ${address}.`,
    by,
  })
  if (limitedNow)
    await recordActivity(req, {
      action: 'loginLimited',
      summary: `Logins from ${address} refused for 15 minutes after repeated failures`,
      collectionSlug: 'users',
      docId: '-',
      note: `Last tried: ${shown(email)}.`,
      by,
    })
  throw new AuthenticationError(req.t)
}

export const logLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await recordActivity(req, {
    action: 'login',
    summary: `${(user as { name?: string }).name || user.email} logged in`,
    collectionSlug: 'users',
    docId: user.id,
    note: `From ${clientAddress(req.headers)}.`,
  })
}
