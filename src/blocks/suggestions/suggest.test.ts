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
import { SuggestedParagraphBreakNode, SuggestedParagraphJoinNode } from './paragraphMarks'
import { $suggestParagraphBreak } from './paragraphs'
import { $suggestDelete, $suggestInsertText } from './suggest'

const elena: SuggestionMeta = { suggestionId: 's1', by: '7', byName: 'Elena', at: '2026-12-01T08:00:00.000Z' }
const omar: SuggestionMeta = { suggestionId: 's2', by: '9', byName: 'Omar', at: '2026-12-01T08:05:00.000Z' }

/** An editor holding a paragraph per line of `text`, the caret at `offset` of the line `line`. */
function editorWith(text: string, offset: number, line = 0): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [
      SuggestedInsertionNode,
      SuggestedDeletionNode,
      SuggestedParagraphBreakNode,
      SuggestedParagraphJoinNode,
    ],
    onError: (error) => {
      throw error
    },
  })
  editor.update(
    () => {
      const lines = text.split('\n').map((words) => $createTextNode(words))
      $getRoot().append(...lines.map((words) => $createParagraphNode().append(words)))
      lines[line]!.select(offset, offset)
    },
    { discrete: true },
  )
  return editor
}

const run = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true })
const json = (editor: LexicalEditor) => editor.getEditorState().toJSON()
const text = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getTextContent())
/** Each paragraph's text, as the editor shows it. */
const paragraphs = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => block.getTextContent()),
  )
/** Each paragraph's text, as the public reads the stored body. */
const publicParagraphs = (editor: LexicalEditor) =>
  (publicCopy(json(editor)).root.children as unknown as { children: { text?: string }[] }[]).map((block) =>
    block.children.map((child) => child.text ?? '').join(''),
  )
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

describe('suggested paragraph breaks', () => {
  const twoSentences = 'The delegation met. The talks began.'

  it('splits the paragraph at once and marks the break; the public still reads one paragraph', () => {
    const editor = editorWith(twoSentences, 20)
    run(editor, () => $suggestParagraphBreak(elena))
    expect(paragraphs(editor)).toEqual(['The delegation met. ', 'The talks began.'])
    expect(openSuggestions(json(editor))).toEqual([
      expect.objectContaining({ kind: 'insertion', paragraph: true, suggestionId: 's1', byName: 'Elena' }),
    ])
    expect(publicParagraphs(editor)).toEqual([twoSentences])
    // The caret is in the new paragraph: typing there is a suggestion of its own.
    run(editor, () => $suggestInsertText('Then ', elena))
    expect(paragraphs(editor)).toEqual(['The delegation met. ', 'Then The talks began.'])

    const stored = json(editor)
    const again = editorWith('', 0)
    again.setEditorState(again.parseEditorState(stored))
    expect(json(again)).toEqual(stored)
    run(again, () => $suggestionNodesIn($getRoot()).forEach((node) => $decideSuggestionNode(node, 'reject')))
    expect(paragraphs(again)).toEqual([twoSentences])
    decided(editor, 'accept')
    expect(paragraphs(editor)).toEqual(['The delegation met. ', 'Then The talks began.'])
    expect(openSuggestions(json(editor))).toEqual([])
  })

  it('at a paragraph’s start, Backspace proposes joining it with the one before', () => {
    const editor = editorWith('The delegation met.\nThe talks began.', 0, 1)
    run(editor, () => $suggestDelete(omar, true))
    expect(paragraphs(editor)).toEqual(['The delegation met.', 'The talks began.'])
    expect(openSuggestions(json(editor))).toEqual([
      expect.objectContaining({ kind: 'deletion', paragraph: true, by: '9' }),
    ])
    expect(publicParagraphs(editor)).toEqual(['The delegation met.', 'The talks began.'])
    // The caret went to the end of the first paragraph: the next Backspace strikes its full stop.
    run(editor, () => $suggestDelete({ ...omar, suggestionId: 's4' }, true))
    expect(openSuggestions(json(editor)).map((s) => `${s.kind}:${s.paragraph}:${s.text}`)).toEqual([
      'deletion:false:.',
      'deletion:true:',
    ])
    const rejected = editorWith('', 0)
    rejected.setEditorState(rejected.parseEditorState(json(editor)))
    decided(rejected, 'reject')
    expect(paragraphs(rejected)).toEqual(['The delegation met.', 'The talks began.'])
    decided(editor, 'accept')
    expect(paragraphs(editor)).toEqual(['The delegation metThe talks began.'])
  })

  it('Delete at a paragraph’s end proposes the join too; a second proposal is not added', () => {
    const editor = editorWith('Agreed.\nSigned.', 7)
    run(editor, () => $suggestDelete(elena, false))
    run(editor, () => $suggestDelete(omar, false))
    expect(openSuggestions(json(editor))).toMatchObject([{ kind: 'deletion', paragraph: true, by: '7' }])
  })

  it('withdraws one’s own break with Backspace, and leaves another suggester’s alone', () => {
    const editor = editorWith(twoSentences, 20)
    run(editor, () => $suggestParagraphBreak(elena))
    run(editor, () => $suggestDelete(omar, true))
    expect(paragraphs(editor)).toEqual(['The delegation met. ', 'The talks began.'])
    expect(openSuggestions(json(editor))).toMatchObject([{ kind: 'insertion', paragraph: true, by: '7' }])
    run(editor, () => $suggestDelete(elena, true))
    expect(paragraphs(editor)).toEqual([twoSentences])
    expect(openSuggestions(json(editor))).toEqual([])
    // And the caret is where the break was.
    run(editor, () => $suggestInsertText('Then', elena))
    expect(paragraphs(editor)).toEqual(['The delegation met. ThenThe talks began.'])
  })

  it('splits one’s own insertion with the paragraph: still one proposal of words', () => {
    const editor = editorWith('Signed.', 6)
    run(editor, () => $suggestInsertText(' in Vienna today', elena))
    run(editor, () => {
      const words = $getRoot().getAllTextNodes()[1]!
      words.select(10, 10)
    })
    run(editor, () => $suggestParagraphBreak({ ...elena, suggestionId: 's3' }))
    expect(paragraphs(editor)).toEqual(['Signed in Vienna', ' today.'])
    expect(openSuggestions(json(editor)).map((s) => `${s.kind}:${s.paragraph}:${s.text}`)).toEqual([
      'insertion:false: in Vienna today',
      'insertion:true:',
    ])
    expect(decided(editor, 'reject')).toBe('Signed.')
  })
})
