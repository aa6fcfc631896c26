import { describe, expect, it } from 'vitest'

import { editorState, paragraphNode } from './lexical'
import { stampSuggestions, suggestionChanges } from './suggestionChanges'
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
