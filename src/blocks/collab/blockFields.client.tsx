'use client'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { ExcludedProperties } from '@lexical/yjs'
import {
  $isBlockNode,
  $isInlineBlockNode,
  BlockNode,
  InlineBlockNode,
} from '@payloadcms/richtext-lexical/client'
import {
  $getNodeByKey,
  COLLABORATION_TAG,
  SKIP_DOM_SELECTION_TAG,
  type EditorState,
  type Klass,
  type LexicalNode,
} from 'lexical'
import { useEffect } from 'react'

/**
 * The fields of a block inside the body (a speech quote's speech, words and paraphrase mark)
 * travel through the live text as the block node's `__fields`, like its text. Payload's block
 * component keeps its own form of them, filled once and filled again only when the node's
 * `__cacheBuster` grows; a colleague's change (set with `setFields(…, true)`, which leaves the
 * counter alone) would reach the stored draft but never their screen. So a block whose fields
 * changed remotely gets its counter raised here, locally: the counter is kept out of the shared
 * document, or every peer would reload its block form on every keystroke of another.
 */
export const localOnlyBlockProperties: ExcludedProperties = new Map<Klass<LexicalNode>, Set<string>>([
  [BlockNode, new Set(['__cacheBuster'])],
  [InlineBlockNode, new Set(['__cacheBuster'])],
])

/** Same fields, whatever the key order, a key holding `undefined` counting as absent. */
export function sameFields(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown) =>
    JSON.stringify(value, (_key, part: unknown) =>
      part && typeof part === 'object' && !Array.isArray(part)
        ? Object.fromEntries(Object.entries(part).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
        : part,
    )
  return canonical(a) === canonical(b)
}

function fieldsIn(state: EditorState, key: string): unknown {
  return state.read(() => {
    const node = $getNodeByKey(key)
    return $isBlockNode(node) || $isInlineBlockNode(node) ? node.getFields() : undefined
  })
}

export function RemoteBlockFields() {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerUpdateListener(({ tags, dirtyLeaves, prevEditorState, editorState }) => {
        if (!tags.has(COLLABORATION_TAG)) return
        const changed = [...dirtyLeaves].filter((key) => {
          // A block new to this editor loads its form anyway.
          const before = fieldsIn(prevEditorState, key)
          return before !== undefined && !sameFields(before, fieldsIn(editorState, key))
        })
        if (changed.length === 0) return
        editor.update(
          () => {
            for (const key of changed) {
              const node = $getNodeByKey(key)
              // The same fields again, without `true`: the counter grows, the form reloads.
              if ($isBlockNode(node)) node.setFields(node.getFields(), false)
              else if ($isInlineBlockNode(node)) node.setFields(node.getFields(), false)
            }
          },
          // Tagged as the remote change it follows: no autosave, no caret move (see the patch).
          { tag: [COLLABORATION_TAG, SKIP_DOM_SELECTION_TAG] },
        )
      }),
    [editor],
  )
  return null
}
