import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { blockNode, editorState } from '@/content/lexical'

import { RichBody } from './RichBody'

const speech = { id: 1, title: 'Opening remarks', slug: 'opening-remarks', date: '2019-11-19', speaker: 2 }
const quoteBlock = (paraphrase: boolean) =>
  renderToStaticMarkup(
    createElement(RichBody, {
      data: editorState([blockNode('speechQuote', { speech, quote: 'We act together', paraphrase }, 'q1')]),
    }),
  )

describe('quote blocks on the site', () => {
  it('show verbatim words as a quotation, and an accepted paraphrase as plain text', () => {
    expect(quoteBlock(false)).toContain('<blockquote><p>We act together</p></blockquote>')
    const paraphrase = quoteBlock(true)
    expect(paraphrase).not.toContain('<blockquote')
    expect(paraphrase).toContain('<p class="quote-paraphrase">We act together</p>')
    expect(paraphrase).toContain('Opening remarks')
  })
})
