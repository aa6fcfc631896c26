import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import type { Id } from '@/content/relations'

import { reindex, unindex } from './index'
import { namingRecords } from './records'
import type { SearchCollection } from './types'

/**
 * The hooks that keep the search index current, in the save's own transaction (a failed save
 * leaves the index as it was). After every write but a draft save (which writes a version only,
 * so nothing public changes), the record is re-read as stored and its entries replaced: one row
 * per language. A participant's change also refreshes the releases and speeches that name it.
 */

type Hooks = NonNullable<CollectionConfig['hooks']>
type Context = { searchDraftSave?: Record<string, boolean> }

const contextOf = (req: PayloadRequest) => req.context as Context

/** A draft save: Payload's `draft` without `_status: 'published'` (as src/access/mediaVisibility.ts). */
const captureDraft: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'restoreVersion') {
    const { draft, data } = args as { draft?: boolean; data?: { _status?: string } }
    const context = contextOf(req)
    context.searchDraftSave = {
      ...context.searchDraftSave,
      [collection.slug]: Boolean(draft) && data?._status !== 'published',
    }
  }
  return args
}

/** What of a participant other records' entries show: its names and whether it is public. */
const nameSignature = (doc: unknown): string => {
  const { name, shortName, aliases, _status } = (doc ?? {}) as Record<string, unknown>
  return JSON.stringify([name, shortName, aliases, _status])
}

function hooksFor(collection: SearchCollection) {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    if (contextOf(req).searchDraftSave?.[collection]) return doc
    const id = (doc as { id: Id }).id
    await reindex(req, collection, [id])
    if (collection === 'participants' && nameSignature(doc) !== nameSignature(previousDoc)) {
      for (const naming of await namingRecords(req.payload, id, req))
        await reindex(req, naming.collection, naming.ids)
    }
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ id, doc, req }) => {
    await unindex(req, collection, id)
    return doc
  }
  return { beforeOperation: [captureDraft], afterChange: [afterChange], afterDelete: [afterDelete] }
}

/** A searchable collection's hooks with those that keep its index entries current. */
export function withSearchIndex(collection: SearchCollection, hooks: Hooks = {}): Hooks {
  const own = hooksFor(collection)
  return {
    ...hooks,
    beforeOperation: [...own.beforeOperation, ...(hooks.beforeOperation ?? [])],
    afterChange: [...(hooks.afterChange ?? []), ...own.afterChange],
    afterDelete: [...(hooks.afterDelete ?? []), ...own.afterDelete],
  }
}
