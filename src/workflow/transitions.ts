import {
  earlyLiftRefusal,
  liftedThing,
  movedEarlierRefusal,
  msAhead,
  msEarlier,
  type PlannedLift,
} from './earlyLift'
import { statusInSentence, type EditorialStatus } from './status'

/**
 * The review workflow as data: which action moves a release from which status to which, and
 * who may take it. Hooks, the workflow endpoint and the admin's buttons all ask `decide`;
 * none of them re-decides.
 */

export type Actor = 'press-officer' | 'editor'

export const workflowActions = [
  'submit',
  'requestChanges',
  'approve',
  'publish',
  'schedule',
  'embargo',
  'unpublish',
] as const
export type WorkflowAction = (typeof workflowActions)[number]

type Rule = {
  label: string
  from: readonly EditorialStatus[]
  to: EditorialStatus
  /** The least role that may take the action; editors may do all an officer may. */
  by: Actor
  /** A reason the author will read (changes requested). */
  needsReason?: boolean
  /** A future moment with its time zone (scheduled publication, embargo lift). */
  needsTime?: boolean
}

const reviewable = ['in_review', 'approved'] as const

export const workflowRules: Record<WorkflowAction, Rule> = {
  submit: {
    label: 'Submit for review',
    from: ['draft', 'changes_requested', 'withdrawn'],
    to: 'in_review',
    by: 'press-officer',
  },
  requestChanges: {
    label: 'Request changes',
    from: ['in_review', 'approved', 'scheduled'],
    to: 'changes_requested',
    by: 'editor',
    needsReason: true,
  },
  approve: { label: 'Approve', from: ['in_review'], to: 'approved', by: 'editor' },
  // An editor may approve and publish in one step: publishing is an approval of this text.
  publish: { label: 'Publish now', from: [...reviewable, 'scheduled'], to: 'published', by: 'editor' },
  schedule: {
    label: 'Schedule',
    from: [...reviewable, 'scheduled'],
    to: 'scheduled',
    by: 'editor',
    needsTime: true,
  },
  embargo: {
    label: 'Embargo until',
    from: [...reviewable, 'scheduled'],
    to: 'scheduled',
    by: 'editor',
    needsTime: true,
  },
  unpublish: { label: 'Unpublish (withdraw)', from: ['published'], to: 'withdrawn', by: 'editor' },
}

/** forbidden: the role may not; conflict: not from this status; invalid: a missing reason or time. */
export type Refusal = 'forbidden' | 'conflict' | 'invalid'
export type Decision =
  | { ok: true; to: EditorialStatus }
  /** `field`: the input field at fault, for a 400 that names it. */
  | { ok: false; reason: string; refusal: Refusal; field?: 'liftEarly' | 'reason' }

export type Request = {
  action: WorkflowAction
  from: EditorialStatus
  actor: Actor | undefined
  reason?: string
  /** ISO instant of a schedule or embargo. */
  at?: string
  /** The stored release's planned publication, when it is scheduled or embargoed. */
  planned?: PlannedLift
  /** The request says, on purpose, to publish before the planned time (with a reason). */
  liftEarly?: boolean
  now?: Date
}

/** Whether `actor` may take `action` on a release in status `from`, and where it leads. */
export function decide({
  action,
  from,
  actor,
  reason,
  at,
  planned,
  liftEarly,
  now = new Date(),
}: Request): Decision {
  const rule = workflowRules[action]
  const refuse = (refusal: Refusal, why: string, field?: 'liftEarly' | 'reason'): Decision => ({
    ok: false,
    reason: why,
    refusal,
    ...(field && { field }),
  })
  if (!actor) return refuse('forbidden', 'Only staff can change the status of a release.')
  if (rule.by === 'editor' && actor !== 'editor')
    return refuse('forbidden', `Only an editor can ${rule.label.toLowerCase()}.`)
  if (!rule.from.includes(from))
    return refuse(
      'conflict',
      `“${rule.label}” is not possible while the release is ${statusInSentence[from]}.`,
    )
  if (rule.needsReason && !reason?.trim())
    return refuse('invalid', 'Say what needs to change: the author reads this reason.')
  if (rule.needsTime) {
    const when = at ? new Date(at) : undefined
    if (!when || Number.isNaN(when.getTime()))
      return refuse('invalid', 'Give the date and time, with its time zone.')
    if (when.getTime() <= now.getTime()) return refuse('invalid', 'The time must be in the future.')
  }
  // Issue 10: one click must not lift an embargo early; only an explicit, reasoned request may.
  const early = action === 'publish' && from === 'scheduled' ? msAhead(planned?.at, now) : undefined
  if (early !== undefined) {
    const embargoed = Boolean(planned?.embargoed)
    if (liftEarly !== true) return refuse('conflict', earlyLiftRefusal(embargoed, early))
    if (!reason?.trim())
      return refuse(
        'invalid',
        `Say why ${liftedThing(embargoed)} is lifted early: the log and the emails carry it.`,
        'reason',
      )
  }
  // Moving the lift earlier is an early lift in disguise: the same override and reason. Later needs neither.
  const earlier = rule.needsTime && from === 'scheduled' ? msEarlier(planned?.at, at, now) : undefined
  if (earlier !== undefined) {
    const embargoed = Boolean(planned?.embargoed)
    if (liftEarly !== true)
      return refuse('invalid', movedEarlierRefusal(embargoed, earlier, 'liftEarly'), 'liftEarly')
    if (!reason?.trim()) return refuse('invalid', movedEarlierRefusal(embargoed, earlier, 'reason'), 'reason')
  }
  return { ok: true, to: rule.to }
}

/** The actions `actor` can take now, in the order the admin shows them. */
export function availableActions(from: EditorialStatus, actor: Actor | undefined): WorkflowAction[] {
  if (!actor) return []
  return workflowActions.filter((action) => {
    const rule = workflowRules[action]
    return rule.from.includes(from) && (rule.by === 'press-officer' || actor === 'editor')
  })
}

/**
 * An approval belongs to the exact text approved: a change to an approved or scheduled release
 * sends it back to review, and a change to a published one starts a new draft beside the
 * published text (the public keeps reading the published one until an editor publishes again).
 */
export function statusAfterEdit(from: EditorialStatus): EditorialStatus {
  if (from === 'approved' || from === 'scheduled') return 'in_review'
  if (from === 'published') return 'draft'
  return from
}
