'use client'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $isBlockNode } from '@payloadcms/richtext-lexical/client'
import { $getRoot, $isElementNode, type LexicalEditor, type LexicalNode } from 'lexical'
import { useEffect } from 'react'

import { sameFields } from '../collab/blockFields.client'

/** How long a block's form holds still before its values are checked against the text. */
const SETTLE_MS = 2000

type Fields = Record<string, unknown>

/** Equal as stored: an empty text, null and absent alike (a fresh block's node has no `quote`). */
const same = (a: unknown, b: unknown) => {
  const blank = (value: unknown) => (value === '' || value === null ? undefined : value)
  return sameFields(blank(a), blank(b))
}

function findBlock(id: string): ReturnType<typeof blockOf> {
  const walk = (node: LexicalNode): ReturnType<typeof blockOf> => {
    const found = blockOf(node, id)
    if (found) return found
    if (!$isElementNode(node)) return undefined
    for (const child of node.getChildren()) {
      const inner = walk(child)
      if (inner) return inner
    }
    return undefined
  }
  return walk($getRoot())
}

function blockOf(node: LexicalNode, id: string) {
  return $isBlockNode(node) && (node.getFields() as Fields).id === id ? node : undefined
}

const fieldsOf = (editor: LexicalEditor, id: string): Fields | undefined =>
  editor.getEditorState().read(() => findBlock(id)?.getFields() as Fields | undefined)

/**
 * A block's fields as its form shows them reach the body's text (a workaround:
 * docs/upstream.md). Payload's block form puts a change into the block's node only with the
 * answer of a round trip to the server (`getFormState`); when that answer never comes (a request
 * lost; seen under load in e2e/editorial-path), the words stay on screen and never reach the
 * node, the live text or the stored draft, and nothing says so. So once the form has held still
 * for a moment, each of `values` the node still holds as it did when the form changed is set to
 * the form's. A field the node changed meanwhile (the answer came after all, or a colleague's
 * change arrived through the live text) is left as the node has it.
 */
export function useFieldsReachText(blockId: unknown, values: Fields): void {
  const [editor] = useLexicalComposerContext()
  const key = JSON.stringify(values)
  useEffect(() => {
    if (typeof blockId !== 'string' || !editor.isEditable()) return
    const before = fieldsOf(editor, blockId)
    if (!before) return
    const timer = setTimeout(() => {
      const now = fieldsOf(editor, blockId)
      if (!now) return
      const missing = Object.entries(values).filter(
        ([name, value]) => same(now[name], before[name]) && !same(now[name], value),
      )
      if (missing.length === 0) return
      editor.update(() => {
        const node = findBlock(blockId)
        // `true`: the form already shows these values; it is not reloaded from the node.
        if (node) node.setFields({ ...node.getFields(), ...Object.fromEntries(missing) }, true)
      })
    }, SETTLE_MS)
    return () => clearTimeout(timer)
    // `key` holds every value read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, blockId, key])
}
