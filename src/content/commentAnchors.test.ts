import { describe, expect, it } from 'vitest'

import { anchorIdPattern, anchorIdsIn, newAnchorId, quoteOf } from './commentAnchors'
import { editorState, paragraphNode } from './lexical'
import { publicCopy } from './staffMarks'

const text = (t: string) => ({ type: 'text', version: 1, text: t })
const mark = (ids: string[], words: string) => ({ type: 'mark', version: 1, ids, children: [text(words)] })

describe('comment anchors', () => {
  const body = editorState([
    {
      ...paragraphNode(''),
      children: [text('The Secretary-General '), mark(['c-aaaaaaaa', 'c-bbbbbbbb'], 'met'), text(' them.')],
    },
    { ...paragraphNode(''), children: [mark(['c-bbbbbbbb'], 'Later')] },
  ])

  it('finds every thread’s mark once, overlaps included', () => {
    expect(anchorIdsIn(body)).toEqual(['c-aaaaaaaa', 'c-bbbbbbbb'])
    expect(anchorIdsIn(null)).toEqual([])
  })

  it('are staff marks: the public copy keeps the words and loses the mark and its ids', () => {
    const out = publicCopy(body)
    expect(anchorIdsIn(out)).toEqual([])
    expect(JSON.stringify(out)).not.toContain('c-aaaaaaaa')
    expect(JSON.stringify(out)).toContain('"text":"met"')
  })

  it('makes ids the server accepts, and quotes one line', () => {
    expect(newAnchorId()).toMatch(anchorIdPattern)
    expect(anchorIdPattern.test('c-"><script>')).toBe(false)
    expect(quoteOf('  two\n lines ')).toBe('two lines')
    expect(quoteOf('x'.repeat(400))).toHaveLength(300)
  })
})
