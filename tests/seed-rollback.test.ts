import { expect, it } from 'vitest'

import { seedData } from '@/seed/data'
import { seed } from '@/seed/run'

import { freshNewsroom } from './helpers/newsroom'
import { seededCollections, seededCounts } from './helpers/seed'

const room = freshNewsroom('seed-broken')

it('writes nothing when the database refuses a record half-way through the seed', async () => {
  const data = structuredClone(seedData) as typeof seedData
  // Valid for the data file's schema, refused by the collection: an event ending before it starts.
  // Events are written after topics, participants and documents, so those writes must roll back.
  const last = data.events.at(-1)!
  last.start = '2020-03-04T10:00'
  last.end = '2020-03-04T09:00'
  await expect(seed(room.payload, data)).rejects.toMatchObject({
    message: 'The following field is invalid: Ends At',
    data: {
      collection: 'events',
      errors: [
        { path: 'endsAt', message: 'The event cannot end before it starts: check the end date and time.' },
      ],
    },
  })
  expect(await seededCounts(room.payload)).toEqual(
    Object.fromEntries(seededCollections.map((collection) => [collection, 0])),
  )
})

it('writes nothing when the database refuses the last translation of the seed', async () => {
  const data = structuredClone(seedData) as typeof seedData
  // Valid for the translations' schema, over the collection's 300-character limit for a headline.
  // The Chinese releases are the seed's last writes: every record and translation before rolls back.
  const releases = data.translations!.zh!.releases!
  const last = Object.keys(releases).at(-1)!
  releases[last]!.headline = '标'.repeat(301)
  await expect(seed(room.payload, data)).rejects.toMatchObject({
    data: { collection: 'press-releases', errors: [{ path: 'headline' }] },
  })
  expect(await seededCounts(room.payload)).toEqual(
    Object.fromEntries(seededCollections.map((collection) => [collection, 0])),
  )
})

it('keeps the SQLite busy timeout on the connection that follows a transaction', async () => {
  const client = (
    room.payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: unknown[] }> } }
  ).client
  const { rows } = await client.execute('PRAGMA busy_timeout')
  expect(Object.values(rows[0] as object)[0]).toBe(10_000)
})
