import { describe, expect, it } from 'vitest'

import { entriesOn, periodCovers, scoStatusOn } from '@/content/positions'

const india = [
  { status: 'observer' as const, from: '2005-07-05T12:00:00.000Z', to: '2017-06-09T12:00:00.000Z' },
  { status: 'member-state' as const, from: '2017-06-09T12:00:00.000Z' },
]

describe('status and positions by date', () => {
  it('includes both ends of a period and leaves an open end open', () => {
    expect(periodCovers({ from: '2019-01-01', to: '2019-12-31' }, '2019-12-31')).toBe(true)
    expect(periodCovers({ from: '2019-01-01', to: '2019-12-31' }, '2020-01-01')).toBe(false)
    expect(periodCovers({ from: '2019-01-01' }, '2030-05-01')).toBe(true)
    expect(periodCovers({}, '1990-01-01')).toBe(true)
  })

  it('resolves a country’s SCO status on a given day, the newer status winning on the changeover day', () => {
    expect(scoStatusOn(india, '2016-11-22')).toBe('observer')
    expect(scoStatusOn(india, '2017-06-09')).toBe('member-state')
    expect(scoStatusOn(india, '2019-11-19')).toBe('member-state')
    expect(scoStatusOn(india, '2001-01-01')).toBeUndefined()
  })

  it('lists the positions held that day, latest first', () => {
    const positions = [
      { title: 'Ambassador', from: '2010-01-01', to: '2015-12-31' },
      { title: 'Minister', from: '2016-01-01' },
    ]
    expect(entriesOn(positions, '2018-11-27').map((p) => p.title)).toEqual(['Minister'])
    expect(entriesOn(positions, '2012-03-01').map((p) => p.title)).toEqual(['Ambassador'])
  })
})
