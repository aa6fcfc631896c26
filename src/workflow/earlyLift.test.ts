import { describe, expect, it } from 'vitest'

import { earlyLiftSentence, formatAhead, movedEarlierSentence, msAhead, msEarlier } from './earlyLift'

const minute = 60_000

describe('how far ahead an early lift is', () => {
  it('reads as hours and minutes, or days and hours', () => {
    expect(formatAhead(125 * minute)).toBe('2 hours 5 minutes')
    expect(formatAhead(10 * minute)).toBe('10 minutes')
    expect(formatAhead(60 * minute)).toBe('1 hour')
    expect(formatAhead(61 * minute)).toBe('1 hour 1 minute')
    expect(formatAhead(27 * 60 * minute + 20 * minute)).toBe('1 day 3 hours')
    expect(formatAhead(20_000)).toBe('less than a minute')
  })

  it('is nothing once the planned time has come', () => {
    const now = new Date('2026-11-23T10:00:00Z')
    expect(msAhead('2026-11-23T10:10:00Z', now)).toBe(10 * minute)
    expect(msAhead('2026-11-23T10:00:00Z', now)).toBeUndefined()
    expect(msAhead('2026-11-23T09:00:00Z', now)).toBeUndefined()
    expect(msAhead(null, now)).toBeUndefined()
  })

  it('names who lifted it, how far ahead and why', () => {
    const sentence = { by: 'Ada Editor', ms: 125 * minute, reason: ' Leaked by a wire ' }
    expect(earlyLiftSentence({ ...sentence, embargoed: true })).toBe(
      'Embargo lifted early by Ada Editor, 2 hours 5 minutes ahead: Leaked by a wire',
    )
    expect(earlyLiftSentence({ ...sentence, embargoed: false })).toBe(
      'Schedule brought forward by Ada Editor, 2 hours 5 minutes ahead: Leaked by a wire',
    )
  })
})

describe('a new lift time earlier than the planned one', () => {
  const now = new Date('2026-11-23T10:00:00Z')
  it('is how much earlier, while the planned time is still ahead', () => {
    expect(msEarlier('2026-11-24T10:00:00Z', '2026-11-24T07:00:00Z', now)).toBe(180 * minute)
    expect(movedEarlierSentence({ embargoed: true, by: 'Ada', ms: 180 * minute, reason: ' Summit ' })).toBe(
      'Embargo moved earlier by Ada, 3 hours: Summit',
    )
  })

  it('is nothing for a later or equal time, or once the planned time has come', () => {
    expect(msEarlier('2026-11-24T10:00:00Z', '2026-11-24T12:00:00Z', now)).toBeUndefined()
    expect(msEarlier('2026-11-24T10:00:00Z', '2026-11-24T10:00:00Z', now)).toBeUndefined()
    expect(msEarlier('2026-11-23T09:00:00Z', '2026-11-23T08:00:00Z', now)).toBeUndefined()
    expect(msEarlier(null, '2026-11-23T08:00:00Z', now)).toBeUndefined()
  })
})
