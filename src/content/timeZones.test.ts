import { describe, expect, it } from 'vitest'

import { canonicalTimeZone, isTimeZone, matchesZone, timeZoneLabel, timeZones, utcOffset } from './timeZones'

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

  it('name each zone with its offset from UTC at the moment asked', () => {
    expect(timeZoneLabel('Asia/Shanghai')).toBe('Asia/Shanghai (UTC+08:00)')
    expect(timeZoneLabel('Asia/Kolkata')).toBe('Asia/Kolkata (UTC+05:30)')
    expect(utcOffset('UTC')).toBe('UTC+00:00')
    expect(utcOffset('America/Argentina/Buenos_Aires')).toBe('UTC-03:00')
    // Summer time: Vienna is an hour further ahead in July than in January.
    expect(utcOffset('Europe/Vienna', new Date('2026-01-15T12:00:00Z'))).toBe('UTC+01:00')
    expect(utcOffset('Europe/Vienna', new Date('2026-07-15T12:00:00Z'))).toBe('UTC+02:00')
  })

  it('are found by any words of their name or their offset', () => {
    const found = (search: string) => timeZones.filter((zone) => matchesZone(timeZoneLabel(zone), search))
    expect(found('shanghai')).toEqual(['Asia/Shanghai'])
    expect(found('New York')).toEqual(['America/New_York'])
    expect(found('+05:30')).toEqual(['Asia/Colombo', 'Asia/Kolkata'])
    expect(found('')).toHaveLength(timeZones.length)
    expect(found('atlantis')).toEqual([])
  })
})
