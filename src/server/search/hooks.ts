import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import type { Id } from '@/content/relations'

import { reindex, unindex } from './index'
import { citingReleases, namingRecords } from './records'
import type { SearchCollection } from './types'

/**
 * The hooks that keep the search index current, in the save's own transaction (a failed save
 * leaves the index as it was). After every write but a draft save (which writes a version only,
 * so nothing public changes), the record is re-read as stored and its entries replaced: one row
 * per language. Other records' entries show a participant's names (releases and speeches that name
 * it; releases citing a speech, by its speaker): a change to those names, or to whether the
 * participant or the speech is public, and their deletion refresh the entries that show them.
 */

type Hooks = NonNullable<CollectionConfig['hooks']>
type Context = {
  searchDraftSave?: Record<string, boolean>
  /** Entries showing a record being deleted, found before its links are detached. */
  searchDependants?: Record<string, Dependants>
}
type Dependants = { collection: SearchCollection; ids: Id[] }[]

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

/** What of a speech its citing releases' entries show: its speaker's names, while it is public. */
const speakerSignature = (doc: unknown): string => {
  const { speaker, _status } = (doc ?? {}) as Record<string, unknown>
  const id = speaker && typeof speaker === 'object' ? (speaker as { id?: unknown }).id : speaker
  return JSON.stringify([id ?? null, _status])
}

/** The records whose entries show this one (none for a collection nothing else shows). */
async function dependantsOf(req: PayloadRequest, collection: SearchCollection, id: Id): Promise<Dependants> {
  if (collection === 'participants') return namingRecords(req.payload, id, req)
  if (collection === 'speeches')
    return [{ collection: 'press-releases', ids: await citingReleases(req.payload, [id], req) }]
  return []
}

async function reindexAll(req: PayloadRequest, dependants: Dependants) {
  for (const { collection, ids } of dependants) if (ids.length) await reindex(req, collection, ids)
}

function hooksFor(collection: SearchCollection) {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    if (contextOf(req).searchDraftSave?.[collection]) return doc
    const id = (doc as { id: Id }).id
    await reindex(req, collection, [id])
    const shownElsewhere =
      (collection === 'participants' && nameSignature(doc) !== nameSignature(previousDoc)) ||
      (collection === 'speeches' && speakerSignature(doc) !== speakerSignature(previousDoc))
    if (shownElsewhere) await reindexAll(req, await dependantsOf(req, collection, id))
    return doc
  }
  // Deleting detaches the record from those using it, so they are found before, refreshed after.
  const beforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
    const dependants = await dependantsOf(req, collection, id)
    // Read the context after the await: a Local API call given `req` replaces `req.context` with
    // a copy (payload's createLocalReq), so an object taken before it would be left behind.
    const context = contextOf(req)
    context.searchDependants = { ...context.searchDependants, [`${collection}:${id}`]: dependants }
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ id, doc, req }) => {
    await unindex(req, collection, id)
    await reindexAll(req, contextOf(req).searchDependants?.[`${collection}:${id}`] ?? [])
    return doc
  }
  return {
    beforeOperation: [captureDraft],
    beforeDelete: [beforeDelete],
    afterChange: [afterChange],
    afterDelete: [afterDelete],
  }
}

/** A searchable collection's hooks with those that keep its index entries current. */
export function withSearchIndex(collection: SearchCollection, hooks: Hooks = {}): Hooks {
  const own = hooksFor(collection)
  return {
    ...hooks,
    beforeOperation: [...own.beforeOperation, ...(hooks.beforeOperation ?? [])],
    beforeDelete: [...own.beforeDelete, ...(hooks.beforeDelete ?? [])],
    afterChange: [...(hooks.afterChange ?? []), ...own.afterChange],
    afterDelete: [...(hooks.afterDelete ?? []), ...own.afterDelete],
  }
}
