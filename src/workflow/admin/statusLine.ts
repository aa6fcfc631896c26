import { statusLabel, type EditorialStatus } from '../status'

import { formatMoment } from './formatMoment'

/** What the edit view knows of where a release stands (its form's fields, Payload's document info). */
export type ReleaseState = {
  status: EditorialStatus
  publishAt?: string | null
  publishZone?: string | null
  embargoUntil?: string | null
  /** A published copy exists (the public reads it while a newer text is in review). */
  hasPublished?: boolean
}

/**
 * A moment in its own zone and in the editor's: "30 Nov 2026, 20:02 Asia/Shanghai, 13:02 your
 * time" (the date repeats when it differs; nothing is added when the zones agree).
 */
export function momentInBothZones(iso: string, zone: string | null | undefined, localZone: string): string {
  const own = zone || 'UTC'
  const there = `${formatMoment(iso, { timeZone: own })} ${own}`
  const hereFull = formatMoment(iso, { timeZone: localZone })
  if (hereFull === formatMoment(iso, { timeZone: own })) return there
  const sameDay = hereFull.split(', ')[0] === formatMoment(iso, { timeZone: own }).split(', ')[0]
  return `${there}, ${sameDay ? hereFull.split(', ').slice(1).join(', ') : hereFull} your time`
}

/**
 * The one line that says where a release stands, shown by the review panel and the header alike
 * (issue 10, item 2: the screens never contradict each other): "Scheduled · public on 30 Nov
 * 2026, 20:02 Asia/Shanghai, 13:02 your time", "Scheduled · Embargoed until …".
 */
export function statusLine(state: ReleaseState, localZone: string): { label: string; detail?: string } {
  const label = statusLabel[state.status]
  if (state.status === 'scheduled' && state.publishAt) {
    const when = momentInBothZones(state.publishAt, state.publishZone, localZone)
    return { label, detail: state.embargoUntil ? `Embargoed until ${when}` : `public on ${when}` }
  }
  if (state.status === 'withdrawn') return { label, detail: 'not public' }
  if (state.status !== 'published' && state.hasPublished)
    return { label, detail: 'the published version stays public until this text is published' }
  return { label }
}
