import { ValidationError, type CollectionBeforeValidateHook, type FilterOptions, type Where } from 'payload'

import { idOf } from '@/content/relations'
import type { EmbargoLink } from '@/payload-types'
import { liftMoment } from '@/workflow/embargo'

/**
 * The release picker offers only releases ahead of their lift: scheduled or embargoed, with the
 * time still to come (issue 10, item 7). Published ones used to be offered and then refused.
 */
export const scheduledReleases: FilterOptions = (): Where => ({
  editorialStatus: { equals: 'scheduled' },
  publishAt: { greater_than: new Date().toISOString() },
})

/** A new link must be for a release under embargo or schedule; it lasts until the release is public unless told otherwise. */
export const requireEmbargoedRelease: CollectionBeforeValidateHook<EmbargoLink> = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const id = idOf(data?.release)
  // A link is the record of who was given which text: it never moves to another release.
  if (operation === 'update' && id !== undefined && String(id) !== String(idOf(originalDoc?.release)))
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'release', message: 'A link stays with its release: revoke it and make a new one.' }],
    })
  if (operation !== 'create' || !data || id === undefined) return data
  const release = await req.payload
    .findByID({ collection: 'press-releases', id, draft: true, depth: 0, req, overrideAccess: true })
    .catch(() => null)
  const lift = release ? liftMoment(release) : undefined
  const until = lift ? new Date(lift.at) : undefined
  if (!until || until.getTime() <= Date.now())
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'release',
          message:
            'Journalist links are only for a scheduled or embargoed release, before it is public: schedule or embargo it first.',
        },
      ],
    })
  if (data.expiresAt && new Date(data.expiresAt).getTime() <= Date.now())
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'expiresAt', message: 'The expiry must be in the future.' }],
    })
  // By default a link lasts until the release is public: then the public page takes over.
  if (!data.expiresAt) data.expiresAt = until.toISOString()
  return data
}
