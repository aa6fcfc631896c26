import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { threeWayMerge } from './threeWayMerge'

const fields = [
  { name: 'headline', type: 'text' },
  { name: 'summary', type: 'textarea', label: 'Summary (lede)' },
  { name: 'topics', type: 'relationship', hasMany: true },
  {
    name: 'dateline',
    type: 'group',
    flattenedFields: [
      { name: 'place', type: 'text' },
      { name: 'date', type: 'date' },
    ],
  },
  { name: 'body', type: 'richText' },
] as unknown as FlattenedField[]

const base = {
  headline: 'Old headline',
  summary: 'Old summary',
  topics: [1, 2],
  dateline: { place: 'Beijing', date: '2026-11-20T12:00:00.000Z' },
  body: { root: { children: [{ text: 'a', type: 'text' }] } },
  updatedAt: 't0',
}

describe('threeWayMerge', () => {
  it("keeps a colleague's change to a field the client did not touch, and the client's own change", () => {
    const current = { ...base, headline: 'Their headline', updatedAt: 't1' }
    const yours = { ...base, summary: 'My summary' }
    const { data, conflicts, changed } = threeWayMerge(fields, base, current, yours)
    expect(conflicts).toEqual([])
    expect(data.headline).toBe('Their headline')
    expect(data.summary).toBe('My summary')
    expect(changed).toEqual(['summary'])
  })

  it('reports a field both changed to different values, with both values', () => {
    const current = { ...base, headline: 'Their headline' }
    const yours = { ...base, headline: 'My headline', summary: 'My summary' }
    const { conflicts } = threeWayMerge(fields, base, current, yours)
    expect(conflicts).toEqual([
      { path: 'headline', label: 'Headline', theirs: 'Their headline', yours: 'My headline' },
    ])
  })

  it('accepts the same change made by both', () => {
    const current = { ...base, headline: 'Same' }
    const { data, conflicts } = threeWayMerge(fields, base, current, { ...base, headline: 'Same' })
    expect(conflicts).toEqual([])
    expect(data.headline).toBe('Same')
  })

  it('merges a group per sub-field and names a conflict inside it by its path', () => {
    const current = { ...base, dateline: { ...base.dateline, place: 'Tashkent' } }
    const yours = { ...base, dateline: { ...base.dateline, date: '2026-11-21T12:00:00.000Z' } }
    const merged = threeWayMerge(fields, base, current, yours)
    expect(merged.conflicts).toEqual([])
    expect(merged.data.dateline).toEqual({ place: 'Tashkent', date: '2026-11-21T12:00:00.000Z' })
    const clash = threeWayMerge(fields, base, current, {
      ...base,
      dateline: { ...base.dateline, place: 'Astana' },
    })
    expect(clash.conflicts.map((one) => [one.path, one.label])).toEqual([
      ['dateline.place', 'Dateline › Place'],
    ])
  })

  it('compares rich text as one value, ignoring key order, and relations by id', () => {
    const current = { ...base, body: { root: { children: [{ text: 'b', type: 'text' }] } } }
    const yours = {
      ...base,
      body: { root: { children: [{ type: 'text', text: 'a' }] } },
      topics: [{ id: 1 }, { id: 2 }],
    }
    const { data, conflicts } = threeWayMerge(fields, base, current, yours)
    expect(conflicts).toEqual([])
    expect(data.body).toEqual(current.body)
  })

  it('treats an empty text, an empty list and a missing value alike', () => {
    const sparse = { ...base, summary: null, topics: null }
    const current = { ...sparse, summary: 'Their summary', topics: [3] }
    const { data, conflicts } = threeWayMerge(fields, sparse, current, { ...sparse, summary: '', topics: [] })
    expect(conflicts).toEqual([])
    expect(data.summary).toBe('Their summary')
    expect(data.topics).toEqual([3])
  })

  it('leaves out what the client did not send, and never merges the status or timestamps', () => {
    const current = { ...base, _status: 'published', updatedAt: 't1' }
    const { data } = threeWayMerge(fields, { ...base, _status: 'draft' }, current, {
      headline: 'Mine',
      _status: 'draft',
      updatedAt: 't0',
    })
    expect(data).toEqual({ headline: 'Mine', _status: 'draft', updatedAt: 't0' })
  })

  it("settles a conflict the client was shown as it asks: its value, or the colleague's", () => {
    const current = { ...base, headline: 'Theirs', summary: 'Their summary' }
    const yours = { ...base, headline: 'Mine', summary: 'My summary' }
    const { data, conflicts } = threeWayMerge(fields, base, current, yours, {
      headline: 'mine',
      summary: 'theirs',
    })
    expect(conflicts).toEqual([])
    expect([data.headline, data.summary]).toEqual(['Mine', 'Their summary'])
  })
})
