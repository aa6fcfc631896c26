import { describe, expect, it } from 'vitest'

import { hasUnsavedText } from './unsavedText'

const stored = { headline: 'Talks in Tashkent', summary: 'The ministers met.', topics: [3], slug: 'talks' }

describe('hasUnsavedText: the review actions wait for the saved text, and only for it', () => {
  it('is unsaved while a change has not reached the server', () => {
    const values = { ...stored, summary: 'The ministers met on Monday.' }
    expect(hasUnsavedText({ modified: true, saving: false, values, saved: [stored, null] })).toBe(true)
  })

  it('is saved after typing and undoing, though the form still says modified', () => {
    expect(
      hasUnsavedText({ modified: true, saving: false, values: { ...stored }, saved: [stored, null] }),
    ).toBe(false)
  })

  it('is saved once autosave has stored what it sent, even when the server reshapes the document', () => {
    const withBlock = {
      ...stored,
      body: { root: { children: [{ type: 'block', fields: { quote: 'Yes' } }] } },
    }
    const returned = {
      ...withBlock,
      body: { root: { children: [{ type: 'block', fields: { quote: 'Yes', speech: null, id: 'x' } }] } },
    }
    // `returned` adds a key the form lacks; the values sent match the form exactly.
    expect(
      hasUnsavedText({ modified: true, saving: false, values: withBlock, saved: [returned, withBlock] }),
    ).toBe(false)
    expect(
      hasUnsavedText({ modified: true, saving: false, values: withBlock, saved: [returned, null] }),
    ).toBe(true)
  })

  it('is unsaved while a save is running, and never when nothing was touched', () => {
    expect(hasUnsavedText({ modified: false, saving: true, values: stored, saved: [stored, null] })).toBe(
      true,
    )
    const values = { ...stored, headline: 'Other' }
    expect(hasUnsavedText({ modified: false, saving: false, values, saved: [stored, null] })).toBe(false)
  })

  it('ignores what the server writes itself (slug, status, timestamps)', () => {
    const values = { ...stored, slug: 'talks-2', editorialStatus: 'draft', updatedAt: 'now' }
    expect(hasUnsavedText({ modified: true, saving: false, values, saved: [stored, null] })).toBe(false)
  })
})
