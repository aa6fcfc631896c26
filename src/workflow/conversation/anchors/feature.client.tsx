'use client'

import { createClientFeature, toolbarFeatureButtonsGroupWithItems } from '@payloadcms/richtext-lexical/client'
import { $getSelection, $isRangeSelection, type LexicalEditor } from '@payloadcms/richtext-lexical/lexical'
import { $wrapSelectionInMarkNode, MarkNode } from '@payloadcms/richtext-lexical/lexical/mark'

import { newAnchorId, quoteOf } from '@/content/commentAnchors'

import { AnchorsPlugin } from './AnchorsPlugin.client'
import { dropDraft, setAnchors } from './store'

function CommentIcon() {
  return (
    <span className="comment-anchor-button">
      <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18">
        <path
          d="M3 4h14v9H8l-4 3v-3H3z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
      <span className="comment-anchor-button__label">Comment</span>
    </span>
  )
}

/**
 * "Comment" on the selected words: they are wrapped at once in a mark with a new id (lit while the
 * comment is written in the sidebar, so the writer sees what it is about), and the sidebar opens a
 * box for the thread's first comment. Sending it stores the mark's id and the words on the thread;
 * giving it up takes the mark out again (./store.ts).
 */
function commentOnSelection(editor: LexicalEditor) {
  dropDraft()
  const mark = newAnchorId()
  let quote = ''
  // Payload's toolbar calls this from the callback of `editor.focus`, where Lexical queues an
  // update instead of running it: the sidebar is told once the mark is committed, not before.
  editor.update(
    () => {
      const selection = $getSelection()
      if (!$isRangeSelection(selection) || selection.isCollapsed()) return
      quote = quoteOf(selection.getTextContent())
      if (quote) $wrapSelectionInMarkNode(selection, selection.isBackward(), mark)
    },
    {
      discrete: true,
      onUpdate: () => {
        if (quote) setAnchors({ draft: { mark, quote }, focused: { mark, from: 'editor', at: Date.now() } })
      },
    },
  )
}

export const CommentAnchorsClient = createClientFeature({
  nodes: [MarkNode],
  plugins: [{ Component: AnchorsPlugin, position: 'normal' }],
  toolbarInline: {
    groups: [
      toolbarFeatureButtonsGroupWithItems([
        {
          key: 'comment',
          ChildComponent: CommentIcon,
          label: 'Comment',
          isEnabled: ({ selection }) => $isRangeSelection(selection) && !selection.isCollapsed(),
          onSelect: ({ editor }) => commentOnSelection(editor),
          order: 20,
        },
      ]),
    ],
  },
})
