import type { Actor } from './transitions'

/**
 * Approval covers the records a release shows (issue 10, item 3): events, speeches, participants,
 * documents and topics. Press officers create records and save drafts of any of them; only an
 * editor publishes, unpublishes or changes the public copy. A brand-new record is no exception:
 * an officer's new record stays a draft until an editor publishes it, which keeps one simple
 * rule ("editors publish everything") and costs the editor one click in the dashboard's queue.
 */

type Status = 'draft' | 'published' | null | undefined

export type RecordWrite = {
  operation: 'create' | 'update'
  /** Payload's `draft` argument: a draft save writes a new version and leaves the public copy. */
  draft: boolean
  /** Who writes; 'system' is server code with no user (seed, migrations). */
  actor: Actor | 'system' | undefined
  /** The status stored in the public copy before this write (none on create). */
  stored: Status
  /** The status this write asks for. */
  status: Status
}

/** Why the write is refused, in words the writer can act on; null when it may go ahead. */
export function recordWriteRefusal(write: RecordWrite, label: string): string | null {
  const { operation, draft, actor, stored, status } = write
  if (actor === 'editor' || actor === 'system') return null
  if (!actor) return `Only staff can change a ${label}.`
  // Payload gives a non-draft save of a published record `_status: published` by the time hooks
  // run: a change in place and a republication look alike, and get the same answer.
  const writesPublicCopy = !draft || status === 'published'
  if (writesPublicCopy && operation === 'update' && stored === 'published')
    return `This ${label} is published: only an editor can change, publish or unpublish it. Save your change as a draft (it stays private) and an editor will publish it.`
  if (status === 'published')
    return `Only an editor can publish a ${label}: save your change as a draft and an editor will publish it.`
  return null
}
