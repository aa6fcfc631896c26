import { describe, expect, it } from 'vitest'

import { canonicalTimeZone, isTimeZone, timeZones } from './timeZones'

const current = ['Asia/Kolkata', 'Asia/Kathmandu', 'Europe/Kyiv', 'Asia/Ho_Chi_Minh', 'UTC']

describe('time zones', () => {
  it('list every zone once, under its current IANA name', () => {
    expect(timeZones).toEqual(
      expect.arrayContaining([...current, 'Europe/Vienna', 'Etc/GMT+12', 'Etc/GMT-14']),
    )
    expect(new Set(timeZones).size).toBe(timeZones.length)
    for (const old of [
      'Asia/Calcutta',
      'Asia/Katmandu',
      'Europe/Kiev',
      'Asia/Saigon',
      'Etc/UTC',
      'America/Godthab',
    ])
      expect(timeZones).not.toContain(old)
    // No two names in the list are the same zone.
    expect(new Set(timeZones.map(canonicalTimeZone)).size).toBe(timeZones.length)
  })

  it('accept every current name, the old ones and links, and store the current one', () => {
    for (const zone of [...current, 'Etc/UTC']) expect(isTimeZone(zone)).toBe(true)
    expect(canonicalTimeZone('Asia/Calcutta')).toBe('Asia/Kolkata')
    expect(canonicalTimeZone('asia/kolkata')).toBe('Asia/Kolkata')
    expect(canonicalTimeZone('Europe/Kiev')).toBe('Europe/Kyiv')
    expect(canonicalTimeZone('Etc/UTC')).toBe('UTC')
    expect(canonicalTimeZone('US/Eastern')).toBe('America/New_York')
    // Whatever is stored is something Payload's date fields accept (their options are this list).
    for (const zone of ['Asia/Calcutta', 'Etc/UTC', 'US/Eastern', 'Etc/GMT+5', 'CET', 'GMT'])
      expect(timeZones).toContain(canonicalTimeZone(zone))
  })

  it('refuse what is not a zone', () => {
    for (const zone of ['Mars/Olympus', '', 'Europe/', 'Europe/'.repeat(20), 42, null, undefined])
      expect(isTimeZone(zone)).toBe(false)
  })
})
