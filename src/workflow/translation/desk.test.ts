import { describe, expect, it } from 'vitest'

import { editorState, paragraphNode } from '@/content/lexical'

import { deskView } from './desk'
import { partsOf } from './parts'

const text = (headline: string, paragraphs: string[]) => ({
  headline,
  summary: `${headline}.`,
  dateline: { place: 'Vienna' },
  body: editorState(paragraphs.map(paragraphNode)),
})

describe('the translation desk', () => {
  it('puts each English part beside the translation, marking what changed since it was done', () => {
    const then = text('Met', ['One.', 'Two.'])
    const release = {
      headline: { en: 'Met', ru: 'Встретились' },
      summary: { en: 'Met.', ru: 'Встретились.' },
      dateline: { place: { en: 'Vienna', ru: 'Вена' } },
      body: {
        en: editorState(['One.', 'Two, changed.'].map(paragraphNode)),
        ru: editorState([paragraphNode('Раз.')]),
      },
      translations: { ru: { status: 'translated', source: partsOf(then), doneHash: 'h' } },
    }
    const [russian, chinese] = deskView(release, 'press-officer')
    expect(russian).toMatchObject({
      locale: 'ru',
      status: 'needs_update',
      actions: ['done', 'reopen', 'assign'],
    })
    expect(russian!.rows.map((row) => [row.label, row.english, row.translation, row.changed])).toEqual([
      ['Headline', 'Met', 'Встретились', undefined],
      ['Dateline place', 'Vienna', 'Вена', undefined],
      ['Summary', 'Met.', 'Встретились.', undefined],
      ['Body, paragraph 1', 'One.', 'Раз.', undefined],
      ['Body, paragraph 2', 'Two, changed.', undefined, { before: 'Two.' }],
    ])
    expect(chinese).toMatchObject({ status: 'missing', actions: ['assign'] })
  })
})
