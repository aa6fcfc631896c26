import type { Payload, TypedUser } from 'payload'

import { entriesOn } from '@/content/positions'
import type { Participant } from '@/payload-types'

/**
 * Who held a title on a given day, e.g. the "SCO Secretary-General" on 27 November 2018.
 * Matching array rows is done here rather than in the query: a database `where` on two
 * sub-fields of an array may match them in different rows.
 */
export async function holdersOf(
  payload: Payload,
  { title, on, user }: { title: string; on: Date | string; user?: TypedUser | null },
): Promise<Participant[]> {
  const { docs } = await payload.find({
    collection: 'participants',
    where: { and: [{ kind: { equals: 'person' } }, { 'positions.title': { equals: title } }] },
    pagination: false,
    depth: 0,
    locale: 'en',
    overrideAccess: false,
    user,
  })
  return docs.filter((person) => entriesOn(person.positions, on).some((position) => position.title === title))
}
