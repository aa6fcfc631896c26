import { describe, expect, it } from 'vitest'

import { blockNode, editorState, paragraphNode } from '@/content/lexical'

import { batches } from './libreTranslate'
import { translateReleaseText } from './releaseText'

const upper = async (texts: string[]) => texts.map((text) => text.toUpperCase())

describe('a machine draft of a release', () => {
  it('translates the fields and every text node, and keeps blocks, links and formatting', async () => {
    const link = {
      type: 'link',
      version: 3,
      fields: { url: 'https://un.org', linkType: 'custom' },
      children: [
        { type: 'text', version: 1, text: 'the UN', format: 1, detail: 0, mode: 'normal', style: '' },
      ],
    }
    const paragraph = paragraphNode('Talks with ') as unknown as { children: unknown[] }
    paragraph.children.push(link)
    const quote = blockNode('quote', { speech: 7, text: 'We stand together.' }, 'q1')
    const english = {
      headline: 'Secretary-General meets',
      dateline: { place: 'New York' },
      summary: ' A summary. ',
      body: editorState([paragraph as never, quote, paragraphNode('2025')]),
    }
    const before = JSON.stringify(english)
    const seen: string[][] = []
    const draft = await translateReleaseText(english, async (texts) => (seen.push(texts), upper(texts)))

    expect(JSON.stringify(english)).toBe(before)
    expect(seen).toEqual([['Secretary-General meets', 'New York', 'A summary.', 'Talks with', 'the UN']])
    expect(draft).toMatchObject({ headline: 'SECRETARY-GENERAL MEETS', dateline: { place: 'NEW YORK' } })
    expect(draft.summary).toBe(' A SUMMARY. ')
    const [p, block, year] = (draft.body as { root: { children: Record<string, unknown>[] } }).root.children
    const [text, translatedLink] = p!.children as Record<string, unknown>[]
    // The space before the link is kept; the link keeps its address and its word's format.
    expect(text!.text).toBe('TALKS WITH ')
    expect(translatedLink).toMatchObject({
      fields: { url: 'https://un.org' },
      children: [{ text: 'THE UN', format: 1 }],
    })
    expect(block).toEqual(quote)
    expect((year!.children as { text: string }[])[0]!.text).toBe('2025')
  })

  it('sends nothing when there are no words', async () => {
    const draft = await translateReleaseText({ headline: '', body: null }, async () => {
      throw new Error('not called')
    })
    expect(draft.headline).toBe('')
  })

  it('batches texts for the service', () => {
    expect(batches([])).toEqual([])
    expect(batches(Array.from({ length: 120 }, () => 'a')).map((b) => b.length)).toEqual([50, 50, 20])
    expect(batches(['x'.repeat(3_000), 'y'.repeat(3_000), 'z']).map((b) => b.length)).toEqual([1, 2])
  })
})
