import type { PayloadRequest } from 'payload'

import type { Id } from '@/content/relations'
import type { InboxItem as InboxRecord } from '@/payload-types'

/**
 * The inbox: what a colleague did that concerns you, kept until you read it (issue 15, item 4).
 * Written by the hooks that already notify (src/workflow/notify.ts, the comments' mentions, the
 * release's assignee and the translation desk's "Assign"), in the same transaction as the change
 * it reports: a failed save leaves no item. Each user reads only their own (collections/Inbox).
 */
export const inboxSlug = 'inbox'

export const inboxKinds = [
  'mention',
  'changes_requested',
  'assigned',
  'translation_assigned',
  'published',
] as const
export type InboxKind = (typeof inboxKinds)[number]

export const inboxKindLabels: Record<InboxKind, string> = {
  mention: 'Mentioned you',
  changes_requested: 'Changes requested',
  assigned: 'Assigned to you',
  translation_assigned: 'Translation assigned to you',
  published: 'Your release published',
}

export type InboxItem = {
  recipient: Id
  kind: InboxKind
  release: Id
  /** The comment that mentions, so that the link opens the thread. */
  comment?: Id
  /** One line: "Elena Petrova mentioned you on “Summit opens”". */
  title: string
}

/** Adds one item per recipient, except to whoever took the action (nobody is told of their own). */
export async function deliverToInbox(req: PayloadRequest, items: readonly InboxItem[]): Promise<void> {
  const actor = req.user?.collection === 'users' ? req.user.id : undefined
  for (const item of items) {
    if (actor !== undefined && String(item.recipient) === String(actor)) continue
    await req.payload.create({
      collection: inboxSlug,
      // Ids as the adapter gives them (text on MongoDB); the generated types say SQLite's numbers.
      data: { ...item, actor, title: item.title.slice(0, 300) } as Omit<
        InboxRecord,
        'id' | 'createdAt' | 'updatedAt'
      >,
      depth: 0,
      req,
      overrideAccess: true,
    })
  }
}

/** Who acted, as the inbox and the emails name them. */
export const actorName = (req: PayloadRequest, otherwise = 'A colleague'): string =>
  (req.user as { name?: string } | null)?.name ?? otherwise
