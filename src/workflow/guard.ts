import type { PressRelease } from '@/payload-types'

import type { ReleaseActivity } from './activity'
import { liftedThing, msAhead, msEarlier, patchedEarlierRefusal } from './earlyLift'
import type { EditorialStatus } from './status'
import { statusAfterEdit, type Actor } from './transitions'

/**
 * The guard every write to a press release passes, whatever the channel (admin, REST, GraphQL,
 * Local API with a user): press officers cannot publish, unpublish, or change a published
 * release in place; the workflow fields (status, schedule, embargo) change only through a
 * workflow action; a change to an approved text sends it back to review. The release's
 * beforeChange hook asks `guardWrite` and applies its answer; transitions taken through
 * `applyTransition` are decided by `decide` (transitions.ts) and skip this guard.
 */

export const workflowFields = [
  'editorialStatus',
  'publishAt',
  'publishAt_tz',
  'embargoUntil',
  'embargoUntil_tz',
  'reviewNote',
] as const
/**
 * Written by Payload or by other hooks, or internal to the newsroom: not a change of what the
 * public reads. The slug (the public address), the author (the byline) and the dateline are
 * what readers see, so a change of any of them goes back to review (issue 10, item 3).
 */
const bookkeepingFields = new Set<string>([
  ...workflowFields,
  '_status',
  'id',
  'createdAt',
  'updatedAt',
  'firstPublishedAt',
  'assignee',
  'editorNote',
  // Who saved last (set by the server on every save: collections/recordApproval.ts).
  'lastEditedBy',
  'comments',
  'bodyText',
  // Derived from the hero, sharing image and body on every save (src/fields/mediaUsed.ts).
  'mediaUsed',
  // How publication waits for translations, and their states: set by the desk, not the text.
  'translationPolicy',
  'translations',
])

/** Relationship values compare by id, whether populated or not. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    return Object.fromEntries(
      Object.entries(record)
        .filter(([key]) => key !== 'id')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, v]) => [key, normalise(v)]),
    )
  }
  return value ?? null
}

/** Whether `data` changes the text of the release (the fields a reader or an approver sees). */
export function changesText(data: Record<string, unknown>, original: Record<string, unknown>): boolean {
  return Object.keys(data).some(
    (key) =>
      !bookkeepingFields.has(key) &&
      JSON.stringify(normalise(data[key])) !== JSON.stringify(normalise(original[key])),
  )
}

/** A restore straight to the public copy would skip review (and could publish an old text). */
export const restoreOnlyAsDraft =
  'Restore the version as a draft: a restored text goes through review before it is published again.'

export type ReleaseWrite = {
  operation: 'create' | 'update'
  /** Payload's `draft` argument: a draft save writes a new version only. */
  draft: boolean
  /** A restore of an earlier version (always as a draft: see `restoreOnlyAsDraft`). */
  restore: boolean
  /**
   * Who writes. 'system' is server code with no user at all (seed, migrations): the API refuses
   * anonymous writes before any hook runs, so only trusted code writes without one.
   */
  actor: Actor | 'system' | undefined
  /** The stored release (empty on create). */
  original: Partial<PressRelease> | undefined
  /** What the write sends. */
  data: Partial<PressRelease>
  now?: Date
  /**
   * The public copy, when the write (as published) only restores it: "Revert to published",
   * recognised by src/workflow/revert.ts for the people who may discard the changes.
   */
  revertTo?: Partial<PressRelease>
}

export type WriteKind = 'restore' | 'revert' | 'publish' | 'inPlace' | 'unpublish' | 'create' | 'edit'

/**
 * Refused (403, or 409 with `reason` when the write would lift a schedule or embargo early, or
 * 400 naming `field` when it would move one earlier), or allowed with the fields to set over
 * `data` and the activity entry to log.
 */
export type WriteDecision =
  | { ok: false; kind: WriteKind; reason?: string; status?: 400; field?: string }
  | { ok: true; kind: WriteKind; set: Record<string, unknown>; activity?: ReleaseActivity }

/** What kind of write this is, who may make it, and what the release's workflow fields become. */
export function guardWrite({
  operation,
  draft,
  restore,
  actor,
  original = {},
  data,
  now = new Date(),
  revertTo,
}: ReleaseWrite): WriteDecision {
  const from: EditorialStatus = original.editorialStatus ?? 'draft'
  const kept = (create: boolean) =>
    Object.fromEntries(workflowFields.map((field) => [field, create ? null : (original[field] ?? null)]))

  if (restore) {
    // Always as a draft, whatever status the old version had.
    return {
      ok: true,
      kind: 'restore',
      set: { ...kept(false), _status: 'draft', editorialStatus: 'in_review' },
      activity: {
        action: 'restore',
        summary: 'An earlier version was restored as a draft and sent to review',
        fromStatus: from,
        toStatus: 'in_review',
      },
    }
  }
  // A draft save writes a new version only; anything else writes the public copy too.
  const draftSave = draft && data._status !== 'published'
  const publishing = data._status === 'published'
  const originalPublished = operation === 'update' && original._status === 'published'
  const unpublishing = !draftSave && originalPublished && data._status === 'draft'
  const inPlace = !draftSave && originalPublished && !publishing && !unpublishing
  const kind: WriteKind = publishing
    ? 'publish'
    : unpublishing
      ? 'unpublish'
      : inPlace
        ? 'inPlace'
        : operation === 'create'
          ? 'create'
          : 'edit'

  if (publishing && revertTo && operation === 'update') {
    // Nothing public changes: the draft goes back to the public text, with its workflow state.
    const set = Object.fromEntries(workflowFields.map((field) => [field, revertTo[field] ?? null]))
    const to = revertTo.editorialStatus ?? 'published'
    return {
      ok: true,
      kind: 'revert',
      set,
      activity: {
        action: 'restore',
        summary: 'Unpublished changes discarded, back to the published text',
        fromStatus: from,
        toStatus: to,
      },
    }
  }
  if ((publishing || unpublishing || inPlace) && actor !== 'editor' && actor !== 'system')
    return { ok: false, kind }
  // Payload's own publish carries no reason: an early lift goes through the workflow action only.
  const planned = from === 'scheduled' ? msAhead(original.publishAt, now) : undefined
  if ((publishing || inPlace) && actor !== 'system' && planned !== undefined)
    return {
      ok: false,
      kind,
      reason:
        `This release is scheduled: publishing it now would lift ${liftedThing(Boolean(original.embargoUntil))} early. ` +
        'Use “Publish now” in the review panel (or the workflow action "publish" with "liftEarly": true and a "reason"), ' +
        'which asks for a confirmation and a reason.',
    }

  // Moving the lift earlier is an early lift in disguise (issue 10, item 1): say where it is done,
  // rather than keep the stored time in silence. A later time is simply kept, as below.
  for (const field of ['publishAt', 'embargoUntil'] as const) {
    const earlier =
      actor !== 'system' && from === 'scheduled' && typeof data[field] === 'string'
        ? msEarlier(original.publishAt, data[field], now)
        : undefined
    if (earlier !== undefined)
      return {
        ok: false,
        kind,
        status: 400,
        field,
        reason: patchedEarlierRefusal(field, Boolean(original.embargoUntil), earlier),
      }
  }
  // Nobody writes the workflow fields directly; they keep their stored values.
  const set = kept(operation === 'create')
  if (publishing || inPlace) {
    // Through the admin's own Publish button or the API: an editor's publication approves this text.
    Object.assign(set, {
      editorialStatus: 'published',
      publishAt: null,
      embargoUntil: null,
      reviewNote: null,
    })
    const activity: ReleaseActivity = {
      action: 'publish',
      summary: inPlace ? 'Correction published' : 'Published',
      fromStatus: operation === 'create' ? null : from,
      toStatus: 'published',
    }
    return { ok: true, kind, set, activity }
  }
  if (unpublishing) {
    set.editorialStatus = 'withdrawn'
    const activity: ReleaseActivity = {
      action: 'unpublish',
      summary: 'Unpublished (withdrawn)',
      fromStatus: from,
      toStatus: 'withdrawn',
    }
    return { ok: true, kind, set, activity }
  }
  if (operation === 'create') {
    set.editorialStatus = 'draft'
    return {
      ok: true,
      kind,
      set,
      activity: { action: 'create', summary: 'Draft created', toStatus: 'draft' },
    }
  }
  if (!changesText(data as Record<string, unknown>, original as Record<string, unknown>))
    return { ok: true, kind, set }
  const to = statusAfterEdit(from)
  set.editorialStatus = to
  if (to === from || (from !== 'approved' && from !== 'scheduled')) return { ok: true, kind, set }
  // The approval (and the schedule built on it) belonged to the text before this change.
  Object.assign(set, { publishAt: null, publishAt_tz: null, embargoUntil: null, embargoUntil_tz: null })
  const activity: ReleaseActivity = {
    action: 'backToReview',
    summary: `Changed after ${from === 'approved' ? 'approval' : 'scheduling'}: back to review`,
    fromStatus: from,
    toStatus: to,
  }
  return { ok: true, kind, set, activity }
}
