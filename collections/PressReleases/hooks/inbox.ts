import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/content/relations'
import type { PressRelease } from '@/payload-types'
import { actorName, deliverToInbox } from '@/workflow/inbox'

/** The colleague newly set as a release's assignee finds it in their inbox. */
export const notifyAssignee: CollectionAfterChangeHook<PressRelease> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const assignee = idOf(doc.assignee)
  const before = operation === 'update' ? idOf(previousDoc?.assignee) : undefined
  if (assignee === undefined || String(assignee) === String(before)) return doc
  await deliverToInbox(req, [
    {
      recipient: assignee,
      kind: 'assigned',
      release: doc.id,
      title: `${actorName(req)} assigned you “${doc.headline ?? doc.id}”`,
    },
  ])
  return doc
}
