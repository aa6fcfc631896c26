import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { seedData } from '@/seed/data'
import { seed } from '@/seed/run'

import { startPayload } from './helpers/payload'

let payload: Awaited<ReturnType<typeof startPayload>>
beforeAll(async () => {
  payload = await startPayload('seed-broken')
})
afterAll(async () => {
  await payload?.destroy()
})

const collections: CollectionSlug[] = [
  'press-releases',
  'events',
  'speeches',
  'participants',
  'documents',
  'topics',
]

it('writes nothing when the database refuses a record half-way through the seed', async () => {
  const data = structuredClone(seedData) as typeof seedData
  // Valid for the data file's schema, refused by the collection: an event ending before it starts.
  // Events are written after topics, participants and documents, so those writes must roll back.
  const last = data.events.at(-1)!
  last.start = '2020-03-04T10:00'
  last.end = '2020-03-04T09:00'
  await expect(seed(payload, data)).rejects.toThrow(/End/i)
  for (const collection of collections) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    expect(totalDocs, collection).toBe(0)
  }
})

it('keeps the SQLite busy timeout on the connection that follows a transaction', async () => {
  const client = (
    payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: unknown[] }> } }
  ).client
  const { rows } = await client.execute('PRAGMA busy_timeout')
  expect(Object.values(rows[0] as object)[0]).toBe(10_000)
})
