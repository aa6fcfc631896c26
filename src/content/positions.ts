import type { ScoStatus } from './vocabulary'

/**
 * Which title a person held, and which SCO status a country had, on a given day.
 * Periods are inclusive of both ends; an open end means "still so".
 */

type Period = { from?: string | null; to?: string | null }

function day(value: Date | string): string {
  return (typeof value === 'string' ? new Date(value) : value).toISOString().slice(0, 10)
}

/** True when `on` falls within the period (whole days, both ends included). */
export function periodCovers(period: Period, on: Date | string): boolean {
  const target = day(on)
  if (period.from && day(period.from) > target) return false
  if (period.to && day(period.to) < target) return false
  return true
}

/** The entries valid on that day, latest start first (the most specific answer). */
export function entriesOn<T extends Period>(
  entries: readonly T[] | null | undefined,
  on: Date | string,
): T[] {
  return (entries ?? [])
    .filter((entry) => periodCovers(entry, on))
    .sort((a, b) => (b.from ? day(b.from) : '').localeCompare(a.from ? day(a.from) : ''))
}

export function scoStatusOn<T extends Period & { status: ScoStatus }>(
  history: readonly T[] | null | undefined,
  on: Date | string,
): ScoStatus | undefined {
  return entriesOn(history, on)[0]?.status
}
