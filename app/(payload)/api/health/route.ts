import config from '@payload-config'
import { getPayload } from 'payload'

export const dynamic = 'force-dynamic'

/**
 * Liveness and readiness in one: 200 when the database answers a query, 503 otherwise.
 * Says nothing about content, so it is safe to expose to load balancers and monitoring.
 */
export async function GET(): Promise<Response> {
  const started = Date.now()
  try {
    const payload = await getPayload({ config })
    await payload.count({ collection: 'topics', overrideAccess: true })
    return Response.json(
      { status: 'ok', database: payload.db.name, latencyMs: Date.now() - started },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  } catch {
    return Response.json(
      { status: 'error', database: 'unreachable' },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    )
  }
}
