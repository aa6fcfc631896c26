'use client'

import { $getSelection, $isRangeSelection } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'

import { $suggestionOf } from './nodes'
import { SuggestionActions, SuggestionLabel } from './SuggestionActions.client'
import type { SuggestionView } from './useOpenSuggestions'
import { useSuggestionRights } from './useSuggestionRights'

type Shown = { suggestion: SuggestionView; nodeKey: string }

/**
 * A small card under the suggestion the caret is in (a click puts it there): who proposed what
 * and when, with its actions. Pressing a button keeps the focus in the text (mousedown is
 * cancelled), so the selection, and the card, stay where they were.
 */
export function SuggestionPopover({ anchorElem }: { anchorElem: HTMLElement }) {
  const [editor] = useLexicalComposerContext()
  const rights = useSuggestionRights()
  const [shown, setShown] = useState<Shown | undefined>()
  const [position, setPosition] = useState<{ top: number; left: number } | undefined>()

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read((): Shown | undefined => {
          const selection = $getSelection()
          if (!$isRangeSelection(selection)) return undefined
          const node = $suggestionOf(selection.anchor.getNode())
          if (!node) return undefined
          const meta = node.getMeta()
          const suggestion = {
            ...meta,
            kind: node.kind,
            paragraph: false,
            text: node.getTextContent(),
            key: `${node.kind}:${meta.suggestionId}`,
          }
          return { suggestion, nodeKey: node.getKey() }
        })
        setShown(next)
        const element = next && editor.getElementByKey(next.nodeKey)
        if (!element) return setPosition(undefined)
        const box = element.getBoundingClientRect()
        const origin = anchorElem.getBoundingClientRect()
        setPosition({ top: box.bottom - origin.top + 6, left: Math.max(0, box.left - origin.left) })
      }),
    [editor, anchorElem],
  )

  if (!shown || !position) return null
  return createPortal(
    <div
      className="suggestion-popover"
      role="dialog"
      aria-label="Suggestion"
      style={{ top: position.top, left: position.left }}
      onMouseDown={(event) => event.preventDefault()}
    >
      <SuggestionLabel suggestion={shown.suggestion} />
      <SuggestionActions editor={editor} suggestion={shown.suggestion} rights={rights} />
    </div>,
    anchorElem,
  )
}
