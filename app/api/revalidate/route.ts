import { z } from 'zod'

import { contentChangesSchema, revalidateInNext } from '@/cache/revalidate'
import { signatureHeader, verifySignature } from '@/cache/revalidateSignature'
import { env } from '@/server/env'
import { jsonOf, parseInput } from '@/server/requestInput'

export const dynamic = 'force-dynamic'

const bodySchema = z.object(
  { changes: contentChangesSchema },
  { error: 'must be a JSON object {"changes": [{"collection": ..., "slug": ...}]}' },
)

/** Called by revalidateContent() from outside the Next server (the jobs worker), signed with PAYLOAD_SECRET. */
export async function POST(request: Request): Promise<Response> {
  const body = await request.text()
  if (
    body.length > 64_000 ||
    !verifySignature(env().payloadSecret, body, request.headers.get(signatureHeader))
  )
    return Response.json({ error: 'Invalid or expired signature.' }, { status: 401 })
  const parsed = parseInput(bodySchema, jsonOf(body), 'body')
  if (!parsed.ok) return parsed.response
  const stale = revalidateInNext(parsed.data.changes)
  return Response.json({ revalidated: true, ...stale }, { headers: { 'Cache-Control': 'no-store' } })
}
