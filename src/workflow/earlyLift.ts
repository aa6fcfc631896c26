/**
 * Publishing a scheduled or embargoed release before its time (issue 10, item 1). An early lift
 * is never an accident: the workflow endpoint takes it only with `liftEarly: true` and a reason
 * (transitions.ts `decide`), Payload's own publish refuses it (guard.ts), and the log and the
 * emails say who lifted it, how far ahead, and why, in the words of `earlyLiftSentence`.
 */

/** What a release's planned publication is: an embargo (journalists may hold it) or a plain schedule. */
export type PlannedLift = { at: string | null | undefined; embargoed: boolean }

/** How long before its planned moment a publication at `now` would be, or undefined when it is due. */
export function msAhead(at: string | null | undefined, now: Date = new Date()): number | undefined {
  const when = at ? new Date(at).getTime() : NaN
  if (Number.isNaN(when)) return undefined
  const ahead = when - now.getTime()
  return ahead > 0 ? ahead : undefined
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`

/** "2 hours 5 minutes", "10 minutes", "1 day 3 hours", "less than a minute". */
export function formatAhead(ms: number): string {
  const minutes = Math.round(ms / 60_000)
  if (minutes < 1) return 'less than a minute'
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const rest = minutes % 60
  // Two units are enough to judge how early it was; days matter for a week-long embargo.
  if (days > 0) return [plural(days, 'day'), hours > 0 ? plural(hours, 'hour') : ''].filter(Boolean).join(' ')
  return [hours > 0 ? plural(hours, 'hour') : '', rest > 0 ? plural(rest, 'minute') : '']
    .filter(Boolean)
    .join(' ')
}

/**
 * How much earlier a new schedule or embargo time `to` is than the planned one, when the planned
 * one is still ahead (issue 10, item 1: moving it earlier is an early lift in disguise), or
 * undefined when the move is later, the same, or the planned moment has already come.
 */
export function msEarlier(
  planned: string | null | undefined,
  to: string | null | undefined,
  now: Date = new Date(),
): number | undefined {
  if (msAhead(planned, now) === undefined || !to) return undefined
  const earlier = new Date(planned as string).getTime() - new Date(to).getTime()
  return earlier > 0 ? earlier : undefined
}

/** "the embargo" or "the schedule", for sentences about either. */
export const liftedThing = (embargoed: boolean) => (embargoed ? 'the embargo' : 'the schedule')

/** Why the plain `publish` action is refused before the planned time, and what to send instead. */
export function earlyLiftRefusal(embargoed: boolean, ms: number): string {
  const verb = embargoed ? 'lifts the embargo' : 'brings the scheduled publication forward'
  return (
    `Publishing now ${verb} ${formatAhead(ms)} early. To do so on purpose, send ` +
    `"liftEarly": true with a "reason" (the log and the emails carry it), or wait for ${liftedThing(embargoed)}.`
  )
}

/** Why a move earlier is refused without the override and a reason (a 400 naming the field). */
export function movedEarlierRefusal(embargoed: boolean, ms: number, field: 'liftEarly' | 'reason'): string {
  const thing = liftedThing(embargoed)
  return field === 'liftEarly'
    ? `liftEarly: this moves ${thing} ${formatAhead(ms)} earlier, which lifts it early. To do so on purpose, ` +
        'send "liftEarly": true with a "reason" (the log and the emails carry it); a later time needs neither.'
    : `reason: say why ${thing} is moved ${formatAhead(ms)} earlier: the log and the emails carry it.`
}

/** Why a PATCH of the times to an earlier moment is refused (400 naming the field), and where it is done. */
export function patchedEarlierRefusal(field: string, embargoed: boolean, ms: number): string {
  return (
    `${field}: moving ${liftedThing(embargoed)} ${formatAhead(ms)} earlier lifts it early, and the schedule and ` +
    'embargo change only through the workflow action ("schedule" or "embargo" with "liftEarly": true and a ' +
    '"reason"), which the review panel asks for.'
  )
}

/** The emails' subject when the lift moves earlier: "Embargo moved earlier: <headline>". */
export const movedEarlierTitle = (embargoed: boolean) =>
  embargoed ? 'Embargo moved earlier' : 'Schedule moved earlier'

/** "Embargo moved earlier by Ada, 3 hours: <reason>". */
export function movedEarlierSentence({
  embargoed,
  by,
  ms,
  reason,
}: {
  embargoed: boolean
  by: string
  ms: number
  reason: string
}): string {
  return `${movedEarlierTitle(embargoed)} by ${by}, ${formatAhead(ms)}: ${reason.trim()}`
}

/** The emails' subject: "Embargo lifted early: <headline>". */
export const earlyLiftTitle = (embargoed: boolean) =>
  embargoed ? 'Embargo lifted early' : 'Schedule brought forward'

/** The log's and the emails' sentence: "Embargo lifted early by Ada, 2 hours 5 minutes ahead: <reason>". */
export function earlyLiftSentence({
  embargoed,
  by,
  ms,
  reason,
}: {
  embargoed: boolean
  by: string
  ms: number
  reason: string
}): string {
  return `${earlyLiftTitle(embargoed)} by ${by}, ${formatAhead(ms)} ahead: ${reason.trim()}`
}
