import { z } from 'zod'

import { contentChangesSchema, revalidateInNext } from '@/cache/revalidate'
import { signatureHeader, verifySignature } from '@/cache/revalidateSignature'
import { env } from '@/server/env'

export const dynamic = 'force-dynamic'

const bodySchema = z.object({ changes: contentChangesSchema })

/** Called by revalidateContent() from outside the Next server (the jobs worker), signed with PAYLOAD_SECRET. */
export async function POST(request: Request): Promise<Response> {
  const body = await request.text()
  if (
    body.length > 64_000 ||
    !verifySignature(env().payloadSecret, body, request.headers.get(signatureHeader))
  )
    return Response.json({ error: 'Invalid or expired signature.' }, { status: 401 })
  let parsed: z.infer<typeof bodySchema>
  try {
    parsed = bodySchema.parse(JSON.parse(body))
  } catch {
    return Response.json(
      { error: 'The body must be {"changes": [{"collection": ..., "slug": ...}]}.' },
      { status: 400 },
    )
  }
  const stale = revalidateInNext(parsed.changes)
  return Response.json({ revalidated: true, ...stale }, { headers: { 'Cache-Control': 'no-store' } })
}
