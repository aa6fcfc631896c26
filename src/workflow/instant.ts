import { TZDate } from '@date-fns/tz'

/**
 * "2026-12-01T09:00" in Europe/Vienna → the instant; an ISO string with an offset stays as it is.
 * Pure, so that the review panel resolves the time it sends exactly as the server will (to tell
 * whether a new embargo time is earlier than the planned one before it asks for a reason).
 */
export function resolveInstant(at: string | undefined, timezone: string | undefined): string | undefined {
  if (!at) return undefined
  const wall = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(at.trim())
  if (wall && timezone) {
    const [y, mo, d, h, mi, s] = wall.slice(1).map((part) => Number(part ?? 0)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ]
    return new Date(TZDate.tz(timezone, y, mo - 1, d, h, mi, s).getTime()).toISOString()
  }
  const date = new Date(at)
  return Number.isNaN(date.getTime()) ? at : date.toISOString()
}
