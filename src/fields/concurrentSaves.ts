import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
} from 'payload'
import { z } from 'zod'

import { coEdited } from '@/content/coEdited'
import { threeWayMerge } from '@/content/threeWayMerge'

import { conflictError, editorOf, originsOf, type Version, versionsOf } from './saveConflict'

/**
 * No lost work on concurrent saves (issue 15, item 1). Payload's admin saves the whole form, and
 * its document lock does not stop a second editor once autosave runs (a save releases the lock:
 * https://github.com/payloadcms/payload/issues/11604, docs/upstream.md). The form sends the
 * `updatedAt` of the copy it started from (Payload keeps that field in the form state and refreshes
 * it after each save, autosave included); a save whose `updatedAt` is older than the stored copy is
 * merged field by field against the version it started from (src/content/threeWayMerge.ts), or
 * refused with a 409 naming the fields both changed. It runs in beforeOperation, so the update's
 * access rule and every beforeChange guard (workflow, record approval) judge the merged data. A
 * save without `updatedAt` (scripts, seed, jobs, the workflow actions) behaves as before.
 */

type Doc = Record<string, unknown>

const baseTime = z.iso.datetime({ offset: true })
const resolution = z.record(z.string().max(200), z.enum(['mine', 'theirs']))
const isObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Removes from `data` the field the sync server writes (src/collab), in its collection. */
function dropCoEdited(slug: string, data: Doc): void {
  if (slug === coEdited.collection) delete data[coEdited.field]
}

/** Whether the request comes from the admin's edit view of this very record (its Referer). */
function fromEditView(req: PayloadRequest, slug: string, id: number | string): boolean {
  const referer = req.headers?.get('referer')
  if (!referer) return false
  try {
    const path = new URL(referer).pathname.replace(/\/+$/, '')
    return path === `${req.payload.config.routes.admin}/collections/${slug}/${id}`
  } catch {
    return false
  }
}

export const mergeConcurrentSave: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update') return args
  const { id, data: sent } = args as { id?: number | string; data?: unknown }
  if (id === undefined || id === null || !isObject(sent)) return args
  // The answer to a conflict shown in the admin (src/fields/admin/SaveConflict.client.tsx).
  const { _resolve, ...data } = sent
  const resolve = resolution.safeParse(_resolve ?? {})
  if (!resolve.success)
    throw new APIError('_resolve must map each conflicting field to "mine" or "theirs".', 400, null, true)
  args = { ...args, data }
  // The admin's edit view of a saved record never writes its co-edited fields: the sync server
  // (src/collab) holds every editor's text, and a form's copy of it, sent by a save, would come
  // back to the live text as an older version (the form is told not to send it: patches/, but
  // Payload's form state can lose that between saves). A restore, sent from the versions view,
  // and saves through the API still write them.
  if (fromEditView(req, collection.slug, id)) dropCoEdited(collection.slug, data)
  if (data.updatedAt === undefined) return args
  // beforeOperation runs before Payload's access check: whoever may not write this record gets
  // Payload's refusal, never a merge nor a conflict that would show the stored values.
  const { overrideAccess } = args as { overrideAccess?: boolean }
  if (!overrideAccess && (await collection.access.update({ req, id: id as number, data })) !== true)
    return args
  const base = baseTime.safeParse(data.updatedAt)
  if (!base.success)
    throw new APIError('updatedAt must be the time of the copy you started from (ISO 8601).', 400, null, true)
  const slug = collection.slug as CollectionSlug
  const [latest] = await versionsOf(req, slug, {
    and: [{ parent: { equals: id } }, { latest: { equals: true } }],
  })
  // No history yet, or nobody saved since this copy was read: nothing to merge.
  if (!latest) return args
  const fresh = latest.version.updatedAt === data.updatedAt
  // Autosave rewrites the latest autosaved version in place. Unless this editor wrote it and
  // started from it, save a new version instead: the copy a colleague started from stays in the
  // history for their next save's merge.
  const options = args as { autosave?: boolean }
  if (
    options.autosave &&
    latest.autosave &&
    !(fresh && req.user && editorOf(latest.version) === String(req.user.id))
  )
    options.autosave = false
  if (fresh) return args
  // A co-edited field (src/collab) is written by the sync server, which holds every editor's
  // changes: an older form copy of it is not a change of this editor's, and never a conflict.
  dropCoEdited(collection.slug, data)
  const [started] = await versionsOf(req, slug, {
    and: [{ parent: { equals: id } }, { 'version.updatedAt': { less_than_equal: base.data } }],
  })
  if (!started)
    throw new APIError(
      'Your copy is older than the saved history of this record: reload it, then make your change again.',
      409,
      null,
      true,
    )
  // An older version than the one the client read (autosave rewrote that one) can only add
  // conflicts, never lose a change: a field equal in both is still one nobody changed.
  let merged = threeWayMerge(collection.flattenedFields, started.version, latest.version, data, resolve.data)
  const origins = new Map<string, Version>()
  if (merged.conflicts.length > 0) {
    const found = await originsOf(req, slug, id, started, merged.conflicts)
    merged.conflicts.forEach((one, index) => origins.set(one.path, found[index]!))
  }
  // A field whose newer value came from this same person's autosave (answered after the form had
  // already sent its next one) is not a colleague's change: the newer copy wins. Only autosaves:
  // a workflow action or a colleague's save is never overridden this way.
  const own = merged.conflicts.filter((one) => {
    const origin = origins.get(one.path)!
    return origin.autosave === true && req.user && editorOf(origin.version) === String(req.user.id)
  })
  if (own.length > 0)
    merged = threeWayMerge(collection.flattenedFields, started.version, latest.version, data, {
      ...resolve.data,
      ...Object.fromEntries(own.map((one) => [one.path, 'mine' as const])),
    })
  // Payload's "Revert to published" sends the public copy as it was read, with its updatedAt:
  // publishing a copy unchanged from the one it was read as is taken literally (as is a stale
  // form published without an edit: it publishes what its person saw, not unseen drafts).
  const publishing = data._status === 'published' && !(args as { draft?: boolean }).draft
  if (publishing && merged.changed.length === 0) return args
  if (merged.conflicts.length > 0)
    throw await conflictError(
      req,
      merged.conflicts,
      merged.conflicts.map((one) => origins.get(one.path)!),
    )
  return { ...args, data: merged.data }
}

/** Above the form: a refused save's conflicts, and the ways on (./admin/SaveConflict.client.tsx). */
const conflictPanel: Field = {
  name: 'saveConflict',
  type: 'ui',
  admin: { components: { Field: '/src/fields/admin/SaveConflict.client#SaveConflict' } },
}

/** `collection` with the merge first among its own beforeOperation hooks, if it keeps versions. */
export function withMergedSaves<C extends object>(collection: C): C {
  const config = collection as {
    versions?: unknown
    fields?: Field[]
    hooks?: { beforeOperation?: unknown[] }
  }
  if (!config.versions) return collection
  return {
    ...collection,
    fields: [conflictPanel, ...(config.fields ?? [])],
    hooks: {
      ...config.hooks,
      beforeOperation: [mergeConcurrentSave, ...(config.hooks?.beforeOperation ?? [])],
    },
  }
}
