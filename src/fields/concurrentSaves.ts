import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
  type TypeWithVersion,
  type Where,
} from 'payload'
import { z } from 'zod'

import { plainText } from '@/content/lexical'
import { threeWayMerge, type Conflict } from '@/content/threeWayMerge'

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
type Version = TypeWithVersion<Doc> & { autosave?: boolean }

const baseTime = z.iso.datetime({ offset: true })
const isObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

async function newestVersion(
  req: PayloadRequest,
  slug: CollectionSlug,
  where: Where,
): Promise<Version | undefined> {
  const { docs } = await req.payload.findVersions({
    collection: slug,
    where,
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    depth: 0,
    // The values as the form holds them: the locale being saved, without another language's fallback.
    locale: req.locale ?? undefined,
    fallbackLocale: false,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  return docs[0] as Version | undefined
}

function writtenBy(version: Doc, req: PayloadRequest): boolean {
  const by = isObject(version.lastEditedBy) ? version.lastEditedBy.id : version.lastEditedBy
  return req.user !== null && req.user !== undefined && by !== undefined && String(by) === String(req.user.id)
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)'
  if (isObject(value) && isObject(value.root)) return shown(plainText(value).trim())
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

async function editorName(req: PayloadRequest, current: Doc): Promise<string> {
  const id = current.lastEditedBy
  const ref = isObject(id) ? id.id : id
  if (typeof ref !== 'number' && typeof ref !== 'string') return 'a colleague'
  const user = await req.payload
    .findByID({ collection: 'users', id: ref, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)
  return typeof user?.name === 'string' && user.name ? user.name : 'a colleague'
}

function conflictError(conflicts: Conflict[], by: string, at: string): APIError {
  const time = `${at.slice(11, 16)} UTC`
  const lines = conflicts.map(
    (one) =>
      `${one.label} was changed by ${by} at ${time}: theirs «${shown(one.theirs)}», yours «${shown(one.yours)}».`,
  )
  return new APIError(
    `${lines.join(' ')} Nothing was saved: reload to see their version, then make your change again.`,
    409,
    {
      conflicts: conflicts.map(({ path, label, theirs, yours }) => ({ path, label, theirs, yours })),
      changedBy: by,
      changedAt: at,
      errors: conflicts.map((one, index) => ({ path: one.path, message: lines[index] })),
    },
    true,
  )
}

export const mergeConcurrentSave: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update') return args
  const { id, data } = args as { id?: number | string; data?: unknown }
  if (id === undefined || id === null || !isObject(data) || data.updatedAt === undefined) return args
  const base = baseTime.safeParse(data.updatedAt)
  if (!base.success)
    throw new APIError('updatedAt must be the time of the copy you started from (ISO 8601).', 400, null, true)
  const slug = collection.slug as CollectionSlug
  const latest = await newestVersion(req, slug, {
    and: [{ parent: { equals: id } }, { latest: { equals: true } }],
  })
  // No history yet, or nobody saved since this copy was read: nothing to merge.
  if (!latest) return args
  const fresh = latest.version.updatedAt === data.updatedAt
  // Autosave rewrites the latest autosaved version in place. Unless this editor wrote it and
  // started from it, save a new version instead: the copy a colleague started from stays in the
  // history for their next save's merge.
  const options = args as { autosave?: boolean }
  if (options.autosave && latest.autosave && !(fresh && writtenBy(latest.version, req)))
    options.autosave = false
  if (fresh) return args
  const started = await newestVersion(req, slug, {
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
  const merged = threeWayMerge(collection.flattenedFields, started.version, latest.version, data)
  if (merged.conflicts.length > 0)
    throw conflictError(
      merged.conflicts,
      await editorName(req, latest.version),
      String(latest.version.updatedAt),
    )
  return { ...args, data: merged.data }
}

/** `collection` with the merge first among its own beforeOperation hooks, if it keeps versions. */
export function withMergedSaves<C extends object>(collection: C): C {
  const config = collection as { versions?: unknown; hooks?: { beforeOperation?: unknown[] } }
  if (!config.versions) return collection
  return {
    ...collection,
    hooks: {
      ...config.hooks,
      beforeOperation: [mergeConcurrentSave, ...(config.hooks?.beforeOperation ?? [])],
    },
  }
}
