import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Id } from '@/content/relations'

/**
 * The ids that still name a record of `collection`, in their order. A rich-text block may still
 * name a record deleted since; storing it in a relationship would fail the save.
 */
export async function existingIds(req: PayloadRequest, collection: CollectionSlug, ids: Id[]): Promise<Id[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    select: {},
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const existing = new Set(docs.map((doc) => String(doc.id)))
  return ids.filter((id) => existing.has(String(id)))
}
