import { draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'
import { cache } from 'react'

import { isStaff } from '@/access/roles'

import { payloadClient } from './payload'

/**
 * Who is reading: the public (cached pages, published content only) or a staff user in
 * Next.js draft mode (drafts, never cached). Fetchers take it explicitly.
 */
export type Viewer = { draft: boolean; user: TypedUser | null }

export const publicViewer: Viewer = { draft: false, user: null }

/** The staff user behind this request's Payload session cookie, if any. */
export async function staffUserFrom(requestHeaders: Headers): Promise<TypedUser | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: requestHeaders })
  return user && user.collection === 'users' && isStaff(user) ? user : null
}

/**
 * The viewer of the current page. Draft mode alone is not enough: the Payload session must
 * still belong to a staff user, so a leaked draft-mode cookie shows nothing unpublished. One
 * per request (React `cache`): the same object for a page and its metadata, so that their
 * fetchers, cached per request too, share one read.
 */
export const currentViewer = cache(async (): Promise<Viewer> => {
  const draft = await draftMode()
  if (!draft.isEnabled) return publicViewer
  const user = await staffUserFrom(await headers())
  return user ? { draft: true, user } : publicViewer
})
