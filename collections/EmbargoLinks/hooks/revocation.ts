import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/content/relations'
import type { EmbargoLink } from '@/payload-types'
import { recordActivity } from '@/workflow/activity'

/** A revoked link stays revoked, with the moment it was revoked: the access log stays true. */
export const keepRevocation: CollectionBeforeChangeHook<EmbargoLink> = ({ data, originalDoc }) => {
  if (data.revoked && !originalDoc?.revoked) data.revokedAt = new Date().toISOString()
  if (originalDoc?.revoked) Object.assign(data, { revoked: true, revokedAt: originalDoc.revokedAt })
  return data
}

/** Who was given access, and when it was taken away, goes to the release's activity log. */
export const logLinkActivity: CollectionAfterChangeHook<EmbargoLink> = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const revokedNow = operation === 'update' && doc.revoked && !previousDoc?.revoked
  if (operation !== 'create' && !revokedNow) return doc
  await recordActivity(req, {
    action: revokedNow ? 'embargoLinkRevoked' : 'embargoLink',
    summary: `${revokedNow ? 'Journalist link revoked' : 'Journalist link created'} for ${doc.recipient}`,
    collectionSlug: collection.slug,
    docId: doc.id,
    release: idOf(doc.release),
  })
  return doc
}
