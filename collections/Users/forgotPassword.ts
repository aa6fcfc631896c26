import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { clientAddress, createLimiter } from '@/server/rateLimit'
import { recordActivity } from '@/workflow/activity'

/**
 * POST /api/users/forgot-password, wrapped around Payload's own handler to (1) limit requests
 * per client address (each one may send an email) and (2) answer in the same time whether or
 * not the email has an account: Payload returns at once for an unknown email and sends mail for
 * a known one (issue 11). Done here, outside any transaction: Payload opens its transaction
 * before the beforeOperation hooks, and waiting inside it would hold the SQLite write lock.
 * GraphQL's `forgotPasswordUser` would go round this wrapper: the API boundary refuses it
 * (src/server/apiBoundary/graphqlQuery.ts).
 */
export const resetLimiter = createLimiter({
  windowMs: 15 * 60_000,
  freeFailures: Number.POSITIVE_INFINITY,
  baseDelayMs: 0,
  maxDelayMs: 0,
  maxFailures: 5,
  maxAddresses: 10_000,
})

/**
 * Every answer takes at least this long. The known-email path (a token written, a message handed
 * to SMTP) takes a few tens of milliseconds with a nearby relay; a slow relay would show through,
 * which queueing the email (the jobs queue) would end.
 */
export const FORGOT_PASSWORD_MIN_MS = 800

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function payloadsHandler(req: PayloadRequest): PayloadHandler {
  const endpoints = req.payload.collections.users.config.endpoints || []
  const own = endpoints.find(
    (endpoint) =>
      endpoint.path === '/forgot-password' &&
      endpoint.method === 'post' &&
      endpoint !== forgotPasswordEndpoint,
  )
  if (!own) throw new Error('Payload no longer has a forgot-password endpoint to wrap.')
  return own.handler
}

export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    const started = Date.now()
    const address = clientAddress(req.headers)
    const gate = resetLimiter.check(address)
    if (!gate.allowed)
      return Response.json(
        { errors: [{ message: 'Too many password reset requests from your address: try again later.' }] },
        { status: 429, headers: { 'Retry-After': String(gate.retryAfterSeconds) } },
      )
    if (resetLimiter.fail(address).limitedNow)
      await recordActivity(req, {
        action: 'resetLimited',
        summary: `Password reset requests from ${address} refused for 15 minutes`,
        collectionSlug: 'users',
        docId: '-',
        by: { actorName: `Visitor at ${address}` },
      })
    try {
      return await payloadsHandler(req)(req)
    } finally {
      const jitter = Math.floor(Math.random() * 50)
      await sleep(Math.max(0, started + FORGOT_PASSWORD_MIN_MS + jitter - Date.now()))
    }
  },
}
