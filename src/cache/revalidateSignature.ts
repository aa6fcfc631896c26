import { createHmac, timingSafeEqual } from 'node:crypto'

import { revalidateSeconds } from './tags'

/**
 * Signs the body of a revalidation request with a key derived from PAYLOAD_SECRET, so that a
 * separate process (the jobs worker) can ask the web server to refresh its cache and nobody
 * else can. The timestamp bounds replays to one cache lifetime: a refresh older than that has
 * nothing left to refresh, the pages it names having expired on their own.
 */

export const signatureHeader = 'x-communique-signature'
const maxAgeSeconds = revalidateSeconds

function key(secret: string): Buffer {
  return createHmac('sha256', secret).update('communique:revalidate:v1').digest()
}

function mac(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', key(secret)).update(`${timestamp}.${body}`).digest('hex')
}

export function signBody(secret: string, body: string, now = Date.now()): string {
  const timestamp = Math.floor(now / 1000)
  return `t=${timestamp},s=${mac(secret, timestamp, body)}`
}

export function verifySignature(
  secret: string,
  body: string,
  header: string | null,
  now = Date.now(),
): boolean {
  const match = /^t=(\d{1,12}),s=([0-9a-f]{64})$/.exec(header ?? '')
  if (!match) return false
  const timestamp = Number(match[1])
  if (Math.abs(Math.floor(now / 1000) - timestamp) > maxAgeSeconds) return false
  const expected = Buffer.from(mac(secret, timestamp, body), 'hex')
  const given = Buffer.from(match[2]!, 'hex')
  return expected.length === given.length && timingSafeEqual(expected, given)
}
