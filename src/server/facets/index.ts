import type { Payload } from 'payload'

import { mongodbFacets } from './mongodb'
import { sqliteFacets } from './sqlite'

/**
 * What the news filter offers, computed by the database instead of by reading every release
 * (issue 12): the years, events, participants and topics that have a public release, i.e.
 * published and out of embargo at `now` (the rule of src/access/publicRelease.ts). Whether the
 * event, participant or topic itself is public is for the caller's read of those records.
 */
export type ReleaseFacets = {
  /** Newest first; the year of the dateline in UTC, as the list's year filter reads it. */
  years: number[]
  events: (number | string)[]
  participants: (number | string)[]
  topics: (number | string)[]
}

/** One adapter's primitives; everything above this module is adapter-neutral. */
export type FacetQueries = {
  /** The latest dateline (ISO) of a public release strictly before `before` (ISO), if any. */
  latestPublicDateBefore: (before: string | undefined) => Promise<string | undefined>
  /** Ids of the records of `relation` that at least one public release links to. */
  linkedFromPublic: (relation: 'event' | 'participants' | 'topics') => Promise<(number | string)[]>
}

function queriesFor(payload: Payload, now: Date): FacetQueries {
  switch (payload.db.name) {
    case 'sqlite':
      return sqliteFacets(payload.db, now)
    case 'mongoose':
      return mongodbFacets(payload.db, now)
    default:
      throw new Error(`No release facets for the database adapter "${payload.db.name}".`)
  }
}

/**
 * Years by a loose index scan: from the newest public release, jump to the latest one before the
 * start of its year, and so on; one indexed lookup per year, whatever the archive's size.
 */
async function publicYears(queries: FacetQueries): Promise<number[]> {
  const years: number[] = []
  let before: string | undefined
  for (;;) {
    const date = await queries.latestPublicDateBefore(before)
    if (!date) return years
    const year = new Date(date).getUTCFullYear()
    years.push(year)
    before = new Date(Date.UTC(year, 0, 1)).toISOString()
  }
}

export async function releaseFacets(payload: Payload, now: Date = new Date()): Promise<ReleaseFacets> {
  const queries = queriesFor(payload, now)
  const [years, events, participants, topics] = await Promise.all([
    publicYears(queries),
    queries.linkedFromPublic('event'),
    queries.linkedFromPublic('participants'),
    queries.linkedFromPublic('topics'),
  ])
  return { years, events, participants, topics }
}
