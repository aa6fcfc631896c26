'use client'

import {
  $createNodeSelection,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isNodeSelection,
  $isRangeSelection,
  $setSelection,
  type BaseSelection,
} from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { mergeRegister } from '@payloadcms/richtext-lexical/lexical/utils'
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'

import { $suggestionOf, type ProposalNode } from './nodes'
import { $isParagraphMark } from './paragraphMarks'
import { SuggestionActions, SuggestionLabel } from './SuggestionActions.client'
import type { SuggestionView } from './useOpenSuggestions'
import { useSuggestionRights } from './useSuggestionRights'

type Shown = { suggestion: SuggestionView; nodeKey: string }

/** The proposal the selection is in: words around the caret, or a paragraph mark selected by a click. */
function $selectedProposal(selection: BaseSelection | null): ProposalNode | undefined {
  if ($isRangeSelection(selection)) return $suggestionOf(selection.anchor.getNode())
  if (!$isNodeSelection(selection)) return undefined
  const [only, ...more] = selection.getNodes()
  return more.length === 0 && $isParagraphMark(only) ? only : undefined
}

/**
 * A small card under the suggestion the caret is in (a click puts it there; a click on a
 * paragraph mark selects the mark): who proposed what and when, with its actions. Pressing a
 * button keeps the focus in the text (mousedown is cancelled), so the selection, and the card,
 * stay where they were.
 */
export function SuggestionPopover({ anchorElem }: { anchorElem: HTMLElement }) {
  const [editor] = useLexicalComposerContext()
  const rights = useSuggestionRights()
  const [shown, setShown] = useState<Shown | undefined>()
  const [position, setPosition] = useState<{ top: number; left: number } | undefined>()

  useEffect(() => {
    // A paragraph mark holds no text for the caret to enter: a click on it selects it.
    const onClick = (event: MouseEvent) => {
      const mark = (event.target as Element | null)?.closest?.('span.suggestion')
      if (!mark) return
      editor.update(() => {
        const node = $getNearestNodeFromDOMNode(mark)
        if (!$isParagraphMark(node)) return
        const selection = $createNodeSelection()
        selection.add(node.getKey())
        $setSelection(selection)
      })
    }
    let listened: HTMLElement | null = null
    const stop = mergeRegister(
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('click', onClick)
        root?.addEventListener('click', onClick)
        listened = root
      }),
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read((): Shown | undefined => {
          const node = $selectedProposal($getSelection())
          if (!node) return undefined
          const meta = node.getMeta()
          const suggestion = {
            ...meta,
            kind: node.kind,
            paragraph: $isParagraphMark(node),
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
    )
    return () => {
      stop()
      listened?.removeEventListener('click', onClick)
    }
  }, [editor, anchorElem])

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
