import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Field,
} from 'payload'

import { staffField, workflowActor } from '@/access/roles'
import { recordWriteRefusal } from '@/workflow/recordApproval'

/**
 * The write rule of events, speeches, participants, documents and topics
 * (src/workflow/recordApproval.ts decides; these hooks apply it on every channel: admin, REST,
 * GraphQL, Local API with a user). The collection's `update` access already refuses a write
 * that asks for `_status: published` (which also hides Payload's Publish button from officers,
 * since the admin asks that rule with that status); these hooks refuse the rest, with a message.
 */

type Context = { recordDraftSave?: Record<string, boolean> }

/** Payload's `draft` argument reaches beforeOperation only; beforeChange reads it from here. */
const captureDraft: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'restoreVersion') {
    const context = req.context as Context
    context.recordDraftSave = {
      ...context.recordDraftSave,
      [collection.slug]: Boolean((args as { draft?: boolean }).draft),
    }
  }
  return args
}

function guard(label: string): CollectionBeforeChangeHook {
  return ({ collection, data, operation, originalDoc, req }) => {
    const refusal = recordWriteRefusal(
      {
        operation,
        draft: Boolean((req.context as Context).recordDraftSave?.[collection.slug]),
        actor: req.user ? workflowActor(req.user) : 'system',
        stored: (originalDoc as { _status?: 'draft' | 'published' } | undefined)?._status,
        status: (data as { _status?: 'draft' | 'published' })._status,
      },
      label,
    )
    if (refusal) throw new APIError(refusal, 403, null, true)
    return data
  }
}

/** The hooks that hold the rule, to merge into a record collection's own. */
export function recordApprovalHooks(
  label: string,
): Pick<NonNullable<CollectionConfig['hooks']>, 'beforeOperation' | 'beforeChange'> {
  return { beforeOperation: [captureDraft], beforeChange: [guard(label)] }
}

/**
 * Who saved the latest change. Kept in every version, so the dashboard can say who made a
 * pending change (Payload's versions record no user). Set by the server only.
 */
export const lastEditedByField: Field = {
  name: 'lastEditedBy',
  type: 'relationship',
  relationTo: 'users',
  label: 'Last edited by',
  access: { read: staffField },
  admin: { position: 'sidebar', readOnly: true },
  hooks: {
    beforeChange: [
      ({ req, value, originalDoc }) =>
        req.user?.collection === 'users' ? req.user.id : (value ?? originalDoc?.lastEditedBy ?? null),
    ],
  },
}
