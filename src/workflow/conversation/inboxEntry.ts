import { idOf, type Id } from '@/content/relations'
import type { InboxItem } from '@/payload-types'

import type { InboxKind } from '../inbox'

/** An inbox item as the dashboard lists it, from the server's first page or a later one read in the browser. */
export type InboxEntry = {
  id: Id
  kind: InboxKind
  title: string
  createdAt: string
  read: boolean
  href: string
}

/** How many items the inbox shows at first, and adds with each "Show older". */
export const inboxPageSize = 20

export function inboxEntryOf(
  item: Pick<InboxItem, 'id' | 'kind' | 'title' | 'createdAt' | 'readAt' | 'release' | 'comment'>,
): InboxEntry {
  const comment = idOf(item.comment)
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    createdAt: item.createdAt,
    read: Boolean(item.readAt),
    href: `/admin/collections/press-releases/${idOf(item.release)}${comment !== undefined ? `#comment-${comment}` : ''}`,
  }
}

/** What changes when the unread part of an inbox changes: how many, and the newest. */
export const unreadStamp = (unread: number, newest: Id | undefined) => `${unread}:${newest ?? ''}`

/** The browser's question for that stamp (the caller's own items only: collections/Inbox). */
export const unreadStampUrl =
  '/api/inbox?where[readAt][exists]=false&sort=-createdAt&limit=1&depth=0&select[createdAt]=true'
