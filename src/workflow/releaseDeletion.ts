import type { PayloadRequest, Where } from 'payload'

import type { Id } from '@/content/relations'

import { inboxSlug } from './inbox'

/** The queued tasks that are about one release; each carries its id as `input.releaseId`. */
const releaseTasks = ['publishScheduledRelease', 'sendNotificationEmail'] as const

/**
 * What hangs on a release and cannot outlive it: its comments (replies included: a reply is on
 * the same release as the comment it answers) and the inbox items about it, its journalist links and the jobs still waiting
 * to publish it or to email about it. Called before the release is deleted, with the delete's
 * `req`, so a refused or failed delete keeps them all. Done here rather than by the database's
 * foreign keys: SQLite's `ON DELETE SET NULL` on a required column fails the whole delete, and
 * MongoDB has no foreign keys at all. The activity log is left as it is: its entries keep the
 * release's id in `docId` and their text (SQLite detaches their `release` link, MongoDB keeps it).
 */
export async function removeReleaseDependants(req: PayloadRequest, releaseId: Id): Promise<void> {
  const { payload } = req
  const ofRelease: Where = { release: { equals: releaseId } }
  await payload.delete({ collection: 'comments', where: ofRelease, depth: 0, req, overrideAccess: true })
  await payload.delete({ collection: 'embargo-links', where: ofRelease, depth: 0, req, overrideAccess: true })
  // Inbox items point at the release (and at its comments): they go with it.
  await payload.delete({ collection: inboxSlug, where: ofRelease, depth: 0, req, overrideAccess: true })
  // A job being run right now is left to finish: its handler finds the release gone and stops.
  await payload.delete({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { in: [...releaseTasks] } },
        { 'input.releaseId': { equals: String(releaseId) } },
        { completedAt: { exists: false } },
        { processing: { not_equals: true } },
      ],
    },
    depth: 0,
    req,
    overrideAccess: true,
  })
}
