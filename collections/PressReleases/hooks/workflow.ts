import {
  APIError,
  Forbidden,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { canPublish } from '@/access/roles'
import type { PressRelease } from '@/payload-types'
import { recordActivity } from '@/workflow/activity'
import type { WorkflowContext } from '@/workflow/context'
import type { EditorialStatus } from '@/workflow/status'
import { statusAfterEdit } from '@/workflow/transitions'

/**
 * The guard every write to a press release passes, whatever the channel (admin, REST, GraphQL,
 * Local API with a user): press officers cannot publish, unpublish, or change a published
 * release in place; the workflow fields (status, schedule, embargo) change only through a
 * workflow action; a change to an approved text sends it back to review.
 */

const workflowFields = [
  'editorialStatus',
  'publishAt',
  'publishAt_tz',
  'embargoUntil',
  'embargoUntil_tz',
  'reviewNote',
] as const
/** Written by Payload or by other hooks, not by the author: not a change of the text. */
const bookkeepingFields = new Set<string>([
  ...workflowFields,
  '_status',
  'id',
  'createdAt',
  'updatedAt',
  'firstPublishedAt',
  'slug',
  'author',
  'assignee',
  'editorNote',
  'comments',
  'bodyText',
])

const context = (req: { context: unknown }) => req.context as WorkflowContext

export const captureOperation: CollectionBeforeOperationHook<'press-releases'> = ({
  args,
  operation,
  req,
}) => {
  if (operation === 'create' || operation === 'update') {
    context(req).releaseDraftSave = Boolean((args as { draft?: boolean }).draft)
    context(req).releaseRestore = false
  }
  if (operation === 'restoreVersion') {
    // A restore straight to the public copy would skip review (and could publish an old text).
    if (!(args as { draft?: boolean }).draft)
      throw new APIError(
        'Restore the version as a draft: a restored text goes through review before it is published again.',
        403,
        null,
        true,
      )
    context(req).releaseRestore = true
  }
  return args
}

/** Relationship values compare by id, whether populated or not. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    return Object.fromEntries(
      Object.entries(record)
        .filter(([key]) => key !== 'id')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, v]) => [key, normalise(v)]),
    )
  }
  return value ?? null
}

/** Whether `data` changes the text of the release (the fields a reader or an approver sees). */
export function changesText(data: Record<string, unknown>, original: Record<string, unknown>): boolean {
  return Object.keys(data).some(
    (key) =>
      !bookkeepingFields.has(key) &&
      JSON.stringify(normalise(data[key])) !== JSON.stringify(normalise(original[key])),
  )
}

export const guardWrites: CollectionBeforeChangeHook<PressRelease> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const ctx = context(req)
  if (ctx.workflowTransition) return data

  // No user at all is the server itself (seed, migrations): the API refuses anonymous writes
  // before any hook runs, so only trusted code gets here without one.
  const editor = !req.user || canPublish(req.user)
  const original = (originalDoc ?? {}) as Partial<PressRelease>
  const from: EditorialStatus = original.editorialStatus ?? 'draft'

  if (ctx.releaseRestore) {
    // Always as a draft (captureOperation refuses the rest), whatever status the old version had.
    for (const field of workflowFields) (data as Record<string, unknown>)[field] = original[field] ?? null
    Object.assign(data, { _status: 'draft', editorialStatus: 'in_review' })
    ctx.releaseActivity = {
      action: 'restore',
      summary: 'An earlier version was restored as a draft and sent to review',
      fromStatus: from,
      toStatus: 'in_review',
    }
    return data
  }
  // A draft save writes a new version only; anything else writes the public copy too.
  const draftSave = Boolean(ctx.releaseDraftSave) && data._status !== 'published'
  const publishing = data._status === 'published'
  const originalPublished = operation === 'update' && original._status === 'published'
  const unpublishing = !draftSave && originalPublished && data._status === 'draft'
  const inPlace = !draftSave && originalPublished && !publishing && !unpublishing

  if ((publishing || unpublishing || inPlace) && !editor) {
    throw new Forbidden(req.t)
  }

  // Nobody writes the workflow fields directly; they keep their stored values.
  for (const field of workflowFields) {
    ;(data as Record<string, unknown>)[field] = operation === 'create' ? null : (original[field] ?? null)
  }

  if (publishing || inPlace) {
    // Through the admin's own Publish button or the API: an editor's publication approves this text.
    Object.assign(data, {
      editorialStatus: 'published',
      publishAt: null,
      embargoUntil: null,
      reviewNote: null,
    })
    ctx.releaseActivity = {
      action: 'publish',
      summary: inPlace ? 'Correction published' : 'Published',
      fromStatus: operation === 'create' ? null : from,
      toStatus: 'published',
    }
    return data
  }
  if (unpublishing) {
    data.editorialStatus = 'withdrawn'
    ctx.releaseActivity = {
      action: 'unpublish',
      summary: 'Unpublished (withdrawn)',
      fromStatus: from,
      toStatus: 'withdrawn',
    }
    return data
  }
  if (operation === 'create') {
    data.editorialStatus = 'draft'
    ctx.releaseActivity = { action: 'create', summary: 'Draft created', toStatus: 'draft' }
    return data
  }
  if (changesText(data as Record<string, unknown>, original as Record<string, unknown>)) {
    const to = statusAfterEdit(from)
    data.editorialStatus = to
    if (to !== from && (from === 'approved' || from === 'scheduled')) {
      Object.assign(data, { publishAt: null, publishAt_tz: null, embargoUntil: null, embargoUntil_tz: null })
      ctx.releaseActivity = {
        action: 'backToReview',
        summary: `Changed after ${from === 'approved' ? 'approval' : 'scheduling'}: back to review`,
        fromStatus: from,
        toStatus: to,
      }
    }
  }
  return data
}

export const logActivity: CollectionAfterChangeHook<PressRelease> = async ({ doc, req }) => {
  const ctx = context(req)
  const entry = ctx.releaseActivity
  if (!entry) return doc
  ctx.releaseActivity = undefined
  await recordActivity(req, {
    ...entry,
    summary: `${entry.summary}: “${doc.headline ?? doc.slug ?? doc.id}”`,
    collectionSlug: 'press-releases',
    docId: doc.id,
    release: doc.id,
  })
  return doc
}

export const logDeletion: CollectionAfterDeleteHook<PressRelease> = async ({ doc, req }) => {
  await recordActivity(req, {
    action: 'delete',
    summary: `Deleted: “${doc.headline ?? doc.slug ?? doc.id}”`,
    collectionSlug: 'press-releases',
    docId: doc.id,
    fromStatus: doc.editorialStatus ?? null,
  })
}
