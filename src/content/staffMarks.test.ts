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
