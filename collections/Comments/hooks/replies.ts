import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/content/relations'
import type { Comment } from '@/payload-types'

/** A reply belongs to the thread it answers: the same release as its parent comment. */
export const replyOnSameRelease: CollectionBeforeChangeHook<Comment> = async ({ collection, data, req }) => {
  const parentId = idOf(data.parent)
  if (parentId === undefined) return data
  const parent = await req.payload.findByID({
    collection: 'comments',
    id: parentId,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (String(idOf(parent.release)) !== String(idOf(data.release)))
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'parent', message: 'A reply must be on the same release as the comment it answers.' }],
    })
  return data
}
