import { describe, expect, it } from 'vitest'

import { editorState, paragraphNode } from '@/content/lexical'

import { decideTranslation } from './actions'
import { partsOf, sameParts } from './parts'
import { heldForTranslations, pendingLanguages } from './policy'
import { sourceChanges } from './sourceChanges'
import { settle, type TranslationState } from './status'

const english = (...paragraphs: string[]) =>
  partsOf({
    headline: 'Norov met Guterres',
    dateline: { place: 'New York' },
    summary: 'They met.',
    body: editorState(paragraphs.map(paragraphNode)),
  })

const own = (hash: string, hasText = true) => ({ hasText, hash })
const done: TranslationState = {
  status: 'translated',
  source: english('One.', 'Two.'),
  doneHash: 'h1',
  approved: false,
}

describe('a translation status', () => {
  it('is missing without text, in translation with text not marked done', () => {
    expect(settle({}, { own: own('h', false) }).status).toBe('missing')
    expect(settle({}, { own: own('h') }).status).toBe('in_translation')
    expect(settle({ status: 'in_translation' }, { english: english('One.') }).status).toBe('in_translation')
  })

  it('needs an update when the English changes after it was marked done, and not after a save that changes nothing', () => {
    expect(settle(done, { english: english('One.', 'Two.') }).status).toBe('translated')
    expect(settle(done, { english: english('One.', 'Two, changed.') }).status).toBe('needs_update')
    const approved = { ...done, approved: true, status: 'approved' as const }
    const stale = settle(approved, { english: english('One.', 'Two, changed.') })
    expect(stale.status).toBe('needs_update')
    // A save in another language does not know the English: the status stays.
    expect(settle(stale, { own: own('h1') }).status).toBe('needs_update')
    // The English changed back: the approval holds again.
    expect(settle(stale, { english: english('One.', 'Two.') }).status).toBe('approved')
  })

  it('loses its marks when its own text is edited or emptied', () => {
    const approved = { ...done, approved: true, status: 'approved' as const }
    expect(settle(approved, { own: own('h1') }).status).toBe('approved')
    expect(settle(approved, { own: own('h2') })).toMatchObject({
      status: 'in_translation',
      approved: false,
      doneHash: null,
    })
    expect(settle(approved, { own: own('h1', false) }).status).toBe('missing')
  })
})

describe('the parts of a release a translation follows', () => {
  it('ignore Lexical bookkeeping but not words, links or block fields', () => {
    const plain = editorState([paragraphNode('Text.')])
    const reSaved = JSON.parse(
      JSON.stringify(plain).replace('"type":"paragraph"', '"textFormat":0,"type":"paragraph"'),
    )
    expect(sameParts(partsOf({ body: plain }), partsOf({ body: reSaved }))).toBe(true)
    const link = (url: string) => ({
      root: {
        children: [
          { type: 'paragraph', children: [{ type: 'link', fields: { url }, children: [{ text: 'UN' }] }] },
        ],
      },
    })
    expect(
      sameParts(partsOf({ body: link('https://un.org') }), partsOf({ body: link('https://sco.int') })),
    ).toBe(false)
    const block = (quote: string) => ({
      root: { children: [{ type: 'block', fields: { id: 'x', blockType: 'speechQuote', quote } }] },
    })
    expect(partsOf({ body: block('a') })).not.toEqual(partsOf({ body: block('b') }))
  })

  it('show what changed: an added paragraph as one addition, an edit with its old and new words', () => {
    expect(sourceChanges(english('One.', 'Two.'), english('Zero.', 'One.', 'Two.'))).toEqual([
      { key: 'body.0', label: 'Body, paragraph 1', after: 'Zero.' },
    ])
    const before = english('One.', 'Two.')
    const after = { ...english('One.', 'Two!'), headline: 'Norov met Guterres in New York' }
    expect(sourceChanges(before, after)).toEqual([
      {
        key: 'headline',
        label: 'Headline',
        before: 'Norov met Guterres',
        after: 'Norov met Guterres in New York',
      },
      { key: 'body.1', label: 'Body, paragraph 2', before: 'Two.', after: 'Two!' },
    ])
    expect(sourceChanges(english('One.', 'Two.'), english('One.'))).toEqual([
      { key: 'body.1', label: 'Body, paragraph 2', before: 'Two.' },
    ])
  })
})

describe('who does what to a translation', () => {
  const base = { locale: 'ru' as const, approved: false }
  it('lets officers mark done and editors approve, never the reverse', () => {
    expect(
      decideTranslation({ ...base, action: 'done', status: 'in_translation', actor: 'press-officer' }).ok,
    ).toBe(true)
    expect(
      decideTranslation({ ...base, action: 'approve', status: 'translated', actor: 'press-officer' }),
    ).toMatchObject({ ok: false, status: 403 })
    expect(decideTranslation({ ...base, action: 'approve', status: 'translated', actor: 'editor' }).ok).toBe(
      true,
    )
    expect(
      decideTranslation({
        ...base,
        action: 'reopen',
        status: 'approved',
        approved: true,
        actor: 'press-officer',
      }),
    ).toMatchObject({ ok: false, status: 403 })
    expect(
      decideTranslation({ ...base, action: 'done', status: 'in_translation', actor: undefined }),
    ).toMatchObject({ ok: false, status: 403 })
  })

  it('refuses what the status does not allow, saying why', () => {
    expect(decideTranslation({ ...base, action: 'done', status: 'missing', actor: 'editor' })).toMatchObject({
      status: 409,
      reason: expect.stringContaining('no Russian text'),
    })
    expect(
      decideTranslation({ ...base, action: 'approve', status: 'needs_update', actor: 'editor' }),
    ).toMatchObject({ status: 409, reason: expect.stringContaining('English changed') })
  })
})

describe('publication and pending languages', () => {
  it('waits only in "hold" mode, naming each pending language with its status', () => {
    const translations = { ru: { status: 'approved' as const }, zh: { status: 'needs_update' as const } }
    expect(pendingLanguages({ translationPolicy: 'follow', translations })).toEqual([])
    expect(pendingLanguages({ translationPolicy: 'hold', translations })).toEqual(['zh'])
    expect(heldForTranslations('Publish now', { translationPolicy: 'hold', translations })).toContain(
      'Chinese (needs update)',
    )
    expect(
      heldForTranslations('Publish now', {
        translationPolicy: 'hold',
        translations: { ...translations, zh: { status: 'approved' } },
      }),
    ).toBeUndefined()
  })
})
