import { describe, expect, it } from 'vitest'

import { editorState, paragraphNode } from '@/content/lexical'

import { changedPassage, diffRecords, fieldLabel, flattenRecord } from './recordDiff'

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' }

describe('diffRecords', () => {
  it('names a changed title with its old and new words, and nothing that did not change', () => {
    const before = {
      id: 1,
      title: { en: 'Address to the Council', ru: 'Речь' },
      date: '2026-11-19T00:00:00.000Z',
    }
    const after = { ...before, title: { en: 'Address to the Security Council', ru: 'Речь' } }
    expect(diffRecords(before, after)).toEqual([
      { field: 'Title', from: 'Address to the Council', to: 'Address to the Security Council' },
    ])
  })

  it('reads a participant’s position row, a translation and a related record by their names', () => {
    const secretariat = { id: 7, name: 'SCO Secretariat', ...stamp }
    const before = {
      name: 'Vladimir Norov',
      positions: [{ id: 'a', title: { en: 'Deputy' }, organisation: secretariat }],
      bio: { ru: 'Старое' },
    }
    const after = {
      name: 'Vladimir Norov',
      positions: [{ id: 'b', title: { en: 'Secretary-General' }, organisation: secretariat }],
      bio: { ru: 'Новое' },
      updatedAt: 'later',
      _status: 'draft',
      lastEditedBy: 3,
    }
    expect(diffRecords(before, after)).toEqual([
      { field: 'Positions 1 › Title', from: 'Deputy', to: 'Secretary-General' },
      { field: 'Bio (ru)', from: 'Старое', to: 'Новое' },
    ])
  })

  it('lists every field of a new record against nothing, rich text as its words', () => {
    const speech = {
      title: { en: 'Statement' },
      text: { en: editorState([paragraphNode('We reject double standards.')]) },
      speaker: { id: 2, name: { en: 'Zhang Ming', ru: 'Чжан Мин' }, ...stamp },
      quotes: [],
      releases: { docs: [], hasNextPage: false },
      date: '2026-11-19T00:00:00.000Z',
    }
    expect(diffRecords(undefined, speech)).toEqual([
      { field: 'Title', from: '', to: 'Statement' },
      { field: 'Text', from: '', to: 'We reject double standards.' },
      { field: 'Speaker', from: '', to: 'Zhang Ming' },
      { field: 'Date', from: '', to: '19 Nov 2026' },
    ])
  })

  it('shows a hasMany relationship as one list, unreadable records by id', () => {
    const topic = (id: number, title: string) => ({ id, title, ...stamp })
    expect(diffRecords({ topics: [topic(1, 'Terrorism')] }, { topics: [topic(1, 'Terrorism'), 9] })).toEqual([
      { field: 'Topics', from: 'Terrorism', to: 'Terrorism, 9' },
    ])
  })
})

describe('changedPassage', () => {
  it('keeps short texts whole and cuts long ones to the changed words with some context', () => {
    expect(changedPassage('a b', 'a c')).toEqual({ from: 'a b', to: 'a c' })
    const long = Array.from({ length: 100 }, (_, index) => `w${index}`)
    const changed = [...long]
    changed[50] = 'CHANGED'
    expect(changedPassage(long.join(' '), changed.join(' '))).toEqual({
      from: '… w44 w45 w46 w47 w48 w49 w50 w51 w52 w53 w54 w55 w56 …',
      to: '… w44 w45 w46 w47 w48 w49 CHANGED w51 w52 w53 w54 w55 w56 …',
    })
  })
})

describe('fieldLabel and flattenRecord', () => {
  it('label paths in words', () => {
    expect(fieldLabel('videoUrl')).toBe('Video url')
    expect(fieldLabel('quotes.2.quote.zh')).toBe('Quotes 2 › Quote (zh)')
  })

  it('leaves out empty values and bookkeeping', () => {
    expect([...flattenRecord({ id: 1, title: '', note: null, _status: 'draft', slug: 'x' })]).toEqual([
      ['slug', 'x'],
    ])
  })
})
