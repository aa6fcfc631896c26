import { randomUUID } from 'node:crypto'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

/**
 * Boots Payload on a throw-away SQLite file of its own (a file, not ":memory:", which loses
 * its tables between connections). The committed migrations build the schema, as in production.
 */
let started: string | undefined

export async function startPayload(name: string): Promise<Payload> {
  // The config reads DATABASE_URL once per module graph, i.e. once per test file.
  if (started) throw new Error(`One Payload per test file: "${started}" is already running here.`)
  started = name
  const file = path.resolve('tmp', 'tests', `${name}-${randomUUID().slice(0, 8)}.db`)
  process.env.DATABASE_URL = `file:${file}`
  process.env.PAYLOAD_SECRET = 'integration-tests-secret-0123456789abcdef'
  const { default: config } = await import('@payload-config')
  // The default instance, so that the REST and GraphQL handlers (tests/helpers/http.ts) find it;
  // an instance left by an earlier file in this worker is dropped first.
  ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
  return getPayload({ config })
}
