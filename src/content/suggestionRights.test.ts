import { describe, expect, it } from 'vitest'

import { editorState, paragraphNode } from './lexical'
import { mayDecide, stampSuggestions, suggestionChanges } from './suggestionRights'
import { openSuggestions, suggestedDeletionType, suggestedInsertionType } from './suggestions'

const text = (t: string) => ({ type: 'text', version: 1, text: t })
const mark = (type: string, words: string, suggestionId: string, by = '7', byName = 'Elena') => ({
  type,
  version: 1,
  suggestionId,
  by,
  byName,
  at: '2026-12-01T08:00:00.000Z',
  children: [text(words)],
})
const body = (...children: unknown[]) => editorState([{ ...paragraphNode(''), children }])

const editor = { collection: 'users', id: 1, role: 'editor' }
const officer = { collection: 'users', id: 2, role: 'press-officer' }
const elena = { collection: 'users', id: 7, role: 'press-officer' }

describe('who decides a suggestion', () => {
  const elenas = { by: '7' }
  it('editors and the release’s author accept or reject; the suggester withdraws; nobody else', () => {
    expect(mayDecide(editor, 99, elenas)).toBe(true)
    expect(mayDecide(officer, 2, elenas)).toBe(true)
    expect(mayDecide(officer, '2', elenas)).toBe(true)
    expect(mayDecide(elena, 99, elenas)).toBe(true)
    expect(mayDecide(officer, 99, elenas)).toBe(false)
    expect(mayDecide(officer, undefined, elenas)).toBe(false)
    expect(mayDecide(null, undefined, { by: '' })).toBe(false)
    // A user of another auth collection is no editor, whatever their role says.
    expect(mayDecide({ ...editor, collection: 'readers' }, 99, elenas)).toBe(false)
  })
})

describe('the suggestions two bodies differ by', () => {
  const before = body(
    mark(suggestedInsertionType, 'briefly ', 'a'),
    text('met '),
    mark(suggestedDeletionType, 'the ', 'a'),
  )

  it('are the decided (gone) and the added, by kind and id', () => {
    const after = body(
      text('briefly met '),
      mark(suggestedDeletionType, 'the ', 'a'),
      mark(suggestedInsertionType, 'x', 'b'),
    )
    const { decided, added } = suggestionChanges(before, after)
    expect(decided.map((s) => [s.kind, s.suggestionId, s.text])).toEqual([['insertion', 'a', 'briefly ']])
    expect(added.map((s) => [s.kind, s.suggestionId])).toEqual([['insertion', 'b']])
    expect(suggestionChanges(before, before)).toEqual({ decided: [], added: [] })
    expect(suggestionChanges(null, before).added).toHaveLength(2)
  })

  it('are stamped by the server: stored ones keep their meta, new ones are the saver’s', () => {
    const forged = body(
      mark(suggestedInsertionType, 'briefly ', 'a', '2', 'Officer'),
      mark(suggestedDeletionType, 'the ', 'a'),
      mark(suggestedInsertionType, 'x', 'b', '7', 'Elena'),
    )
    const mine = { by: '2', byName: 'Officer', at: '2026-12-01T09:00:00.000Z' }
    const stamped = openSuggestions(stampSuggestions(forged, before, mine))
    expect(stamped.map(({ kind, suggestionId, by, byName }) => [kind, suggestionId, by, byName])).toEqual([
      ['insertion', 'a', '7', 'Elena'],
      ['deletion', 'a', '7', 'Elena'],
      ['insertion', 'b', '2', 'Officer'],
    ])
    expect(stamped[2]!.at).toBe(mine.at)
  })
})
