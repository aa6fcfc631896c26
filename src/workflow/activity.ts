import type { PayloadRequest } from 'payload'

import type { EditorialStatus } from './status'

/** What the activity log records, with the words the admin shows for each. */
export const activityActions = [
  { value: 'create', label: 'Created' },
  { value: 'submit', label: 'Submitted for review' },
  { value: 'requestChanges', label: 'Changes requested' },
  { value: 'approve', label: 'Approved' },
  { value: 'publish', label: 'Published' },
  { value: 'schedule', label: 'Scheduled' },
  { value: 'embargo', label: 'Embargoed' },
  { value: 'unpublish', label: 'Unpublished' },
  { value: 'backToReview', label: 'Sent back to review by a change' },
  { value: 'restore', label: 'Version restored' },
  { value: 'delete', label: 'Deleted' },
  { value: 'translation', label: 'Translation' },
  { value: 'embargoLink', label: 'Journalist link created' },
  { value: 'embargoLinkRevoked', label: 'Journalist link revoked' },
  { value: 'login', label: 'Logged in' },
  { value: 'loginFailed', label: 'Login failed' },
  { value: 'loginLimited', label: 'Logins from an address held back' },
  { value: 'resetLimited', label: 'Password resets from an address held back' },
] as const
export type ActivityAction = (typeof activityActions)[number]['value']

export type ActivityEntry = {
  action: ActivityAction
  summary: string
  collectionSlug: string
  docId: number | string
  release?: number | string
  fromStatus?: EditorialStatus | null
  toStatus?: EditorialStatus | null
  note?: string
  /** Who, when it is not the request's user (a failed login has none). */
  by?: { actor?: number | string; actorName: string }
}

/** An entry about a release, before the hook that writes it knows the saved document. */
export type ReleaseActivity = Omit<ActivityEntry, 'docId' | 'collectionSlug'>

/**
 * How the log names a release: its headline in typographic quotes, or "an untitled draft" when it
 * has none yet; never its database id (issue 10: "Draft created: '6'").
 */
export function releaseTitle(doc: { headline?: string | null }): string {
  const headline = doc.headline?.trim()
  return headline ? `“${headline}”` : 'an untitled draft'
}

/** Who did it, as the log shows it: the staff user, or the scheduler when no one is logged in. */
function actorOf(req: PayloadRequest): { actor?: number; actorName: string } {
  const user = req.user
  if (user && user.collection === 'users') {
    const name = (user as { name?: string }).name
    return { actor: user.id as number, actorName: name || String(user.email ?? user.id) }
  }
  return { actorName: 'Scheduler (jobs queue)' }
}

/**
 * Appends an entry to the activity log, inside the request's transaction: when the change it
 * records fails, the entry goes too. Nobody can write entries through the API; this can.
 */
export async function recordActivity(req: PayloadRequest, { by, ...entry }: ActivityEntry): Promise<void> {
  await req.payload.create({
    collection: 'activity',
    req,
    overrideAccess: true,
    depth: 0,
    data: {
      ...entry,
      docId: String(entry.docId),
      // Generated types use SQLite's numeric ids; MongoDB's are strings, and both are passed through.
      release: (entry.release ?? undefined) as number | undefined,
      at: new Date().toISOString(),
      ...((by as { actor?: number; actorName: string } | undefined) ?? actorOf(req)),
    },
  })
}
