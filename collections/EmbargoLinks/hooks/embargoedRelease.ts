import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { idOf } from '@/content/relations'
import type { EmbargoLink } from '@/payload-types'

/** A new link must be for a release under embargo; it lasts until the embargo lifts unless told otherwise. */
export const requireEmbargoedRelease: CollectionBeforeValidateHook<EmbargoLink> = async ({
  collection,
  data,
  operation,
  req,
}) => {
  const id = idOf(data?.release)
  if (operation !== 'create' || !data || id === undefined) return data
  const release = await req.payload
    .findByID({ collection: 'press-releases', id, draft: true, depth: 0, req, overrideAccess: true })
    .catch(() => null)
  const until = release?.embargoUntil ? new Date(release.embargoUntil) : undefined
  if (!until || until.getTime() <= Date.now())
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'release', message: 'Journalist links are only for a release under embargo.' }],
    })
  // By default a link lasts until the embargo lifts: then the public page takes over.
  if (!data.expiresAt) data.expiresAt = until.toISOString()
  return data
}
