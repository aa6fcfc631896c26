import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { afterCommit } from '@/server/afterCommit'

import { revalidateContent, type ContentChange } from './revalidate'

type Collection = Exclude<ContentChange['collection'], 'settings'>
type Versioned = { slug?: string | null; _status?: 'draft' | 'published' | null }

/**
 * Hooks that refresh the public site when a record the public can see changes. Saving a draft
 * of something never published (autosave every few seconds) touches no public page, so it
 * refreshes nothing. `context.disableRevalidate` turns them off for bulk imports (the seed).
 */
const isPublic = (doc: Versioned | undefined) => doc !== undefined && doc._status !== 'draft'

export function revalidateAfterChange(collection: Collection): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, context, req }) => {
    if (context.disableRevalidate) return doc
    const now = doc as Versioned
    const before = previousDoc as Versioned | undefined
    if (!isPublic(now) && !isPublic(before)) return doc
    // After the commit: a reader arriving in between would otherwise re-cache the old state.
    await afterCommit(req, () =>
      revalidateContent({
        collection,
        slug: now.slug,
        previousSlug: before?.slug !== now.slug ? before?.slug : null,
      }),
    )
    return doc
  }
}

export function revalidateAfterDelete(collection: Collection): CollectionAfterDeleteHook {
  return async ({ doc, context, req }) => {
    if (context.disableRevalidate) return doc
    await afterCommit(req, () => revalidateContent({ collection, slug: (doc as Versioned).slug }))
    return doc
  }
}

export const revalidateSettings: GlobalAfterChangeHook = async ({ doc, context, req }) => {
  if (context.disableRevalidate) return doc
  await afterCommit(req, () => revalidateContent({ collection: 'settings' }))
  return doc
}

/** The hooks of a collection whose only side effect is refreshing the pages that show it. */
export function revalidateHooks(collection: Collection) {
  return {
    afterChange: [revalidateAfterChange(collection)],
    afterDelete: [revalidateAfterDelete(collection)],
  }
}
