import type { Payload, TypedUser } from 'payload'

import { isStaff } from '@/access/roles'

import { inboxKindLabels, inboxKinds, inboxSlug } from '../inbox'

import { inboxEntryOf, inboxPageSize, unreadStamp } from './inboxEntry'
import { InboxList } from './InboxList.client'

/**
 * The dashboard's inbox (issue 15, item 4): what colleagues did that concerns you, newest first,
 * with unread counts by kind. Read as the user, so the access rule (collections/Inbox: one's own
 * items only) holds here as on the API. The list refreshes itself when something arrives
 * (./useLiveStamp.ts) and reads older items page by page.
 */
export async function Inbox({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user || !isStaff(user)) return null
  const asUser = { user, overrideAccess: false } as const
  const unreadWhere = { readAt: { exists: false } }
  const [page, newestUnread, ...unread] = await Promise.all([
    payload.find({ collection: inboxSlug, sort: '-createdAt', limit: inboxPageSize, depth: 0, ...asUser }),
    payload.find({
      collection: inboxSlug,
      where: unreadWhere,
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      select: { createdAt: true },
      ...asUser,
    }),
    ...inboxKinds.map((kind) =>
      payload.count({
        collection: inboxSlug,
        where: { and: [{ kind: { equals: kind } }, unreadWhere] },
        ...asUser,
      }),
    ),
  ])
  const counts = inboxKinds
    .map((kind, index) => ({ kind, label: inboxKindLabels[kind], unread: unread[index]!.totalDocs }))
    .filter((count) => count.unread > 0)
  return (
    <InboxList
      entries={page.docs.map(inboxEntryOf)}
      counts={counts}
      hasOlder={page.hasNextPage}
      stamp={unreadStamp(newestUnread.totalDocs, newestUnread.docs[0]?.id)}
    />
  )
}
