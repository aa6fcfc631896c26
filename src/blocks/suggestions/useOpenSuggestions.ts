'use client'

import { $getRoot, type EditorState, type LexicalEditor } from '@payloadcms/richtext-lexical/lexical'
import { useCallback, useSyncExternalStore } from 'react'

import type { OpenSuggestion } from '@/content/suggestions'

import { $decideSuggestionNode, $suggestionNodesIn, type Decision } from './nodes'
import { $isParagraphMark } from './paragraphMarks'

/** One open proposal, as the list and the popover show it. */
export type SuggestionView = OpenSuggestion & { key: string }

const keyOf = (s: { kind: string; suggestionId: string }) => `${s.kind}:${s.suggestionId}`

/** The open suggestions of the editor's current state, in document order, one per proposal. */
function $collect(): SuggestionView[] {
  const found = new Map<string, SuggestionView>()
  for (const node of $suggestionNodesIn($getRoot())) {
    const view = {
      ...node.getMeta(),
      kind: node.kind,
      paragraph: $isParagraphMark(node),
      text: node.getTextContent(),
    }
    const key = keyOf(view)
    const seen = found.get(key)
    if (seen) seen.text += view.text
    else found.set(key, { ...view, key })
  }
  return [...found.values()]
}

/** Computed once per editor state (a state never changes once made). */
const collected = new WeakMap<EditorState, SuggestionView[]>()

function collectedOf(state: EditorState): SuggestionView[] {
  let views = collected.get(state)
  if (!views) collected.set(state, (views = state.read($collect)))
  return views
}

export function useOpenSuggestions(editor: LexicalEditor): SuggestionView[] {
  const subscribe = useCallback((onChange: () => void) => editor.registerUpdateListener(onChange), [editor])
  return useSyncExternalStore(
    subscribe,
    () => collectedOf(editor.getEditorState()),
    () => collectedOf(editor.getEditorState()),
  )
}

/** Accepts or rejects the proposals `which` picks (every node of each), as one undoable change. */
export function decideSuggestions(
  editor: LexicalEditor,
  which: (suggestion: Pick<SuggestionView, 'kind' | 'suggestionId'>) => boolean,
  decision: Decision,
): void {
  editor.update(() => {
    for (const node of $suggestionNodesIn($getRoot()))
      if (which({ kind: node.kind, suggestionId: node.getMeta().suggestionId }))
        $decideSuggestionNode(node, decision)
  })
}

export const sameSuggestion = (a: Pick<SuggestionView, 'kind' | 'suggestionId'>) => (b: typeof a) =>
  keyOf(a) === keyOf(b)
