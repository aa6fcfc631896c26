import { describe, expect, it } from 'vitest'

import { momentInBothZones, statusLine } from './statusLine'

const at = '2026-11-30T12:02:00.000Z'

describe('the release’s one status line', () => {
  it('gives a scheduled release’s time in its zone and in the editor’s', () => {
    expect(
      statusLine({ status: 'scheduled', publishAt: at, publishZone: 'Asia/Shanghai' }, 'Europe/Berlin'),
    ).toEqual({
      label: 'Scheduled',
      detail: 'public on 30 Nov 2026, 20:02 Asia/Shanghai, 13:02 your time',
    })
    const embargoed = {
      status: 'scheduled',
      publishAt: at,
      publishZone: 'Asia/Shanghai',
      embargoUntil: at,
    } as const
    expect(statusLine(embargoed, 'Europe/Berlin').detail).toBe(
      'Embargoed until 30 Nov 2026, 20:02 Asia/Shanghai, 13:02 your time',
    )
  })

  it('repeats the date when the editor’s day differs, and adds nothing when the zones agree', () => {
    expect(momentInBothZones(at, 'Asia/Shanghai', 'America/Los_Angeles')).toBe(
      '30 Nov 2026, 20:02 Asia/Shanghai, 04:02 your time',
    )
    expect(momentInBothZones('2026-11-30T20:30:00Z', 'UTC', 'Asia/Shanghai')).toBe(
      '30 Nov 2026, 20:30 UTC, 1 Dec 2026, 04:30 your time',
    )
    expect(momentInBothZones(at, 'Asia/Shanghai', 'Asia/Shanghai')).toBe('30 Nov 2026, 20:02 Asia/Shanghai')
  })

  it('says when the public still reads an earlier published version', () => {
    expect(statusLine({ status: 'in_review', hasPublished: true }, 'UTC')).toEqual({
      label: 'In review',
      detail: 'the published version stays public until this text is published',
    })
    expect(statusLine({ status: 'published', hasPublished: true }, 'UTC')).toEqual({ label: 'Published' })
    expect(statusLine({ status: 'withdrawn', hasPublished: false }, 'UTC').detail).toBe('not public')
    expect(statusLine({ status: 'draft' }, 'UTC')).toEqual({ label: 'Draft' })
  })
})
