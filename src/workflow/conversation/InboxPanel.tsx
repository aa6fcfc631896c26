import type { Payload, TypedUser } from 'payload'

import { isStaff } from '@/access/roles'
import { idOf } from '@/content/relations'

import { inboxKindLabels, inboxKinds, inboxSlug } from '../inbox'

import { InboxList, type InboxEntry } from './InboxList.client'

/**
 * The dashboard's inbox (issue 15, item 4): what colleagues did that concerns you, newest first,
 * with unread counts by kind. Read as the user, so the access rule (collections/Inbox: one's own
 * items only) holds here as on the API.
 */
export async function Inbox({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user || !isStaff(user)) return null
  const asUser = { user, overrideAccess: false } as const
  const [{ docs }, ...unread] = await Promise.all([
    payload.find({ collection: inboxSlug, sort: '-createdAt', limit: 20, depth: 0, ...asUser }),
    ...inboxKinds.map((kind) =>
      payload.count({
        collection: inboxSlug,
        where: { and: [{ kind: { equals: kind } }, { readAt: { exists: false } }] },
        ...asUser,
      }),
    ),
  ])
  const entries: InboxEntry[] = docs.map((item) => ({
    id: item.id,
    kind: item.kind,
    title: item.title,
    createdAt: item.createdAt,
    read: Boolean(item.readAt),
    href: `/admin/collections/press-releases/${idOf(item.release)}${idOf(item.comment) !== undefined ? `#comment-${idOf(item.comment)}` : ''}`,
  }))
  const counts = inboxKinds
    .map((kind, index) => ({ kind, label: inboxKindLabels[kind], unread: unread[index]!.totalDocs }))
    .filter((count) => count.unread > 0)
  return <InboxList entries={entries} counts={counts} />
}
