import {
  APIError,
  Forbidden,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { workflowActor } from '@/access/roles'
import type { PressRelease } from '@/payload-types'
import { recordActivity, releaseTitle } from '@/workflow/activity'
import type { WorkflowContext } from '@/workflow/context'
import { guardWrite, restoreOnlyAsDraft } from '@/workflow/guard'
import { removeReleaseDependants } from '@/workflow/releaseDeletion'
import { revertTarget } from '@/workflow/revert'

const context = (req: { context: unknown }) => req.context as WorkflowContext

/** Remembers Payload's `draft` argument for `guardWrites`, and refuses a restore straight to the public copy. */
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
    if (!(args as { draft?: boolean }).draft) throw new APIError(restoreOnlyAsDraft, 403, null, true)
    context(req).releaseRestore = true
  }
  return args
}

/** Every write that is not a workflow transition: src/workflow/guard.ts decides, this applies it. */
export const guardWrites: CollectionBeforeChangeHook<PressRelease> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const ctx = context(req)
  // Transitions and translation actions are decided already (src/workflow/transitions.ts, translation/actions.ts).
  if (ctx.workflowTransition || ctx.translationAction) return data
  const actor = req.user ? workflowActor(req.user) : 'system'
  // An officer's write as published is refused unless it only discards the unpublished changes.
  const revertTo =
    operation === 'update' && actor === 'press-officer' && data._status === 'published' && originalDoc
      ? await revertTarget(req, originalDoc, data)
      : undefined
  const decision = guardWrite({
    operation,
    draft: Boolean(ctx.releaseDraftSave),
    restore: Boolean(ctx.releaseRestore),
    actor,
    original: originalDoc,
    data,
    revertTo,
  })
  if (!decision.ok)
    throw decision.reason
      ? new APIError(
          decision.reason,
          decision.status ?? 409,
          decision.field ? { field: decision.field } : null,
          true,
        )
      : new Forbidden(req.t)
  if (decision.activity) ctx.releaseActivity = decision.activity
  return Object.assign(data, decision.set)
}

export const logActivity: CollectionAfterChangeHook<PressRelease> = async ({ doc, req }) => {
  const ctx = context(req)
  const entry = ctx.releaseActivity
  if (!entry) return doc
  ctx.releaseActivity = undefined
  await recordActivity(req, {
    ...entry,
    summary: `${entry.summary}: ${releaseTitle(doc)}`,
    collectionSlug: 'press-releases',
    docId: doc.id,
    release: doc.id,
  })
  return doc
}

/** Comments, journalist links and pending jobs go with the release, in the delete's transaction. */
export const removeDependants: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await removeReleaseDependants(req, id)
}

export const logDeletion: CollectionAfterDeleteHook<PressRelease> = async ({ doc, req }) => {
  await recordActivity(req, {
    action: 'delete',
    summary: `Deleted: ${releaseTitle(doc)}`,
    collectionSlug: 'press-releases',
    docId: doc.id,
    fromStatus: doc.editorialStatus ?? null,
  })
}
