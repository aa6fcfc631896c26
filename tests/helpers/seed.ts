import type { CollectionSlug, Payload } from 'payload'

/** The collections the demo seed fills. */
export const seededCollections: CollectionSlug[] = [
  'press-releases',
  'events',
  'speeches',
  'participants',
  'documents',
  'topics',
]

/** How many records each seeded collection holds (drafts included). */
export async function seededCounts(payload: Payload): Promise<Record<string, number>> {
  const entries = await Promise.all(
    seededCollections.map(async (collection) => {
      const { totalDocs } = await payload.count({ collection, overrideAccess: true })
      return [collection, totalDocs] as const
    }),
  )
  return Object.fromEntries(entries)
}
