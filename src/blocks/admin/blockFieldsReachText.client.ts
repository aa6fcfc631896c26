'use client'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $isBlockNode } from '@payloadcms/richtext-lexical/client'
import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  type LexicalEditor,
  type LexicalNode,
  SKIP_DOM_SELECTION_TAG,
} from 'lexical'
import { type RefObject, useEffect, useRef } from 'react'

import { sameFields } from '../collab/blockFields.client'

/** How long a block's form holds still before its changes are checked against the text. */
const SETTLE_MS = 2000

type Fields = Record<string, unknown>

/** Equal as stored: an empty text, null, false and absent alike (a fresh block's node has none). */
const same = (a: unknown, b: unknown) => {
  const blank = (value: unknown) => (value === '' || value === null || value === false ? undefined : value)
  return sameFields(blank(a), blank(b))
}

/**
 * The block node that holds `element` (found from the page, not by the block's `id`: a pasted
 * copy of a block keeps the original's id), and its fields.
 */
function blockAt(editor: LexicalEditor, element: HTMLElement | null) {
  if (!element) return undefined
  return editor.read(() => {
    let node: LexicalNode | null = $getNearestNodeFromDOMNode(element)
    while (node && !$isBlockNode(node)) node = node.getParent()
    return node ? { key: node.getKey(), fields: node.getFields() as Fields } : undefined
  })
}

/**
 * A block's fields as its form shows them reach the body's text (a workaround:
 * docs/upstream.md). Payload's block form puts a change into the block's node only with the
 * answer of a round trip to the server (`getFormState`); when that answer never comes (a request
 * lost; seen under load in e2e/editorial-path), the words stay on screen and never reach the
 * node, the live text or the stored draft, and nothing says so.
 *
 * So each field the form changes is remembered with the node's value at that moment; once the
 * form has held still for a moment, a field the node still holds as it was is set to the form's.
 * A field the node changed meanwhile (the answer came after all, or a colleague's change arrived
 * through the live text) is given up. The form's first values, and a reload of the form from the
 * node, are not changes of this person's.
 */
export function useFieldsReachText(element: RefObject<HTMLElement | null>, values: Fields): void {
  const [editor] = useLexicalComposerContext()
  const shown = useRef<Fields | undefined>(undefined)
  const pending = useRef(new Map<string, unknown>())
  const key = JSON.stringify(values)
  useEffect(() => {
    const block = blockAt(editor, element.current)
    const previous = shown.current
    shown.current = values
    if (!block || !previous) return
    for (const [name, value] of Object.entries(values))
      if (!same(previous[name], value) && !pending.current.has(name))
        pending.current.set(name, block.fields[name])
    if (pending.current.size === 0) return
    const timer = setTimeout(() => {
      const now = blockAt(editor, element.current)
      if (!now || !editor.isEditable()) return
      const missing: Fields = {}
      for (const [name, before] of pending.current) {
        const wanted = shown.current?.[name]
        if (same(now.fields[name], before) && !same(now.fields[name], wanted)) missing[name] = wanted
      }
      pending.current.clear()
      if (Object.keys(missing).length === 0) return
      editor.update(
        () => {
          const node = $getNodeByKey(now.key)
          // `true`: the form already shows these values; it is not reloaded from the node.
          if ($isBlockNode(node)) node.setFields({ ...node.getFields(), ...missing }, true)
        },
        // As Payload tags its own write of a block's fields: the caret stays in the form.
        { tag: SKIP_DOM_SELECTION_TAG },
      )
    }, SETTLE_MS)
    return () => clearTimeout(timer)
    // `key` holds every value read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, key])
}
