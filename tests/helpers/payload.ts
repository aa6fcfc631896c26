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
  const base = path.resolve('tmp', 'tests', `${name}-${randomUUID().slice(0, 8)}`)
  process.env.DATABASE_URL = `file:${base}.db`
  process.env.PAYLOAD_SECRET = 'integration-tests-secret-0123456789abcdef'
  const config = await (await import('@payload-config')).default
  // Uploads go to a folder of this file's own, beside its database, not the project's media/:
  // int files run two at a time (vitest.config.ts), and some count or compare the files there
  // (tests/limits.test.ts, tests/backup.test.ts). Payload reads it from the config at each upload.
  const media = config.collections.find((collection) => collection.slug === 'media')!.upload
  media.staticDir = `${base}-media`
  // The default instance, so that the REST and GraphQL handlers (tests/helpers/http.ts) find it;
  // an instance left by an earlier file in this worker is dropped first.
  ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
  return getPayload({ config })
}
