import type { PayloadRequest } from 'payload'

import { editorRoles } from '@/access/roles'
import { idsOf, type Id } from '@/content/relations'
import type { PressRelease, User } from '@/payload-types'

import { deliverToInbox, type InboxKind } from './inbox'
import type { WorkflowAction } from './transitions'

/** `releaseId`: the release the email is about, so that deleting the release cancels it. */
export type Email = { to: string; subject: string; text: string; releaseId?: string }

/**
 * Emails go through the jobs queue: queued in the same transaction as the change they report
 * (a failed save sends nothing), sent by the queue with retries (a failed send never blocks or
 * undoes a save; the queue logs it and tries again).
 */
export async function queueEmail(req: PayloadRequest, email: Email): Promise<void> {
  await req.payload.jobs.queue({ task: 'sendNotificationEmail', input: email, req })
}

export function adminLink(req: PayloadRequest, release: Pick<PressRelease, 'id'>): string {
  const base = req.payload.config.serverURL || 'http://localhost:3000'
  return `${base}/admin/collections/press-releases/${release.id}`
}

async function usersByIds(req: PayloadRequest, ids: Id[]): Promise<User[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs
}

export async function editors(req: PayloadRequest): Promise<User[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { role: { in: [...editorRoles] } },
    limit: 200,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs
}

/** Nobody is told about their own action. */
function othersThan(req: PayloadRequest, users: User[]): User[] {
  const me = req.user?.collection === 'users' ? String(req.user.id) : undefined
  return users.filter((user) => String(user.id) !== me && user.email)
}

const subjects: Partial<Record<WorkflowAction, (headline: string) => string>> = {
  submit: (h) => `Review requested: ${h}`,
  requestChanges: (h) => `Changes requested: ${h}`,
  approve: (h) => `Approved: ${h}`,
  publish: (h) => `Published: ${h}`,
}

/** What the author finds in their inbox (src/workflow/inbox.ts) besides the email. */
const inboxKinds: Partial<Record<WorkflowAction, InboxKind>> = {
  requestChanges: 'changes_requested',
  publish: 'published',
}

/**
 * Editors hear of submissions; the author of changes requested, approval and publication. An
 * early lift (`earlyLift`: the sentence of src/workflow/earlyLift.ts) is told to the author and
 * every editor: the whole desk must know that a release went out before its time, and why.
 */
export async function notifyTransition(
  req: PayloadRequest,
  {
    release,
    action,
    reason,
    earlyLift,
  }: {
    release: PressRelease
    action: WorkflowAction
    reason?: string
    /** `outcome`: what became of the release, when it is not "now published" (a lift moved earlier). */
    earlyLift?: { title: string; sentence: string; outcome?: string }
  },
): Promise<void> {
  const subject = earlyLift ? (h: string) => `${earlyLift.title}: ${h}` : subjects[action]
  if (!subject) return
  const author = await usersByIds(req, idsOf([release.author]))
  const inboxKind = inboxKinds[action]
  if (inboxKind)
    await deliverToInbox(
      req,
      author.map((user) => ({
        recipient: user.id,
        kind: inboxKind,
        release: release.id,
        title: subject(release.headline ?? String(release.id)),
      })),
    )
  const everyone = earlyLift ? [...author, ...(await editors(req))] : author
  const recipients = othersThan(
    req,
    action === 'submit'
      ? await editors(req)
      : everyone.filter((user, index) => everyone.findIndex((u) => u.id === user.id) === index),
  )
  const actor = (req.user as { name?: string } | null)?.name ?? 'The scheduler'
  const headline = release.headline ?? String(release.id)
  const lines = [
    action === 'submit'
      ? `${actor} submitted “${headline}” for review.`
      : action === 'requestChanges'
        ? `${actor} asked for changes to “${headline}”:\n\n${reason?.trim() ?? ''}`
        : action === 'approve'
          ? `${actor} approved “${headline}”.`
          : earlyLift
            ? `${earlyLift.sentence.replace(/[.!?]?$/, '.')}\n\n${earlyLift.outcome ?? `“${headline}” is now published.`}`
            : `“${headline}” is now published.`,
    '',
    `Open it: ${adminLink(req, release)}`,
  ]
  for (const user of recipients) {
    await queueEmail(req, {
      to: user.email,
      subject: subject(headline),
      text: lines.join('\n'),
      releaseId: String(release.id),
    })
  }
}
