'use client'

import { createClientFeature, toolbarFeatureButtonsGroupWithItems } from '@payloadcms/richtext-lexical/client'

import { isSuggesting, setSuggesting } from './mode'
import { SuggestedDeletionNode, SuggestedInsertionNode } from './nodes'
import { SuggestedParagraphBreakNode, SuggestedParagraphJoinNode } from './paragraphMarks'
import { SuggestingPlugin } from './SuggestingPlugin.client'
import { SuggestionBar } from './SuggestionBar.client'
import { SuggestionPopover } from './SuggestionPopover.client'
import './suggestions.css'

function SuggestIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path
        d="M4 14.5V16h1.5l7.9-7.9-1.5-1.5L4 14.5zm11.7-6.9a.8.8 0 0 0 0-1.1l-.9-.9a.8.8 0 0 0-1.1 0l-.8.8 2 2 .8-.8z"
        fill="currentColor"
      />
      <path d="M10 16h6" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  )
}

const toolbarGroups = [
  toolbarFeatureButtonsGroupWithItems([
    {
      ChildComponent: SuggestIcon,
      key: 'suggest',
      label: 'Suggest changes',
      isActive: ({ editor }) => isSuggesting(editor),
      onSelect: ({ editor }) => setSuggesting(editor, !isSuggesting(editor)),
      order: 90,
    },
  ]),
]

/** The body editor's side of suggestions: the nodes, the keystroke plugin, the bar and the card. */
export const SuggestionsFeatureClient = createClientFeature({
  nodes: [
    SuggestedInsertionNode,
    SuggestedDeletionNode,
    SuggestedParagraphBreakNode,
    SuggestedParagraphJoinNode,
  ],
  plugins: [
    { Component: SuggestingPlugin, position: 'normal' },
    { Component: SuggestionBar, position: 'aboveContainer' },
    { Component: SuggestionPopover, position: 'floatingAnchorElem' },
  ],
  toolbarFixed: { groups: toolbarGroups },
  toolbarInline: { groups: toolbarGroups },
})
