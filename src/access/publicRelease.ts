import type { Where } from 'payload'

/** The public reads a release only when it is published and its embargo, if any, has lifted. */
export function publicReleaseWhere(now: Date = new Date()): Where {
  return {
    and: [
      { _status: { equals: 'published' } },
      { or: [{ embargoUntil: { exists: false } }, { embargoUntil: { less_than_equal: now.toISOString() } }] },
    ],
  }
}
