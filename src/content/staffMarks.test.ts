import { describe, expect, it } from 'vitest'

import { editorState, paragraphNode } from './lexical'
import { hasStaffMarks, publicCopy, type StaffMarkRule } from './staffMarks'

const rules: Record<string, StaffMarkRule> = { 'test-anchor': 'unwrap', 'test-insert': 'drop' }
const text = (t: string) => ({ type: 'text', version: 1, text: t })

describe('publicCopy', () => {
  const body = editorState([
    {
      ...paragraphNode(''),
      children: [
        text('The Secretary-General '),
        { type: 'test-anchor', version: 1, children: [text('met')] },
        { type: 'test-insert', version: 1, children: [text(' briefly')] },
        text(' the delegation.'),
      ],
    },
  ])

  it('unwraps anchors and drops unaccepted insertions, at any depth', () => {
    const out = publicCopy(body, rules) as unknown as { root: { children: { children: unknown[] }[] } }
    expect(out.root.children[0]?.children).toEqual([
      text('The Secretary-General '),
      text('met'),
      text(' the delegation.'),
    ])
    expect(hasStaffMarks(out, rules)).toBe(false)
  })

  it('leaves a body without marks untouched (the same object)', () => {
    const plain = editorState([paragraphNode('No marks here.')])
    expect(publicCopy(plain, rules)).toBe(plain)
    expect(hasStaffMarks(body, rules)).toBe(true)
  })
})

describe('publicCopy of proposed paragraph breaks and joins', () => {
  const mark = (type: string) => ({ type, version: 1, suggestionId: type, by: '7', byName: 'Elena', at: '' })
  const paragraph = (...children: unknown[]) => ({ ...paragraphNode(''), children })
  const texts = (state: unknown) =>
    (state as { root: { children: { children: { text?: string }[] }[] } }).root.children.map((block) =>
      block.children.map((child) => child.text ?? '').join(''),
    )

  it('reads a proposed break as not there: the paragraph and the next are one, in a chain too', () => {
    const body = editorState([
      paragraph(text('The ministers met. '), mark('suggestedParagraphBreak')),
      paragraph(text('The talks began. '), mark('suggestedParagraphBreak')),
      paragraph(text('They ended at noon.')),
      paragraph(text('A statement followed.'), mark('suggestedParagraphBreak')),
    ])
    expect(texts(publicCopy(body))).toEqual([
      'The ministers met. The talks began. They ended at noon.',
      'A statement followed.',
    ])
  })

  it('reads a proposed join as not there: the two paragraphs stay two', () => {
    const body = editorState([
      paragraph(text('The ministers met.'), mark('suggestedParagraphJoin')),
      paragraph(text('The talks began.')),
    ])
    expect(texts(publicCopy(body))).toEqual(['The ministers met.', 'The talks began.'])
    expect(hasStaffMarks(publicCopy(body))).toBe(false)
  })
})
