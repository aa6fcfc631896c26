import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type LexicalEditor,
  type TextNode,
} from '@payloadcms/richtext-lexical/lexical'
import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import { describe, expect, it } from 'vitest'

import { openSuggestions, type SuggestionMeta } from '@/content/suggestions'
import { publicCopy } from '@/content/staffMarks'

import {
  $decideSuggestionNode,
  $suggestionNodesIn,
  SuggestedDeletionNode,
  SuggestedInsertionNode,
} from './nodes'
import { $suggestDelete, $suggestInsertText } from './suggest'

const elena: SuggestionMeta = { suggestionId: 's1', by: '7', byName: 'Elena', at: '2026-12-01T08:00:00.000Z' }
const omar: SuggestionMeta = { suggestionId: 's2', by: '9', byName: 'Omar', at: '2026-12-01T08:05:00.000Z' }

/** An editor holding one paragraph, the caret at `offset` of its text. */
function editorWith(text: string, offset: number): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [SuggestedInsertionNode, SuggestedDeletionNode],
    onError: (error) => {
      throw error
    },
  })
  editor.update(
    () => {
      const words = $createTextNode(text)
      $getRoot().append($createParagraphNode().append(words))
      words.select(offset, offset)
    },
    { discrete: true },
  )
  return editor
}

const run = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true })
const json = (editor: LexicalEditor) => editor.getEditorState().toJSON()
const text = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getTextContent())
/** The text as it reads once every suggestion is accepted, or rejected. */
const decided = (editor: LexicalEditor, decision: 'accept' | 'reject') => {
  run(editor, () => $suggestionNodesIn($getRoot()).forEach((node) => $decideSuggestionNode(node, decision)))
  return text(editor)
}

describe('suggesting mode', () => {
  it('types a suggested insertion, continued while the caret stays in it', () => {
    const editor = editorWith('The delegation met.', 14)
    run(editor, () => $suggestInsertText(' briefly', elena))
    run(editor, () => $suggestInsertText('!', elena))
    expect(text(editor)).toBe('The delegation briefly! met.')
    expect(openSuggestions(json(editor))).toMatchObject([
      { kind: 'insertion', suggestionId: 's1', by: '7', byName: 'Elena', text: ' briefly!' },
    ])
    // The public reads the text without the proposal.
    expect(JSON.stringify(publicCopy(json(editor), { suggestedInsertion: 'drop' }))).not.toContain('briefly')
  })

  it('keeps deleted characters in place, struck through, and Backspace steps over them', () => {
    const editor = editorWith('The delegation met.', 14)
    run(editor, () => $suggestDelete(elena, true))
    run(editor, () => $suggestDelete(elena, true))
    expect(text(editor)).toBe('The delegation met.')
    expect(openSuggestions(json(editor))).toMatchObject([{ kind: 'deletion', text: 'on' }])
    run(editor, () => $suggestInsertText('ors', elena))
    // Replaced "on" by "ors": the insertion sits before the struck letters (the caret was there).
    expect(text(editor)).toBe('The delegatiorson met.')
    expect(decided(editor, 'accept')).toBe('The delegatiors met.')
  })

  it('suggests the deletion of a selected word, and the replacement typed over it', () => {
    const editor = editorWith('The delegation met.', 0)
    run(editor, () => {
      const words = $getRoot().getFirstDescendant() as TextNode
      words.select(4, 14)
    })
    run(editor, () => $suggestInsertText('mission', omar))
    expect(text(editor)).toBe('The delegationmission met.')
    const open = openSuggestions(json(editor))
    expect(open.map((s) => `${s.kind}:${s.text}`)).toEqual(['deletion:delegation', 'insertion:mission'])
    const clone = editorWith('x', 0)
    clone.setEditorState(clone.parseEditorState(json(editor)))
    expect(decided(clone, 'reject')).toBe('The delegation met.')
    expect(decided(editor, 'accept')).toBe('The mission met.')
  })

  it('removes words deleted from one’s own insertion, and leaves another suggester’s alone', () => {
    const editor = editorWith('Signed.', 6)
    run(editor, () => $suggestInsertText(' today', elena))
    run(editor, () => $suggestDelete(elena, true))
    expect(text(editor)).toBe('Signed toda.')
    run(editor, () => $suggestDelete(omar, true))
    expect(text(editor)).toBe('Signed toda.')
    expect(openSuggestions(json(editor))).toMatchObject([{ kind: 'insertion', by: '7', text: ' toda' }])
  })

  it('round-trips the nodes through JSON with who and when', () => {
    const editor = editorWith('Agreed.', 6)
    run(editor, () => $suggestInsertText(' in full', elena))
    const state = json(editor)
    const again = editorWith('', 0)
    again.setEditorState(again.parseEditorState(state))
    expect(json(again)).toEqual(state)
    const node = (state.root.children[0] as unknown as { children: Record<string, unknown>[] }).children[1]
    expect(node).toMatchObject({ type: 'suggestedInsertion', suggestionId: 's1', by: '7', byName: 'Elena' })
  })
})
