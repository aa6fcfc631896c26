import { describe, expect, it } from 'vitest'

import { editorState, paragraphNode } from './lexical'
import { staffMarks } from './staffMarks'
import {
  countOpenSuggestions,
  openSuggestions,
  proposalWords,
  suggestedDeletionType,
  suggestedInsertionType,
  suggestedParagraphBreakType,
  suggestedParagraphJoinType,
} from './suggestions'

const text = (t: string) => ({ type: 'text', version: 1, text: t })
const mark = (type: string, words: string[], suggestionId: string) => ({
  type,
  version: 1,
  suggestionId,
  by: '7',
  byName: 'Elena',
  at: '2026-12-01T08:00:00.000Z',
  children: words.map(text),
})

describe('open suggestions in a stored body', () => {
  const body = editorState([
    {
      ...paragraphNode(''),
      children: [
        text('The ministers '),
        mark(suggestedInsertionType, ['briefly ', 'and warmly '], 'a'),
        text('met '),
        mark(suggestedDeletionType, ['the '], 'b'),
      ],
    },
    // One proposal may span paragraphs: one suggestion, its words joined.
    { ...paragraphNode(''), children: [mark(suggestedDeletionType, ['delegation'], 'b')] },
  ])

  it('lists one per proposal, with who, when and the words', () => {
    expect(openSuggestions(body)).toEqual([
      expect.objectContaining({ kind: 'insertion', suggestionId: 'a', by: '7', text: 'briefly and warmly ' }),
      expect.objectContaining({
        kind: 'deletion',
        suggestionId: 'b',
        byName: 'Elena',
        text: 'the delegation',
      }),
    ])
  })

  it('counts every language of a `locale: all` value', () => {
    expect(countOpenSuggestions({ en: body, ru: body, zh: editorState([paragraphNode('Нет.')]) })).toBe(4)
    expect(countOpenSuggestions(null)).toBe(0)
  })

  it('are staff marks: an insertion is dropped for the public, a deletion keeps its words', () => {
    expect(staffMarks[suggestedInsertionType]).toBe('drop')
    expect(staffMarks[suggestedDeletionType]).toBe('unwrap')
  })
})

describe('proposed paragraph breaks and joins in a stored body', () => {
  const body = editorState([
    { ...paragraphNode(''), children: [text('Met. '), mark(suggestedParagraphBreakType, [], 'p')] },
    { ...paragraphNode(''), children: [text('Began.'), mark(suggestedParagraphJoinType, [], 'j')] },
    paragraphNode('Ended.'),
  ])

  it('are open suggestions too, an insertion and a deletion of a paragraph break', () => {
    const open = openSuggestions(body)
    expect(open).toEqual([
      expect.objectContaining({ kind: 'insertion', paragraph: true, suggestionId: 'p', text: '' }),
      expect.objectContaining({ kind: 'deletion', paragraph: true, suggestionId: 'j', text: '' }),
    ])
    expect(open.map((s) => proposalWords(s, 'ing'))).toEqual([
      'starting a new paragraph',
      'joining two paragraphs',
    ])
    expect(countOpenSuggestions(body)).toBe(2)
  })
})
